using NodaTime;
using Simulator.Scenarios.Model;
using Simulator.Tui.Dashboard;

namespace Simulator.Tests.Dashboard;

/// <summary>A list that hides rows says so under them, even where the lines under it (the selected job's) want its lines.</summary>
public sealed partial class DashboardViewTests
{
    /// <summary>The fleet's fourth noon: vm-transmitter-10's and the northern vault's db-neu-03's backups have failed.</summary>
    private static readonly Instant FleetFourthNoon = Instant.FromUtc(2026, 5, 7, 12, 0);

    /// <summary>The fleet at its fourth noon, the job list focused under <paramref name="filter"/> presses of 'f', on the first vault's jobs or the second's.</summary>
    private static DashboardState FleetJobs(string vault, int filter)
    {
        var state = DashboardWorlds.Fleet(FleetFourthNoon);
        state = vault == "neu" ? state.Press(Keys.Tab, Keys.Tab, Keys.Down, Keys.Tab, Keys.Tab) : state.Press(Keys.Tab);
        return state.Type(new string('f', filter));
    }

    [Theory]
    [InlineData("weu", 2, 80, 24, "  ↓ more (1 of 8 shown)")]
    [InlineData("weu", 2, 60, 18, "  ↓ more (1 of 8 shown)")]
    [InlineData("neu", 2, 80, 24, "  ↓ more (1 of 15 shown)")]
    [InlineData("neu", 0, 60, 18, "  ↓ more (1 of 96 shown)")]
    public void Should_SayMoreJobsAreBelow_When_TheSelectedJobsLinesTakeTheListsOtherLines(string vault, int filter, int width, int height, string more)
    {
        // Given the fleet's job list focused, the selected job's lines under its rows wanting all but one of its lines
        var state = FleetJobs(vault, filter);

        // When
        var lines = PlainLines(state, width, height).Select(l => l.TrimEnd()).ToList();

        // Then right under the selected row, before its lines, a line says the other jobs are below, as it does while
        // the focus is elsewhere
        var selected = lines.FindIndex(l => l.StartsWith("› Backup ", StringComparison.Ordinal));
        selected.ShouldBeGreaterThan(0);
        lines[selected + 1].ShouldBe(more);
    }

    [Theory]
    [InlineData("weu", 80, 24)]
    [InlineData("weu", 60, 18)]
    [InlineData("neu", 80, 24)]
    [InlineData("neu", 60, 18)]
    public void Should_ShowWhyTheSelectedJobFailed_When_ItsRowAndTheMoreLineTakeTheJobListsLines(string vault, int width, int height)
    {
        // Given the fleet's job list focused on its failed jobs, more of them than fit
        var state = FleetJobs(vault, filter: 2);

        // When
        var lines = PlainLines(state, width, height).Select(l => l.TrimEnd()).ToList();

        // Then the selected failed job, the line saying more are below, and its error code are all in the job pane:
        // at 60×18 the code was left out for the job's ID
        var title = lines.FindIndex(l => l.StartsWith("─ Jobs (", StringComparison.Ordinal));
        var pane = lines.Skip(title).TakeWhile((l, i) => i == 0 || !l.StartsWith('─')).ToList();
        pane.ShouldContain(l => l.StartsWith("› Backup ", StringComparison.Ordinal) && l.Contains(" Failed ", StringComparison.Ordinal));
        pane.ShouldContain(l => l.StartsWith("  ↓ more (1 of ", StringComparison.Ordinal));
        pane.ShouldContain(l => l.StartsWith("  UserErrorGuestAgentStatusUnavailable: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_SayMoreChoicesAreBelow_When_AMenuHasMoreChoicesThanLines()
    {
        // Given a menu of eight policies on the narrowest window, where the job list's lines hold three of them
        var choices = Enumerable.Range(1, 8)
            .Select(i => new MenuChoice($"Policy-{i}", new PendingAction(ActionVerb.ChangePolicy, "vm-db-01", Policy: $"Policy-{i}")))
            .ToList();
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning) with { Overlay = new MenuOverlay("Change policy of vm-db-01", choices) };

        // When
        var lines = PlainLines(state, 60, 18).Select(l => l.TrimEnd()).ToList();

        // Then its last line says the others are below, as a list's does: its first choices read as all there was
        var first = lines.IndexOf("› Policy-1");
        first.ShouldBeGreaterThan(0);
        lines.ShouldContain(l => l.StartsWith("  ↓ more (", StringComparison.Ordinal) && l.EndsWith(" of 8 shown)", StringComparison.Ordinal));
    }
}
