using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Simulator.Scenarios.Fleets;
using Simulator.Tui.Cli;

namespace Simulator.Tests.Cli;

/// <summary>What the scaling table shows of each size, given the figures (the figures themselves come from running it); what the dashboard's figures show of each view.</summary>
public sealed class BenchReportTests
{
    private static BenchResult Run(int round, int vms, int days, double wallSeconds, double gcPauseSeconds) =>
        new(new BenchSettings(vms, days, EstatePolicy.Default, WarmupDays: 31), 0.1, wallSeconds, Events: 4_900_000, Jobs: 1_000_000, PointsAlive: 30_000,
            PeakWorkingSetBytes: 400L << 20, PeakGcHeapBytes: 350L << 20, AllocatedBytes: 470L << 20, 3, 1, 0, gcPauseSeconds)
        { Round = round };

    [Fact]
    public void Should_ShowEachSizesFastestRoundAndEveryRound_AndTheRatioOfTheLargestToTheSmallest_When_ScalingIsReported()
    {
        // Given three rounds of two sizes, in the order they ran, the fastest round of each a different one
        BenchResult[] runs =
        [
            Run(1, 1_000, 1_000, 1.2, 0.01), Run(1, 100_000, 10, 1.8, 0.30),
            Run(2, 1_000, 1_000, 1.0, 0.02), Run(2, 100_000, 10, 1.6, 0.20),
            Run(3, 1_000, 1_000, 1.1, 0.03), Run(3, 100_000, 10, 1.5, 0.25),
        ];

        // When
        var lines = BenchReport.ScalingTable(runs).ReplaceLineEndings("\n").Split('\n');

        // Then each size shows its fastest round's figures, then every round's cost in the order they ran
        lines[0].ShouldEndWith("the sizes taking turns for 3 rounds");
        lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)[4..8].ShouldBe(["wall", "s", "GC", "s"]);
        lines[2].Split(' ', StringSplitOptions.RemoveEmptyEntries)[..6].ShouldBe(["1,000", "1,000", "1,000,000", "4,900,000", "1.000", "0.02"]);
        lines[2].Split(' ', StringSplitOptions.RemoveEmptyEntries)[^3..].ShouldBe(["1.200", "1.000", "1.100"]);
        lines[3].Split(' ', StringSplitOptions.RemoveEmptyEntries)[..6].ShouldBe(["100,000", "10", "1,000,000", "4,900,000", "1.500", "0.25"]);
        lines[3].Split(' ', StringSplitOptions.RemoveEmptyEntries)[^3..].ShouldBe(["1.800", "1.600", "1.500"]);
        lines[4].ShouldBe("cost per VM-day at 100,000 VMs is 1.50 x the cost at 1,000 VMs, fastest round against fastest round; round by round 1.36 to 1.60 x");
    }

    // Timed on a small estate and a few frames: the test is of the report's shape, so the figures need only be plausible.
    private static readonly Lazy<BenchDashboard> SmallDashboard = new(() => BenchDashboard.Measure(items: 200, frames: 4, keys: 3));

    [Fact]
    public void Should_GiveEachViewsFrameTimesOnALineOfItsOwn_When_TheDashboardIsReportedAsATable()
    {
        // Given the dashboard's figures, each view's frames timed
        var dashboard = SmallDashboard.Value;

        // When
        var lines = BenchReport.Table(Run(1, 200, 1, 0.1, 0.0), dashboard: dashboard).ReplaceLineEndings("\n").Split('\n');

        // Then each view has its line, after the item list's under its old name, with a mean and a p95 of a few frames
        string[] rows = ["dashboard frame", "job list frame", "timeline frame", "item detail frame", "event log frame"];
        var shown = rows.Select(row => lines.Single(line => line.StartsWith($"  {row} ", StringComparison.Ordinal))).ToList();
        shown.Select(line => Array.IndexOf(lines, line)).ShouldBeInOrder();
        foreach (var line in shown)
        {
            var figures = Regex.Match(line, @" (\d+\.\d\d) ms mean, (\d+\.\d\d) ms p95 ");
            figures.Success.ShouldBeTrue(line);
            double.Parse(figures.Groups[1].Value, CultureInfo.InvariantCulture).ShouldBeInRange(0.001, 5_000, line);
            double.Parse(figures.Groups[2].Value, CultureInfo.InvariantCulture).ShouldBeInRange(0.001, 5_000, line);
        }

        lines.ShouldContain(line => line.StartsWith("  key to frame ", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_KeepTheItemListsFrameFieldsAndAddEachViews_When_TheDashboardIsReportedAsJson()
    {
        // Given the dashboard's figures, each view's frames timed
        var dashboard = SmallDashboard.Value;

        // When
        using var json = JsonDocument.Parse(BenchReport.Json([Run(1, 200, 1, 0.1, 0.0)], dashboard: dashboard));

        // Then the item list's fields keep their names, and each other view has a mean and a p95 of its own
        var figures = json.RootElement.GetProperty("dashboard");
        figures.GetProperty("items").GetInt32().ShouldBe(200);
        figures.GetProperty("framesTimed").GetInt32().ShouldBe(4);
        foreach (var prefix in new[] { "frame", "jobListFrame", "timelineFrame", "itemDetailFrame", "eventLogFrame" })
        {
            figures.GetProperty($"{prefix}MeanMilliseconds").GetDouble().ShouldBeInRange(0.001, 5_000, prefix);
            figures.GetProperty($"{prefix}P95Milliseconds").GetDouble().ShouldBeInRange(0.001, 5_000, prefix);
        }

        figures.GetProperty("keysPressed").GetInt32().ShouldBe(3);
    }
}
