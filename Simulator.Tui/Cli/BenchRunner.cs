using System.Diagnostics;
using NodaTime;
using Simulator.Core;
using Simulator.Scenarios.Fleets;

namespace Simulator.Tui.Cli;

/// <summary>Builds a benchmark estate and times the engine running it.</summary>
/// <remarks>
/// The command line is the composition root, so reading the machine's clock (a <see cref="Stopwatch"/>) is allowed
/// here and nowhere in the core (decision D12).
/// </remarks>
internal static class BenchRunner
{
    /// <param name="settings">What to run.</param>
    /// <param name="recorder">
    /// Attaches a recorder (the run store) to the simulation before the world is built, so it sees every event.
    /// Disposing what it returns must finish and drain the recording; that happens inside the timed run, so the figures include it.
    /// </param>
    /// <param name="stop">Looked at between simulated days when the run is recorded, which is then closed as stopped.</param>
    /// <exception cref="Simulator.Store.Recording.RunInterruptedException"><paramref name="stop"/> stopped a recorded run; its file was closed cleanly.</exception>
    public static BenchResult Run(BenchSettings settings, Func<Simulation, BenchRecording>? recorder = null, CancellationToken stop = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var setupClock = Stopwatch.StartNew();
        var simulation = new Simulation(BenchEstate.Start, BenchEstate.Seed, BenchEstate.Settings);
        var recording = recorder?.Invoke(simulation);
        BenchEstate.Build(simulation, settings.Vms, settings.Policy);
        recording?.WorldBuilt();
        var setupSeconds = setupClock.Elapsed.TotalSeconds;
        simulation.RunUntil(BenchEstate.Start + Duration.FromDays(settings.WarmupDays));
        var (eventsBefore, jobsBefore) = (simulation.Engine.ProcessedEvents, simulation.JobsStarted);

        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var pauseBefore = GC.GetTotalPauseDuration();
        long peakHeap = 0;
        var clock = Stopwatch.StartNew();
        for (var day = settings.WarmupDays + 1; day <= settings.WarmupDays + settings.Days; day++)
        {
            // Running day by day changes nothing in the simulation (no event falls between two calls) and lets the
            // heap be sampled as history accumulates.
            if (stop.IsCancellationRequested && recording is not null)
            {
                throw recording.Stop();
            }

            simulation.RunUntil(BenchEstate.Start + Duration.FromDays(day));
            peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
        }

        recording?.Dispose();
        var wallSeconds = clock.Elapsed.TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;

        using var process = Process.GetCurrentProcess();
        return new BenchResult(
            settings,
            setupSeconds,
            wallSeconds,
            simulation.Engine.ProcessedEvents - eventsBefore,
            simulation.JobsStarted - jobsBefore,
            simulation.Items.Sum(i => (long)i.PointCount),
            process.PeakWorkingSet64,
            peakHeap,
            allocated,
            GC.CollectionCount(0) - gen0,
            GC.CollectionCount(1) - gen1,
            GC.CollectionCount(2) - gen2,
            (GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds);
    }
}
