using System.Diagnostics;
using System.Globalization;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tui.Dashboard.Live;

/// <summary>Measures how long one dashboard frame takes with many protected items: view built and written as ANSI.</summary>
/// <remarks>
/// A frame is what the live loop does on a change: build the view from the state, and let Spectre turn it into
/// the escape sequences a terminal gets (written to memory here). The world is <see cref="BenchmarkFleet"/>.
/// </remarks>
public static class DashboardFrameBenchmark
{
    /// <param name="items">Protected items in the one vault.</param>
    /// <param name="frames">Frames measured, after a few to warm up.</param>
    /// <param name="width">Columns of the frame.</param>
    /// <param name="height">Lines of the frame.</param>
    /// <param name="worldChanged">
    /// Publish an event before every frame (outside the measured time), as when the world moved since the last one,
    /// so everything kept until the journal changes is rebuilt; otherwise only the cursor moves, as when keys are
    /// pressed on a paused screen.
    /// </param>
    public static Timings Measure(int items, int frames, int width = 120, int height = 40, bool worldChanged = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(items);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frames);
        var world = BenchmarkFleet.Create(items);
        var state = DashboardState.Initial(world) with { Paused = true };
        using var writer = new StringWriter();
        var console = OffscreenConsole.Create(writer, width, height, ansi: true);

        void Frame(int i)
        {
            // A different cursor each frame, so no frame is the same as the one before.
            console.Write(DashboardView.Render(state with { ItemCursor = (i * 7919) % items }, width, height));
            writer.GetStringBuilder().Clear();
        }

        for (var i = 0; i < 5; i++)
        {
            Frame(i);
        }

        var times = new TimeSpan[frames];
        for (var i = 0; i < frames; i++)
        {
            if (worldChanged)
            {
                world.Simulation.Narrate(string.Create(CultureInfo.InvariantCulture, $"Frame {i}."));
            }

            var start = Stopwatch.GetTimestamp();
            Frame(i);
            times[i] = Stopwatch.GetElapsedTime(start);
        }

        return new Timings(times);
    }
}
