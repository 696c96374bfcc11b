using System.Diagnostics;
using Simulator.Tui.Dashboard.Input;
using Spectre.Console;

namespace Simulator.Tui.Dashboard.Live;

/// <summary>Measures how long a key takes to reach the screen while the dashboard plays many items at 1 day/s.</summary>
/// <remarks>
/// The live loop without its terminal: the driver ticks every <see cref="DashboardLoop.TickPeriod"/> on a
/// <see cref="PeriodicTimer"/> of the machine's clock and its frames are written as ANSI to memory, while another
/// thread presses ↓ and ↑ in turn at moments drawn at random, as a person's keys fall anywhere between ticks. A key's
/// time runs from its press until the frame of the tick that read it has been written: the wait for that tick, the
/// engine's hour of events, the view and its escape sequences.
/// </remarks>
public static class KeyToFrameBenchmark
{
    /// <summary>The result: each key's time from press to frame, and how far the item cursor ended from where it began.</summary>
    public sealed record Result(Timings Latencies, int CursorMoved);

    /// <param name="items">Protected items in the one vault; from two on, every key moves the cursor.</param>
    /// <param name="keys">Keys pressed and timed: ↓ first, so an odd number leaves the cursor one row down.</param>
    /// <param name="seed">Seeds the moments of the presses, 20 to 120 ms apart.</param>
    public static Result Measure(int items, int keys, int width = 120, int height = 40, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(items);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(keys);
        var input = new PressedKeys();
        var driver = new DashboardDriver(BenchmarkFleet.Create(items), input, TimeProvider.System);
        using var writer = new StringWriter();
        var console = OffscreenConsole.Create(writer, width, height, ansi: true);
        PlayAtFullSpeed(driver, input, width, height);

        var cursor = driver.State.ItemCursor;
        var latencies = new List<TimeSpan>(keys);
        var presser = new Thread(() => Press(input, keys, seed)) { IsBackground = true, Name = "key presser" };
        using var timer = new PeriodicTimer(DashboardLoop.TickPeriod);
        presser.Start();
        while (latencies.Count < keys && timer.WaitForNextTickAsync().AsTask().GetAwaiter().GetResult())
        {
            if (driver.Tick(width, height) is { } frame)
            {
                console.Write(frame);
                writer.GetStringBuilder().Clear();
            }

            var shown = Stopwatch.GetTimestamp();
            latencies.AddRange(input.TakeRead().Select(pressed => Stopwatch.GetElapsedTime(pressed, shown)));
        }

        presser.Join();
        return new Result(new Timings(latencies), driver.State.ItemCursor - cursor);
    }

    /// <summary>Presses + (to 1 day/s) and space (the world opens paused, 30 hours in), and checks they took.</summary>
    private static void PlayAtFullSpeed(DashboardDriver driver, PressedKeys input, int width, int height)
    {
        input.Press(KeyCatalog.Char('+'));
        input.Press(KeyCatalog.Char(' ', ConsoleKey.Spacebar));
        driver.Tick(width, height);
        input.TakeRead();
        if (driver.State.Paused || driver.State.SpeedIndex != SpeedLadder.Count - 1)
        {
            throw new InvalidOperationException($"The dashboard did not start playing at {SpeedLadder.Label(SpeedLadder.Count - 1)}.");
        }
    }

    private static void Press(PressedKeys input, int keys, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < keys; i++)
        {
            Thread.Sleep(random.Next(20, 120));
            input.Press(KeyCatalog.Special(i % 2 == 0 ? ConsoleKey.DownArrow : ConsoleKey.UpArrow));
        }
    }

    /// <summary>Keys pressed from another thread, each with the moment it was pressed, and the moments of those read since asked.</summary>
    private sealed class PressedKeys : IAnsiConsoleInput
    {
        private readonly Lock _lock = new();
        private readonly Queue<(ConsoleKeyInfo Key, long PressedAt)> _pressed = new();
        private readonly List<long> _read = [];

        public void Press(ConsoleKeyInfo key)
        {
            lock (_lock)
            {
                _pressed.Enqueue((key, Stopwatch.GetTimestamp()));
            }
        }

        public List<long> TakeRead()
        {
            lock (_lock)
            {
                var read = _read.ToList();
                _read.Clear();
                return read;
            }
        }

        public bool IsKeyAvailable()
        {
            lock (_lock)
            {
                return _pressed.Count > 0;
            }
        }

        public ConsoleKeyInfo? ReadKey(bool intercept)
        {
            lock (_lock)
            {
                if (!_pressed.TryDequeue(out var pressed))
                {
                    return null;
                }

                _read.Add(pressed.PressedAt);
                return pressed.Key;
            }
        }

        public Task<ConsoleKeyInfo?> ReadKeyAsync(bool intercept, CancellationToken cancellationToken) => Task.FromResult(ReadKey(intercept));
    }
}
