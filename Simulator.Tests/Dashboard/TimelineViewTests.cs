using System.Text;
using NodaTime;
using Simulator.Core.Jobs;
using Simulator.Tests.Support;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>The timeline's bars: every phase a job has, in its order, at every width.</summary>
public sealed class TimelineViewTests
{
    /// <summary>The demo's third day at noon: each VM has had three nights of backups, vm-db-01's second transfer skipped.</summary>
    private static readonly Instant DemoThirdNoon = Instant.FromUtc(2026, 3, 4, 12, 0);

    /// <summary>The demo's first hour: its VMs protected, none backed up yet.</summary>
    private static readonly Instant DemoBeforeFirstBackup = Instant.FromUtc(2026, 3, 2, 1, 0);

    [Theory]
    [InlineData("demo")]
    [InlineData("overlap")]
    [InlineData("hourly")]
    public void Should_DrawEveryPhaseOfEachJobInItsOrder_When_TheWindowIsOfAnyWidth(string world)
    {
        // Given a timeline whose jobs have snapshots of minutes and transfers of minutes to days
        var state = world switch
        {
            "demo" => DashboardWorlds.Demo(DemoThirdNoon),
            "overlap" => DashboardWorlds.Overlap(DashboardWorlds.OverlapSecondMorning),
            _ => DashboardWorlds.Hourly(DashboardWorlds.HourlySecondMorning),
        } with { ShowTimeline = true };
        var expected = Expected(state);

        foreach (var width in new[] { 60, 70, 80, 90, 100, 110, 120, 140, 160 })
        {
            // When
            var marks = Marks(state, width);

            // Then each row shows a mark for each phase its job went through, in their order, however short
            marks.Length.ShouldBe(expected.Length);
            for (var row = 0; row < marks.Length; row++)
            {
                marks[row].ShouldMatch(expected[row], $"row {row} at {width} columns");
            }
        }
    }

    [Fact]
    public void Should_KeepTheLegendAndSayWhy_When_TheNameFilterListsNoItem()
    {
        // Given the demo's timeline, whose VMs take snapshots
        var state = DashboardWorlds.Demo(DemoThirdNoon) with { ShowTimeline = true };

        // When a name filter leaves no item in the list
        var lines = ConsoleText.Render(DashboardView.Render(state.Type("/zzz").Press(Keys.Enter), 120, 40), 120, 40).Split('\n');

        // Then the legend still explains the marks the timeline draws once the filter is cleared, and a line says why
        // it is empty, as the item list says
        lines.ShouldContain(line => line.StartsWith("─ Timeline (0 rows) · ▓ snapshot  █ transfer  ▒ transferring  ⊘ skipped  ✗ failed or cancelled ", StringComparison.Ordinal));
        lines.Count(line => line == "  No item name contains 'zzz'. Esc clears the filter.").ShouldBe(2);
    }

    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    [InlineData(200)]
    public void Should_NameEachItemWholeAsTheItemListDoes_When_TheBarsCanSpareTheRoom(int width)
    {
        // Given the demo with vm-web-01 named as a fleet's VMs are, 30 characters, on its timeline
        var state = DashboardWorlds.DemoWithLongName(DemoThirdNoon) with { ShowTimeline = true };

        // When
        var lines = ConsoleText.Render(DashboardView.Render(state, width, 40), width, 40).Split('\n');

        // Then its rows are named as the item list names it, whole, its bars after the name
        lines.ShouldContain(line => line.StartsWith($"  {DashboardWorlds.LongVmName} ", StringComparison.Ordinal) && line.Contains('▓', StringComparison.Ordinal));
    }

    [Fact]
    public void Should_CutTheNameAndKeepSixDaysOfBars_When_TheNameIsTooLongForTheRoomLeft()
    {
        // Given the same name on 60 columns, where the item list gives it 28
        var state = DashboardWorlds.DemoWithLongName(DemoThirdNoon) with { ShowTimeline = true };

        // When
        var lines = ConsoleText.Render(DashboardView.Render(state, 60, 40), 60, 40).Split('\n');

        // Then the name gives way, cut in its middle, where the bars keep 36 columns: six days at the narrowest scale
        lines.Count(line => line.StartsWith("  vm-contoso…rontend-01 ", StringComparison.Ordinal)).ShouldBe(1);
        lines.Single(line => line.TrimStart().StartsWith('┊')).IndexOf('┊', StringComparison.Ordinal).ShouldBe(60 - 36);
    }

    [Fact]
    public void Should_ExplainTheMarksAJobDrawsFirst_When_NothingIsDrawnYetAndNoRowIsSpare()
    {
        // Given the demo before its first backup, its four items on a timeline of three rows (60×18)
        var state = DashboardWorlds.Demo(DemoBeforeFirstBackup) with { ShowTimeline = true };

        // When
        var lines = ConsoleText.Render(DashboardView.Render(state, 60, 18), 60, 18).Split('\n');

        // Then the title explains first what the first jobs will draw, whole entries ending before its rule
        lines.ShouldContain("─ Timeline (4 rows) · ▓ snapshot  █ transfer  ⊘ skipped ────");
    }

    [Fact]
    public void Should_LeaveOutOfTheLegendAMarkNotDrawn_When_ItHasNoRoomForEveryMarkDrawn()
    {
        // Given the demo's second night at 80×23: vm-db-01's first transfer still running (▒), vm-legacy-01's first
        // snapshot failed (✗), and no transfer skipped yet, on a timeline with no row spare
        var state = DashboardWorlds.Demo(Instant.FromUtc(2026, 3, 3, 2, 20)) with { ShowTimeline = true };

        // When
        var lines = ConsoleText.Render(DashboardView.Render(state, 80, 23), 80, 23).Split('\n');

        // Then the title explains the marks drawn, as many as fit, and not ⊘, which no row draws
        var title = lines.Single(line => line.StartsWith("─ Timeline", StringComparison.Ordinal));
        var below = lines.SkipWhile(line => line != title).Skip(1).TakeWhile(line => !line.StartsWith('─'));
        below.ShouldContain(line => line.Contains('▒', StringComparison.Ordinal));
        below.ShouldNotContain(line => line.Contains('⊘', StringComparison.Ordinal));
        title.ShouldStartWith("─ Timeline (6 rows) · ▓ snapshot  █ transfer  ✗ failed or cancelled ─");
    }

    [Fact]
    public void Should_WrapTheLegendOntoALineOfItsOwn_When_TheTitleCantHoldItAndARowIsSpare()
    {
        // Given the demo before its first backup, its four items on a timeline of six rows (60×24)
        var state = DashboardWorlds.Demo(DemoBeforeFirstBackup) with { ShowTimeline = true };

        // When
        var lines = ConsoleText.Render(DashboardView.Render(state, 60, 24), 60, 24).Split('\n');

        // Then the legend is whole, in its order, its end on the line under the title, and every item still has its row
        var title = Array.FindIndex(lines, line => line.StartsWith("─ Timeline", StringComparison.Ordinal));
        lines[title].ShouldBe("─ Timeline (4 rows) · ▓ snapshot  █ transfer ───────────────");
        lines[title + 1].TrimEnd().ShouldBe("  ▒ transferring  ⊘ skipped  ✗ failed or cancelled");
        lines[title + 2].TrimStart().ShouldStartWith("┊");
        lines.Skip(title + 3).Take(4).Select(line => line.Trim()).ShouldBe(["vm-batch-01", "vm-db-01", "vm-legacy-01", "vm-web-01"]);
    }

    [Fact]
    public void Should_SayWhenAJobRan_When_ItEndedBeforeTheScalesDays()
    {
        // Given the deleted VM's timeline five weeks in, its cursor on the first row: its first jobs, weeks before the
        // days the scale shows
        var state = DashboardWorlds.VmDeleted(Instant.FromUtc(2026, 3, 8, 0, 0)) with { ShowTimeline = true, Focus = Pane.Jobs, JobCursor = 0 };

        // When
        var lines = ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40).Split('\n').Select(l => l.TrimEnd()).ToList();

        // Then those rows say when their job started and how it ended, pointing to the left of the scale, not empty
        var axis = lines.FindIndex(l => l.TrimStart().StartsWith('┊'));
        lines[axis].ShouldContain("┊02-21┊");
        lines[axis + 1].ShouldMatch(@"^› vm-app-01\s+◂ 02-01 0\d:\d\d Completed$");
        lines[axis + 2].ShouldMatch(@"^\s+◂ 02-02 0\d:\d\d Completed$");
    }

    /// <summary>What each row must read, from its job's phases: a snapshot ▓ (ending in ✗ if it failed), then the transfer's mark.</summary>
    [Fact]
    public void Should_SayMoreRowsAreBelow_When_TheTimelineDoesNotFitItsPane()
    {
        // Given the demo's timeline of 13 rows, at 100x30
        var state = DashboardWorlds.Demo(DemoThirdNoon) with { ShowTimeline = true };

        // When
        var lines = ConsoleText.Render(DashboardView.Render(state, 100, 30), 100, 30).Split('\n');

        // Then under the rows it shows, as the key help does under its keys, a line says how many show and that the rest are below
        var more = Array.IndexOf(lines, "  ↓ more (10 of 13 shown)");
        more.ShouldBeGreaterThan(0);
        lines[more + 1].ShouldStartWith("─ Narration and events");
    }

    [Fact]
    public void Should_SayMoreRowsAreAbove_When_TheCursorIsOnTheTimelinesLastRow()
    {
        // Given the demo's timeline of 13 rows, focused, its cursor on the last
        var state = DashboardWorlds.Demo(DemoThirdNoon) with { ShowTimeline = true, Focus = Pane.Jobs, JobCursor = 12 };

        // When
        var lines = ConsoleText.Render(DashboardView.Render(state, 100, 30), 100, 30).Split('\n');

        // Then the line under the rows says the others are above
        lines.ShouldContain("  ↑ more (10 of 13 shown)");
    }

    private static string[] Expected(DashboardState state)
    {
        var rows = TimelineRows.Slice(ItemQuery.Items(state), JobQuery.BackupsByItem(state), 0, TimelineRows.Count(state));
        return [.. rows.Select(row => row.Job is { } job ? $"^{Snapshot(job)}{Transfer(job)}$" : "^$")];
    }

    private static string Snapshot(BackupJob job) => job.Snapshot switch
    {
        null or { Started: null } => string.Empty,
        { Status: PhaseStatus.Failed or PhaseStatus.Cancelled } => "▓?✗",
        _ => "▓",
    };

    private static string Transfer(BackupJob job) => job.Transfer switch
    {
        _ when job.Snapshot?.Status is PhaseStatus.Failed => string.Empty,
        { Status: PhaseStatus.Completed } => "█",
        { Status: PhaseStatus.InProgress } => "▒",
        { Status: PhaseStatus.Skipped } => "⊘",
        { Status: PhaseStatus.Failed or PhaseStatus.Cancelled } => "[█▒]?✗",
        _ => string.Empty,
    };

    /// <summary>Each timeline row's marks, a run of one mark written once: "▓█" is a snapshot, then a transfer.</summary>
    private static string[] Marks(DashboardState state, int width)
    {
        var lines = ConsoleText.Render(DashboardView.Render(state, width, 60), width, 60).Split('\n');
        var axis = Array.FindIndex(lines, line => line.TrimStart().StartsWith('┊'));
        return [.. lines.Skip(axis + 1).TakeWhile(line => !line.StartsWith('─') && line.Trim().Length > 0).Select(Runs)];
    }

    private static string Runs(string row)
    {
        var runs = new StringBuilder();
        foreach (var c in row.Where(c => "▓█▒⊘✗".Contains(c)))
        {
            if (runs.Length == 0 || runs[^1] != c)
            {
                runs.Append(c);
            }
        }

        return runs.ToString();
    }
}
