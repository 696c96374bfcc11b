using System.Text.RegularExpressions;

namespace Simulator.Tests.Dashboard;

/// <summary>The job list on 60 columns, the smallest window: each job still says when it started, in five cells.</summary>
public sealed partial class JobsViewTests
{
    [Fact]
    public void Should_ShowEachJobsStartTime_When_TheWindowIsSixtyColumns()
    {
        // Given the demo's first morning, every listed job started that day
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning);

        // When
        var lines = Lines(state, 60, 20);

        // Then the start is the last column, its time of day, the duration having given way to it
        Header(lines).ShouldEndWith(" Start");
        Header(lines).ShouldNotContain("Duration");
        Row(lines, "vm-batch-01").ShouldEndWith(" 18% 17m57s    04:46");
        JobRows(lines).ShouldAllBe(row => Regex.IsMatch(row, @" \d\d:\d\d$"));
    }

    [Fact]
    public void Should_ShowTheDateOfAJobStartedOnAnEarlierDay_When_TheWindowIsSixtyColumns()
    {
        // Given vm-oltp-01's backups every four hours, three of them the day before the clock's
        var state = DashboardWorlds.Hourly(DashboardWorlds.HourlySecondMorning);

        // When
        var rows = JobRows(Lines(state, 60, 24));

        // Then today's read as their time and the day before's as their date, never as an hour read as today's
        rows.Length.ShouldBe(9);
        rows.Select(row => row[^5..]).ShouldBe(["08:40", "04:00", "00:20", "02-02", "02-02", "02-02", "02-02", "02-02", "02-02"]);
    }

    [Fact]
    public void Should_ShowEachJobsStart_When_OnlyMarsServersAreListedAtSixtyColumns()
    {
        // Given fs-contoso-01, a MARS server, whose jobs have no snapshot column to give way
        var state = DashboardWorlds.Mars(MarsSecondNoon);

        // When
        var lines = Lines(state, 60, 20);

        // Then
        Header(lines).ShouldBe("  Operation Item          Status        Transfer       Start");
    }
}
