using Simulator.Tui.Dashboard.Live;

namespace Simulator.Tui.Cli;

/// <summary>The dashboard's figures for <c>bench --dashboard</c>: frame times, and the time from a key to its frame at 1 day/s.</summary>
internal sealed record BenchDashboard(int Items, Timings Frames, KeyToFrameBenchmark.Result Keys)
{
    public const int FramesTimed = 300;

    public const int KeysPressed = 41;

    public const int Width = 120;

    public const int Height = 40;

    public static BenchDashboard Measure(int items)
    {
        var frames = DashboardFrameBenchmark.Measure(items, FramesTimed, Width, Height, worldChanged: true);
        return new BenchDashboard(items, frames, KeyToFrameBenchmark.Measure(items, KeysPressed, Width, Height));
    }
}
