using Simulator.Tui.Dashboard.Live;

namespace Simulator.Tests.Dashboard;

/// <summary>The key-to-frame benchmark drives the real dashboard loop: its keys are read, applied and timed.</summary>
public sealed class KeyToFrameBenchmarkTests
{
    [Fact]
    public void Should_TimeEveryKeyAndApplyIt_When_KeysArePressedWhileTheDashboardPlays()
    {
        // When five keys (down, up, down, up, down) are pressed while 20 items play at 1 day/s
        var result = KeyToFrameBenchmark.Measure(items: 20, keys: 5);

        // Then each was timed once, each reached a frame within a few ticks, and the cursor ended one row down
        var latencies = result.Latencies;
        latencies.Samples.Count.ShouldBe(5);
        latencies.Samples.ShouldAllBe(latency => latency > TimeSpan.Zero && latency < TimeSpan.FromSeconds(5));
        result.CursorMoved.ShouldBe(1);
        latencies.Max.ShouldBeGreaterThanOrEqualTo(latencies.P95);
        latencies.P95.ShouldBeGreaterThanOrEqualTo(latencies.Samples.Min());
    }
}
