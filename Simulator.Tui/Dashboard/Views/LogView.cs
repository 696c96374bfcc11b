using System.Globalization;
using NodaTime.Text;
using Simulator.Core;
using Simulator.Core.Journal;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>The strip above the footer: the outcome of the last action or the latest narration, then the newest events.</summary>
internal static class LogView
{
    /// <summary>The room a window leaves for the state after a journal line's what column, for it to show journal lines
    /// rather than compact ones: 140 columns with the narrowest columns.</summary>
    private const int StateRoom = 50;

    /// <summary>The item's room in a compact line; a longer name is cut, so the state keeps its place.</summary>
    private const int CompactItemWidth = 20;

    private static readonly JournalColumns Narrowest = new(JournalColumns.MinItemWidth, JournalColumns.MinWhatWidth);

    private static readonly InstantPattern ShortTime = InstantPattern.CreateWithInvariantCulture("MM'-'dd HH':'mm':'ss");

    public static void Add(Frame frame, DashboardState state, int lines)
    {
        var log = state.World.Log;
        // A step waiting for a happening waits silently, and a person's action can make it never come.
        var waiting = state.World.Session.NextStepWaitsFor is not { } awaited ? string.Empty
            : state.World.HasEnded ? $" · the script ended waiting for {awaited}"
            : $" · script waits for {awaited}";
        frame.Title($"Narration and events (UTC){waiting}", focused: false);
        var count = lines - 2;
        if (state.Status is { } status)
        {
            // A refusal's reason is read whole: it may take the events' lines, which the next key gives back.
            var style = status.IsError ? Palette.Bad : Palette.Good;
            var said = TextWrap.Lines(status.Text, frame.Width - 2, maxLines: Math.Max(1, count + 1)).ToList();
            for (var i = 0; i < said.Count; i++)
            {
                frame.Add(frame.NewLine().Add(i == 0 ? (status.IsError ? "✗ " : "✓ ") : "  ", style).Add(said[i], style));
            }

            count -= said.Count - 1;
        }
        else
        {
            frame.Add(frame.NewLine().Add("» ", Palette.Narration).Add(state.World.LastNarration?.Text ?? "(no narration yet)", Palette.Narration));
        }

        // A wide window shows the journal's lines as vaultsim show prints them, in the same columns: fitted to the
        // scenario's longest names, so a long policy name does not push its line out of line.
        var columns = JournalColumnsFor(frame.Width, state.World);
        foreach (var e in log.Events.Skip(Math.Max(0, log.Events.Count - count)))
        {
            frame.Add(columns is { } journal ? JournalFormatter.Format(e, journal) : Compact(e, state.World.Simulation), e is Narration ? Palette.Narration : Palette.Dim);
        }
    }

    /// <summary>The columns of the journal's lines when <paramref name="width"/> holds them and a long state after them; null for compact lines.</summary>
    /// <remarks>The narrowest columns are tried first, so a narrow window never measures the scenario's names.</remarks>
    private static JournalColumns? JournalColumnsFor(int width, DashboardWorld world) =>
        width >= JournalFormatter.StateColumn(Narrowest) + StateRoom && world.JournalColumns is var fitted && width >= JournalFormatter.StateColumn(fitted) + StateRoom
            ? fitted
            : null;

    /// <summary>A narrow window's line: the time without its year, the item without its vault (or the vault, for its own events), no job, so the state still shows.</summary>
    /// <remarks>A VM with an item in more than one vault (its backup reconfigured in another) keeps the vault, or its two items' lines would read alike.</remarks>
    private static string Compact(DomainEvent e, Simulation simulation)
    {
        // A vault's own event (its creation, a setting, a policy saved) names the vault, as the journal does.
        var item = e.Item ?? e.Vault ?? "-";
        if (e is { Vault: { } vault, Item: { } name } && simulation.FindDataSource(name) is { } source && simulation.ItemsOf(source).Count > 1)
        {
            item = $"{vault}/{name}";
        }

        item = item.Length <= CompactItemWidth ? item : string.Concat(item.AsSpan(0, CompactItemWidth - 1), "…");
        return string.Create(CultureInfo.InvariantCulture, $"{ShortTime.Format(e.At)}  {item,-20} {e.What,-22} {e.State}").TrimEnd();
    }
}
