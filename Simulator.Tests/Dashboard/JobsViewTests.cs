using System.Text.RegularExpressions;
using Simulator.Tests.Support;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Input;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>The job list as a person reads it at the common window widths: which job is which, and how far each transfer is.</summary>
public sealed partial class JobsViewTests
{
    [Fact]
    public void Should_WriteTheYearOfAJobsStart_When_ItIsHalfAYearOrMoreAgo()
    {
        // Given the GFS scenario on 20 February 2027, the job list focused on its oldest job: vm-sql-01's Configure of
        // 1 January 2026, under its first weekly backup of 4 January 2026
        var state = DashboardWorlds.GfsWeekly(NodaTime.Instant.FromUtc(2027, 2, 20, 0, 0)).Press(Keys.Tab, KeyCatalog.Special(ConsoleKey.End));
        JobQuery.Selected(state).ShouldNotBeNull().Operation.ShouldBe(Simulator.Core.Jobs.JobOperation.ConfigureBackup);

        // When
        var lines = Lines(state, 120, 40);

        // Then their starts give the year, where "01-04 22:00" read as six weeks ago, and "02-22 22:00" as two days ahead
        JobRows(lines).ShouldContain(row => Regex.IsMatch(row, "^  Backup +vm-sql-01 .+ 2026-01-04 "));
        JobRows(lines).ShouldContain(row => Regex.IsMatch(row, "^› Configure +vm-sql-01 .+ 2026-01-01 "));
        lines.ShouldContain(line => line.StartsWith("  Configure of vm-sql-01: Completed · started 2026-01-01 · ended 2026-01-01 · job ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(60)]
    [InlineData(80)]
    public void Should_GiveTheSelectedJobsIdWhole_When_ItsFootLineWraps(int width)
    {
        // Given the fleet's first night, the job list focused on its oldest job, which has ended
        var state = DashboardWorlds.Fleet(DashboardWorlds.FleetFirstNight).Press(Keys.Tab, KeyCatalog.Special(ConsoleKey.End));
        var job = JobQuery.Selected(state).ShouldNotBeNull();
        job.End.ShouldNotBeNull();

        // When
        var lines = Lines(state, width, 18);

        // Then its ID is on the screen whole, and its item: on the one line the more line leaves them at 18 lines, the
        // operation and the status that its row says give way
        lines.ShouldContain(line => line.Contains(job.Id, StringComparison.Ordinal) && line.Contains($"{job.Item.Name} ", StringComparison.Ordinal));
        lines.ShouldContain(line => line.StartsWith("  ↑ more (1 of ", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_ShowEachJobsStart_When_JobsOfOneItemFillAnEightyColumnList()
    {
        // Given vm-oltp-01's backups every four hours, alike in every column but their start
        var state = DashboardWorlds.Hourly(DashboardWorlds.HourlySecondMorning);

        // When the list is drawn on the most common terminal, 80×24
        var rows = JobRows(Lines(state, 80, 24));

        // Then each row says when its job started, so no two read alike
        rows.Length.ShouldBe(9);
        rows.Select(StartOf).ShouldBe(["02-03 08:40", "02-03 04:00", "02-03 00:20", "02-02 20:54", "02-02 16:15", "02-02 13:33", "02-02 08:16", "02-02 05:14", "02-02 00:00"]);
        rows.Distinct().Count().ShouldBe(rows.Length);
    }

    [Fact]
    public void Should_ShowARunningTransfersShareAndTimeLeftBesideItsStart_When_TheWindowIsEightyColumns()
    {
        // Given the demo's first morning, vm-batch-01's transfer 18% done with 17m57s left
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning);

        // When
        var lines = Lines(state, 80, 24);

        // Then its row keeps the progress, and the start after it
        Header(lines).ShouldContain(" Start");
        Row(lines, "vm-batch-01").ShouldMatch(@" 18% 17m57s 03-02 04:46\s*$");
    }

    [Fact]
    public void Should_TellTheProgressAsTextBesideTheStart_When_LongNamesLeaveNoRoomForABar()
    {
        // Given the fleet's first night, transfers running, names up to 16 characters (vm-hard-drive-06) on screen
        var state = DashboardWorlds.Fleet(DashboardWorlds.FleetFirstNight);

        // When on 80 columns, one line taller than 80×24, where the fleet's second vault takes the row of vm-matrix-19's transfer
        var lines = Lines(state, 80, 25);

        // Then a running transfer still tells its share and time left, and every row its start
        var running = Row(lines, "vm-matrix-19");
        running.ShouldMatch(@"  3%  2h13m +05-04 02:");
        running.ShouldNotContain("░");
        JobRows(lines).ShouldAllBe(row => StartOf(row).StartsWith("05-0", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_KeepEachJobsStart_When_AnItemsNameIsTooLongForTheColumnAt80Columns()
    {
        // Given the demo's first morning, vm-web-01 named vm-contoso-webshop-frontend-01 (30 characters)
        var state = DashboardWorlds.DemoWithLongName(DashboardWorlds.DemoFirstMorning);

        // When
        var lines = Lines(state, 80, 24);

        // Then the name gives way, cut in the middle as the timeline and the log cut a name, and every row keeps its start
        Header(lines).ShouldContain(" Start");
        JobRows(lines).ShouldAllBe(row => StartOf(row).StartsWith("03-02 ", StringComparison.Ordinal));
        Row(lines, "vm-conto…ontend-01").ShouldBe("  Backup    vm-conto…ontend-01 Completed     Completed   Completed   03-02 03:08");
    }

    [Fact]
    public void Should_ShowARunningTransfersShareAndTimeLeftWhole_When_TheWindowIsSixtyColumns()
    {
        // Given the demo's first morning, vm-batch-01's transfer 18% done with 17m57s left
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning);

        // When the list is drawn on the smallest window the dashboard takes
        var lines = Lines(state, 60, 18);

        // Then the share and the time left read whole, the snapshot's column giving way for them
        Row(lines, "vm-batch-01").ShouldContain(" 18% 17m57s");
        Header(lines).ShouldNotContain("Snapshot");
    }

    [Theory]
    [InlineData(100, 30)]
    [InlineData(120, 40)]
    public void Should_KeepTheBarTheStartAndTheDuration_When_TheWindowIsWide(int width, int height)
    {
        // Given the demo's first morning, vm-batch-01 transferring
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning);

        // When
        var lines = Lines(state, width, height);

        // Then nothing is left out: the bar, its share and time left, the start and how long the job has run
        Header(lines).ShouldEndWith(" Start       Duration");
        Row(lines, "vm-batch-01").ShouldMatch(@"█+░+  18% 17m57s 03-02 04:46   13m54s$");
    }

    [Fact]
    public void Should_TellTheSelectedJobUnderItsRows_When_TheJobsAreFewerThanThePanesRows()
    {
        // Given the demo's first morning at 120×50, its few jobs given the rows its four items leave, the job list focused
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Press(Keys.Tab);
        var job = JobQuery.Selected(state).ShouldNotBeNull();

        // When
        var lines = Lines(state, 120, 50);

        // Then the selected job is told right under the last row, and the pane's spare lines are at its foot
        var told = Array.FindIndex(lines, l => l.StartsWith($"  {Labels.Of(job)} of {job.Item.Name}: ", StringComparison.Ordinal));
        told.ShouldBeGreaterThan(0);
        lines[told - 1].ShouldMatch(@"^  (Backup|Configure) +vm-");
        var log = Array.FindIndex(lines, l => l.StartsWith("─ Narration and events", StringComparison.Ordinal));
        lines[log - 1].ShouldBeEmpty();
    }

    private static string[] Lines(DashboardState state, int width, int height) =>
        ConsoleText.Render(DashboardView.Render(state, width, height), width, height).Split('\n').Select(l => l.TrimEnd()).ToArray();

    private static string Header(string[] lines) => lines.Single(l => l.StartsWith("  Operation ", StringComparison.Ordinal));

    /// <summary>The rows of the job list, between its column header and the next pane's title or the line saying more are left out.</summary>
    private static string[] JobRows(string[] lines) =>
        [.. lines.SkipWhile(l => !l.StartsWith("  Operation ", StringComparison.Ordinal)).Skip(1).TakeWhile(l => !l.StartsWith('─') && l.Length > 0 && !l.Contains(" more (", StringComparison.Ordinal))];

    /// <summary>The row of <paramref name="item"/>'s scheduled backup (its configure job names it too).</summary>
    private static string Row(string[] lines, string item) => JobRows(lines).Single(l => Regex.IsMatch(l, $@"^  Backup +{item} "));

    /// <summary>The start a job row ends with (the list's last column at 80).</summary>
    private static string StartOf(string row) => row.Length < 11 ? string.Empty : row[^11..];
}
