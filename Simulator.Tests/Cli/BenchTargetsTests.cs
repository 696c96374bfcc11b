using System.Text.Json;
using Simulator.Scenarios.Fleets;
using Simulator.Tui.Cli;
using Simulator.Tui.Dashboard.Live;

namespace Simulator.Tests.Cli;

/// <summary>Which targets a bench run is held to, and what its report says of them; the figures are given, not measured.</summary>
public sealed class BenchTargetsTests
{
    private static BenchResult Run(int vms, int days, double wallSeconds, long peakMiB, EstatePolicy policy = EstatePolicy.Default, int warmupDays = 0) =>
        new(new BenchSettings(vms, days, policy, warmupDays), 0.3, wallSeconds, Events: 17_706_140, Jobs: 3_650_000, PointsAlive: 293_400,
            PeakWorkingSetBytes: peakMiB << 20, PeakGcHeapBytes: 497L << 20, AllocatedBytes: 1_719L << 20, 5, 1, 1, 0.43);

    private static Timings Milliseconds(params double[] samples) => new([.. samples.Select(TimeSpan.FromMilliseconds)]);

    private static BenchDashboard Dashboard(int items, double slowestFrame, double worstKey) =>
        new(items, [.. Enum.GetValues<FrameView>().Select(view => (view, Milliseconds(2, 3, view == FrameView.Timeline ? slowestFrame : 4)))], new KeyToFrameBenchmark.Result(Milliseconds(20, 25, worstKey), CursorMoved: 3));

    [Fact]
    public void Should_HoldTheEnginesYearToFiveSecondsAndOneGibibyte_When_TheRunIsTenThousandVmsForAYear()
    {
        // When
        var verdicts = BenchTargets.Judge(Run(10_000, 365, 4.908, 565), recorded: false);

        // Then
        verdicts.Select(v => (v.Figure, v.Text)).ShouldBe(
        [
            ("wall seconds", "met: 4.908 s against at most 5.000 s (10,000 VMs x 365 days under DefaultPolicy, the engine alone)"),
            ("peak working set", "met: 565 MiB against at most 1,024 MiB (10,000 VMs x 365 days under DefaultPolicy, the engine alone)"),
        ]);
    }

    [Fact]
    public void Should_SayNotMet_When_TheYearTakesLongerThanItsTarget()
    {
        // When
        var verdict = BenchTargets.Judge(Run(10_000, 365, 5.31, 565), recorded: false)[0];

        // Then
        verdict.Met.ShouldBeFalse();
        verdict.Text.ShouldStartWith("NOT met: 5.310 s against at most 5.000 s");
    }

    [Fact]
    public void Should_HoldARecordedYearToFifteenSecondsAlone_When_ItWasRecorded()
    {
        // Given a recorded year whose process peaked above the engine's own memory target, which a recording does not have

        // When
        var verdicts = BenchTargets.Judge(Run(10_000, 365, 14.2, 2_048), recorded: true);

        // Then
        verdicts.ShouldHaveSingleItem().Text.ShouldBe("met: 14.200 s against at most 15.000 s (10,000 VMs x 365 days under DefaultPolicy, recorded)");
    }

    [Fact]
    public void Should_HoldAHundredThousandVmsForThirtyDaysToFourGibibytes()
    {
        // When
        var verdicts = BenchTargets.Judge(Run(100_000, 30, 6.1, 1_202), recorded: false);

        // Then
        verdicts.ShouldHaveSingleItem().Text.ShouldBe("met: 1,202 MiB against at most 4,096 MiB (100,000 VMs x 30 days)");
    }

    [Theory]
    [InlineData(30, 3, EstatePolicy.Default, 0)]
    [InlineData(10_000, 364, EstatePolicy.Default, 0)]
    [InlineData(10_000, 365, EstatePolicy.Gfs, 0)]
    [InlineData(100_000, 10, EstatePolicy.Default, 31)]
    public void Should_HoldTheRunToNoTarget_When_NoTargetNamesItsEstate(int vms, int days, EstatePolicy policy, int warmupDays)
    {
        // When
        var run = Run(vms, days, 99, 9_999, policy, warmupDays);

        // Then
        BenchTargets.Judge(run, recorded: false).ShouldBeEmpty();
        BenchReport.Table(run).ShouldNotContain("targets");
    }

    [Fact]
    public void Should_JudgeEachViewsFramesAndTheWorstKey_When_TheDashboardHadTenThousandItems()
    {
        // Given the timeline's frames slower than 16 ms at their 95th percentile, and a worst key within 100 ms
        var dashboard = Dashboard(10_000, slowestFrame: 17.5, worstKey: 41);

        // When
        var verdicts = BenchTargets.Judge(dashboard);

        // Then
        verdicts.Select(v => (v.Figure, v.Met)).ShouldBe(
        [
            ("dashboard frame", true), ("job list frame", true), ("timeline frame", false), ("item detail frame", true), ("event log frame", true), ("key to frame", true),
        ]);
        verdicts[2].Text.ShouldBe("NOT met: 17.5 ms against at most 16.0 ms (10,000 items, the 95th percentile of its frames)");
        verdicts[5].Text.ShouldBe("met: 41.0 ms against at most 100.0 ms (10,000 items at 1 day/s, the worst key)");
        BenchTargets.Judge(Dashboard(200, slowestFrame: 99, worstKey: 999)).ShouldBeEmpty();
    }

    [Fact]
    public void Should_ListTheVerdictsUnderTheFigures_When_TheReportIsATable()
    {
        // When
        var lines = BenchReport.Table(Run(10_000, 365, 5.31, 565)).ReplaceLineEndings("\n").Split('\n');

        // Then
        var header = Array.IndexOf(lines, "targets (README, Performance), judged on this machine:");
        header.ShouldBeGreaterThan(Array.FindIndex(lines, line => line.StartsWith("  GC pause seconds ", StringComparison.Ordinal)));
        lines[header + 1].ShouldBe("  wall seconds           NOT met: 5.310 s against at most 5.000 s (10,000 VMs x 365 days under DefaultPolicy, the engine alone)");
        lines[header + 2].ShouldStartWith("  peak working set       met: 565 MiB");
    }

    [Fact]
    public void Should_GiveEachVerdictAsAnObject_When_TheReportIsJson()
    {
        // When
        using var json = JsonDocument.Parse(BenchReport.Json([Run(10_000, 365, 14.2, 900)], recorded: true, Dashboard(10_000, slowestFrame: 9, worstKey: 120)));

        // Then
        var targets = json.RootElement.GetProperty("targets").EnumerateArray().ToList();
        targets.Select(t => (t.GetProperty("figure").GetString(), t.GetProperty("met").GetBoolean())).ShouldBe(
        [
            ("wall seconds", true), ("dashboard frame", true), ("job list frame", true), ("timeline frame", true), ("item detail frame", true), ("event log frame", true), ("key to frame", false),
        ]);
        targets[0].GetProperty("measured").GetDouble().ShouldBe(14.2);
        targets[0].GetProperty("limit").GetDouble().ShouldBe(15);
        targets[0].GetProperty("unit").GetString().ShouldBe("s");
        targets[0].GetProperty("run").GetString().ShouldBe("10,000 VMs x 365 days under DefaultPolicy, recorded");
    }

    private static BenchResult Round(int vms, double microsecondsPerVmDay) =>
        Run(vms, 1_000_000 / vms, microsecondsPerVmDay, 900, warmupDays: 31);

    [Theory]
    [InlineData(1.15, true, "met: 1.15 x against at most 1.20 x")]
    [InlineData(1.5, false, "NOT met: 1.50 x against at most 1.20 x")]
    public void Should_CallTheCostPerVmDayFlat_OnlyWithinAFifth_When_ScalingComparesAThousandVmsToAHundredThousand(double ratio, bool met, string saying)
    {
        // Given two rounds, where each size's fastest round sets the ratio
        BenchResult[] runs = [Round(1_000, 0.8), Round(100_000, ratio * 0.7 + 0.3), Round(1_000, 0.7), Round(100_000, ratio * 0.7)];

        // When
        var verdict = BenchTargets.JudgeScaling(runs).ShouldHaveSingleItem();

        // Then
        verdict.Met.ShouldBe(met);
        verdict.Text.ShouldBe($"{saying} (100,000 VMs against 1,000, the fastest rounds: flat, within a fifth)");
        BenchReport.ScalingTable(runs).ShouldContain($"\ntarget (README, Performance), judged on this machine: cost per VM-day {saying} ");
        JsonDocument.Parse(BenchReport.Json(runs)).RootElement.GetProperty("targets")[0].GetProperty("unit").GetString().ShouldBe("x");
    }

    [Fact]
    public void Should_HoldScalingToNoTarget_When_ItsSizesDoNotSpanAThousandToAHundredThousandVms()
    {
        // When
        BenchResult[] runs = [Round(1_000, 0.7), Round(10_000, 0.9)];

        // Then
        BenchTargets.JudgeScaling(runs).ShouldBeEmpty();
        BenchReport.ScalingTable(runs).ShouldNotContain("target");
    }
}
