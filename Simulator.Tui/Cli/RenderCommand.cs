using System.CommandLine;
using Simulator.Core.Protection;
using Simulator.Scenarios.Running;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Live;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tui.Cli;

/// <summary><c>vaultsim render SCENARIO --at TIME</c>: the dashboard at a virtual time, as plain text.</summary>
/// <remarks>The same view functions as the live dashboard, rendered without colour or escape codes, so a frame is deterministic.</remarks>
internal static class RenderCommand
{
    private const int MaxSize = 1000;
    private const int DefaultWidth = 120;
    private const int DefaultHeight = 40;

    public static Command Create(CliIo io)
    {
        var path = new Argument<string>("SCENARIO") { Description = "A scenario file." }.RefusingBlank("a scenario file (for example scenarios/demo.yaml)");
        var at = new Option<string>("--at") { Description = "The virtual time: ISO 8601, a local time or a date (its 00:00) in the scenario's zone, or +offset from its start.", Required = true };
        // Read as text, as bench's --vms is, so that a number too big for an int is called out of range in our words.
        var width = new Option<string?>("--width") { Description = $"Columns of the frame, {DashboardLayout.MinWidth} to {MaxSize} (default {DefaultWidth})." };
        var height = new Option<string?>("--height") { Description = $"Lines of the frame, {DashboardLayout.MinHeight} to {MaxSize} (default {DefaultHeight})." };
        var item = new Option<string?>("--item") { Description = "Open this item's detail: recovery points, next runs, timeline." }.RefusingNoName("a protected item (for example vm-web-01)");
        var timeline = Flags.Create("--timeline", "Show the timeline in place of the job list (not with --item, whose detail shows the item's own).");
        var seed = SeedOption.Create("Override the scenario's seed.");
        var command = new Command("render", "Print the dashboard as it looks at a virtual time, as plain text.") { path, at, width, height, item, timeline, seed };
        command.SetAction(parsed => Render(io, parsed.GetValue(path)!, parsed.GetValue(at)!, parsed.GetValue(width), parsed.GetValue(height), parsed.GetValue(item), parsed.GetValue(timeline), parsed.GetValue(seed)));
        return command;
    }

    private static int Render(CliIo io, string path, string at, string? widthText, string? heightText, string? item, bool timeline, long? seed)
    {
        // An item's detail takes the place of the panes, the job list among them, and holds the item's own timeline.
        if (timeline && item is not null)
        {
            throw new CliInputException("--timeline: --item's detail takes the place of the job list the timeline would replace, and shows the item's own timeline; leave out --timeline, or leave out --item.");
        }

        var width = ParseSize(widthText, "--width", DashboardLayout.MinWidth, DefaultWidth);
        var height = ParseSize(heightText, "--height", DashboardLayout.MinHeight, DefaultHeight);
        var definitions = ScenarioLoading.LoadAll([ScenarioPaths.One(path, "render")], io, seed);
        if (definitions is null)
        {
            return ExitCodes.InvalidInput;
        }

        var definition = definitions[0];
        var instant = CliTime.Parse(at, "--at", definition.Header);
        // The core may refuse the world (ScenarioLoadException), which the command line tells as validate does.
        var world = new DashboardWorld(new ScenarioSession(definition));

        world.RunUntil(instant);
        if (item is not null && world.Simulation.FindItem(item) is null)
        {
            throw new CliInputException(Purged(item, world) is { } purged
                ? $"--item: {Labels.Purged(purged.ToString())} at {at}.{ItemsHint(item, world, suggest: false)}"
                : $"--item: scenario '{definition.Header.Name}' has no protected item '{item}' at {at}.{ItemsHint(item, world)}");
        }

        var state = DashboardState.Initial(world) with { Paused = true, OpenItem = item };
        state = timeline ? DashboardController.WithTimeline(state) : state;
        io.Out.WriteLine(PlainText.Render(DashboardView.Render(state, width, height), width, height));
        return ExitCodes.Ok;
    }

    /// <summary>The item of that name whose data was purged by then: its jobs outlive it, so a person who saw one asks for it.</summary>
    /// <remarks>Said as the dashboard says it when Enter is pressed on such a job, rather than as if the name were a slip.</remarks>
    private static ProtectedItem? Purged(string item, DashboardWorld world)
    {
        var reference = ItemReference.Parse(item);
        return world.Simulation.Jobs.Select(j => j.Item).LastOrDefault(reference.Matches);
    }

    /// <summary>The item a misspelt name probably means, and the items there are at that time, so the way out is on the same screen.</summary>
    /// <remarks>
    /// A fleet has thousands: past eight, the count says how many more there are. A name protected in two vaults is
    /// listed with each vault, and a name asked for with its vault is matched with the vaults (without, its current item
    /// is opened).
    /// </remarks>
    private static string ItemsHint(string item, DashboardWorld world, bool suggest = true)
    {
        var items = world.Simulation.Items.ToList();
        if (items.Count == 0)
        {
            return " No item is protected then.";
        }

        var shared = items.GroupBy(i => i.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = items.Select(i => shared.Contains(i.Name) ? i.ToString() : i.Name).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var meant = items.Select(i => item.Contains('/', StringComparison.Ordinal) ? i.ToString() : i.Name).Distinct(StringComparer.OrdinalIgnoreCase);
        var listed = names.Count <= 8 ? string.Join(", ", names) : $"{string.Join(", ", names.Take(8))}, … ({names.Count} in all)";
        return $"{(suggest ? CliChoices.Meant(item, meant) : string.Empty)} Its items then: {listed}.";
    }

    /// <remarks>Below the dashboard's minimum a frame says only that the window is too small: a terminal can be that
    /// small, but a frame asked for at that size is a mistake.</remarks>
    private static int ParseSize(string? text, string option, int min, int fallback) => text is null
        ? fallback
        : CliNumbers.Parse(text, option, min, MaxSize, $"the dashboard needs at least {DashboardLayout.MinWidth}×{DashboardLayout.MinHeight}");
}
