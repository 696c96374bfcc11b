using Simulator.Scenarios.Fleets;
using Simulator.Tui.Cli;

namespace Simulator.Tests.Cli;

/// <summary>What the scaling table shows of each size, given the figures (the figures themselves come from running it).</summary>
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
}
