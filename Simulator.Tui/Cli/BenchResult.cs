namespace Simulator.Tui.Cli;

/// <summary>What one bench run measured.</summary>
/// <param name="SetupSeconds">Generating the estate and building its world; not part of the engine's figures.</param>
/// <param name="WallSeconds">Running the engine over the simulated days, and draining a recorder when one is attached.</param>
/// <param name="PeakWorkingSetBytes">Process.PeakWorkingSet64: the whole process's peak resident memory so far.</param>
/// <param name="PeakGcHeapBytes">The largest GC.GetTotalMemory(false) seen at the end of each simulated day.</param>
/// <param name="AllocatedBytes">GC.GetTotalAllocatedBytes during the run (setup excluded).</param>
/// <param name="GcPauseSeconds">GC.GetTotalPauseDuration during the run: the part of the wall time the GC stopped the engine.</param>
internal sealed record BenchResult(
    BenchSettings Settings,
    double SetupSeconds,
    double WallSeconds,
    long Events,
    long Jobs,
    long PointsAlive,
    long PeakWorkingSetBytes,
    long PeakGcHeapBytes,
    long AllocatedBytes,
    int Gen0Collections,
    int Gen1Collections,
    int Gen2Collections,
    double GcPauseSeconds)
{
    /// <summary>Which round of <c>--scaling</c> this run was, from 1; a single run is round 1.</summary>
    public int Round { get; init; } = 1;

    public long VmDays => (long)Settings.Vms * Settings.Days;

    public double EventsPerSecond => Events / WallSeconds;

    public double VmDaysPerSecond => VmDays / WallSeconds;

    /// <summary>Wall time per VM-day, in microseconds: the figure that must stay flat as the estate grows.</summary>
    public double MicrosecondsPerVmDay => WallSeconds * 1e6 / VmDays;

    public double BytesAllocatedPerEvent => (double)AllocatedBytes / Events;
}
