using NodaTime;

namespace Simulator.Core.Service;

/// <summary>The durations the sources leave to us (decisions D6 and D7), set per scenario.</summary>
public sealed record SimulationSettings
{
    /// <summary>How long the Take Snapshot phase runs.</summary>
    public Duration SnapshotDuration { get; init; } = Duration.FromMinutes(10);

    /// <summary>A scheduled job starts between zero and this long after its scheduled time.</summary>
    public Duration MaxStartDelay { get; init; } = Duration.FromHours(2);

    /// <summary>The latest a scheduled job of a VM (false) or a MARS agent (true) starts after its scheduled time.</summary>
    /// <remarks>A MARS agent starts its own jobs on the server at the scheduled time, so the service's start delay does not apply.</remarks>
    public Duration LatestStart(bool isMars) => isMars ? Duration.Zero : MaxStartDelay;

    /// <summary>How long management jobs (configure, switch policy, resume, disable, delete data, undelete) take; their item takes no other operation meanwhile.</summary>
    public Duration OperationDuration { get; init; } = Duration.FromSeconds(30);

    /// <summary>How many finished jobs the vault job list keeps in memory; the oldest leave first. Unbounded when null.</summary>
    public int? JobHistoryLimit { get; init; }
}
