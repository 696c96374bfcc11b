using Simulator.Tui.Dashboard.Live;

namespace Simulator.Tui.Cli;

/// <summary>The dashboard's figures for <c>bench --dashboard</c>: frame times of each view, and the time from a key to its frame at 1 day/s.</summary>
/// <param name="Views">Each view's frame times, in the order of <see cref="FrameView"/>: the item list's first.</param>
internal sealed record BenchDashboard(int Items, IReadOnlyList<(FrameView View, Timings Frames)> Views, KeyToFrameBenchmark.Result Keys)
{
    public const int FramesTimed = 300;

    public const int KeysPressed = 41;

    public const int Width = 120;

    public const int Height = 40;

    /// <summary>The main screen's frames, the item list focused: the figure the report has always given.</summary>
    public Timings Frames => Views.Single(view => view.View == FrameView.Items).Frames;

    public static BenchDashboard Measure(int items) => Measure(items, FramesTimed, KeysPressed);

    /// <summary>The same on fewer frames and keys, for a quick look (the tests).</summary>
    public static BenchDashboard Measure(int items, int frames, int keys)
    {
        var views = DashboardFrameBenchmark.MeasureEach(items, frames, Width, Height, worldChanged: true);
        return new BenchDashboard(items, views, KeyToFrameBenchmark.Measure(items, keys, Width, Height));
    }
}
