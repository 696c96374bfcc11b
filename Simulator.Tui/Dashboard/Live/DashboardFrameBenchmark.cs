using System.Diagnostics;
using System.Globalization;
using Simulator.Tui.Dashboard.Input;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tui.Dashboard.Live;

/// <summary>Measures how long one dashboard frame takes with many protected items: view built and written as ANSI.</summary>
/// <remarks>
/// A frame is what the live loop does on a change: build the view from the state, and let Spectre turn it into
/// the escape sequences a terminal gets (written to memory here). The world is <see cref="BenchmarkFleet"/>; the
/// screen is reached from the opening one through the key map and the controller, as the keys of
/// <see cref="FrameView"/> would reach it.
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
    /// <param name="view">The screen timed; the item list's by default.</param>
    public static Timings Measure(int items, int frames, int width = 120, int height = 40, bool worldChanged = false, FrameView view = FrameView.Items)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(items);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frames);
        return Measure(BenchmarkFleet.Create(items), frames, width, height, worldChanged, view);
    }

    /// <summary>Times each view in turn on one world, so the world is built once.</summary>
    internal static IReadOnlyList<(FrameView View, Timings Frames)> MeasureEach(int items, int frames, int width, int height, bool worldChanged)
    {
        var world = BenchmarkFleet.Create(items);
        return Enum.GetValues<FrameView>().Select(view => (view, Measure(world, frames, width, height, worldChanged, view))).ToList();
    }

    private static Timings Measure(DashboardWorld world, int frames, int width, int height, bool worldChanged, FrameView view)
    {
        var cursorAt = Cursor(Reach(DashboardState.Initial(world) with { Paused = true }, view), view);
        using var writer = new StringWriter();
        var console = OffscreenConsole.Create(writer, width, height, ansi: true);

        void Frame(DashboardState state)
        {
            console.Write(DashboardView.Render(state, width, height));
            writer.GetStringBuilder().Clear();
        }

        for (var i = 0; i < 5; i++)
        {
            Frame(cursorAt(i));
        }

        var times = new TimeSpan[frames];
        for (var i = 0; i < frames; i++)
        {
            if (worldChanged)
            {
                world.Simulation.Narrate(string.Create(CultureInfo.InvariantCulture, $"Frame {i}."));
            }

            var state = cursorAt(i);
            var start = Stopwatch.GetTimestamp();
            Frame(state);
            times[i] = Stopwatch.GetElapsedTime(start);
        }

        return new Timings(times);
    }

    /// <summary>The state after the keys that open <paramref name="view"/>, applied as the live loop applies them.</summary>
    private static DashboardState Reach(DashboardState state, FrameView view)
    {
        ConsoleKeyInfo[] keys = view switch
        {
            FrameView.Items => [],
            FrameView.Jobs => [KeyCatalog.Char('\t', ConsoleKey.Tab)],
            FrameView.Timeline => [KeyCatalog.Char('t'), KeyCatalog.Char('\t', ConsoleKey.Tab)],
            FrameView.Detail => [KeyCatalog.Char('\r', ConsoleKey.Enter)],
            FrameView.EventLog => [KeyCatalog.Char('L', ConsoleKey.L, shift: true)],
            _ => throw new ArgumentOutOfRangeException(nameof(view), view, "Only the views FrameView names can be timed."),
        };
        foreach (var key in keys)
        {
            state = KeyMap.Map(state, key) is { } command ? DashboardController.Apply(state, command) : state;
        }

        // Timing another screen than the one named would report it under the wrong name: a changed key map must say so.
        var reached = view switch
        {
            FrameView.Jobs => state is { Focus: Pane.Jobs, ShowTimeline: false, OpenItem: null },
            FrameView.Timeline => state is { Focus: Pane.Jobs, ShowTimeline: true, OpenItem: null },
            FrameView.Detail => state.OpenItem is not null,
            FrameView.EventLog => state.ShowLog,
            _ => state is { Focus: Pane.Items, ShowTimeline: false, OpenItem: null },
        };
        return reached ? state : throw new InvalidOperationException($"The keys for the {view} view no longer open it; update {nameof(Reach)} to the key map.");
    }

    /// <summary>
    /// The state of frame <c>i</c>: a different cursor each frame in the list the view's ↑ and ↓ move, so no frame is
    /// the same as the one before; in the detail, a different item's (Esc, the cursor moved, Enter); in the event log,
    /// a different place scrolled to. Worked out before the frame's time starts.
    /// </summary>
    private static Func<int, DashboardState> Cursor(DashboardState state, FrameView view)
    {
        static int Step(int i, int count) => count == 0 ? 0 : (int)((long)i * 7919 % count);
        var items = ItemQuery.Items(state);
        switch (view)
        {
            case FrameView.Jobs:
                var jobs = JobQuery.Jobs(state).Count;
                return i => state with { JobCursor = Step(i, jobs) };
            case FrameView.Timeline:
                var rows = TimelineRows.Count(state);
                return i => state with { JobCursor = Step(i, rows) };
            case FrameView.Detail:
                var names = items.Select(item => item.ToString()).ToList();
                return i => state with { ItemCursor = Step(i, names.Count), OpenItem = names.Count == 0 ? null : names[Step(i, names.Count)] };
            case FrameView.EventLog:
                var log = state.World.Log;
                var oldest = log.Total - log.Events.Count;
                return i => state with { Tops = state.Tops with { Log = new LogWindow(oldest + Step(i, log.Events.Count), 0, Held: true) } };
            default:
                return i => state with { ItemCursor = Step(i, items.Count) };
        }
    }
}
