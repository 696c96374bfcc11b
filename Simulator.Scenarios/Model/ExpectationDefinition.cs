using NodaTime;
using Simulator.Core.Jobs;
using Simulator.Core.Policies;
using Simulator.Core.Protection;
using Simulator.Core.RecoveryPoints;

namespace Simulator.Scenarios.Model;

/// <summary>A check of the world at a time or at the end of the run.</summary>
/// <remarks>Only the fields its kind uses are set; every field set is one assertion.</remarks>
public sealed record ExpectationDefinition(SourceLocation Location, ExpectationKind Kind)
{
    /// <summary>When to check; null for the end of the run.</summary>
    public Instant? At { get; init; }

    public string? Item { get; init; }

    public JobOperation? Operation { get; init; }

    public BackupTrigger? Trigger { get; init; }

    /// <summary>Which job or point: 1 for the first; negative counts from the newest (-1 is the newest).</summary>
    public int Nth { get; init; } = -1;

    public JobStatus? Status { get; init; }

    /// <summary>The snapshot phase's status as <see cref="PhaseStatus"/> names it, or "none" for a job without one.</summary>
    public string? Snapshot { get; init; }

    /// <summary>The transfer phase's status as <see cref="PhaseStatus"/> names it, or "none" for a job without one.</summary>
    public string? Transfer { get; init; }

    public string? ErrorCode { get; init; }

    public PreCheckResult? PreCheck { get; init; }

    public ProtectionState? ProtectionState { get; init; }

    public DeleteState? DeleteState { get; init; }

    public LastBackupStatus? LastBackupStatus { get; init; }

    /// <summary>The item's health, the reports' Protection Status: <c>NotReachable</c> while its VM is gone.</summary>
    public ProtectedItemHealth? Health { get; init; }

    /// <summary>Whether the item's backup data has been purged for good (soft delete over, or off).</summary>
    public bool? Purged { get; init; }

    /// <summary>Point filter or assertion: Snapshot, SnapshotAndVaultStandard, VaultStandard; InVault and WithSnapshot match any tier holding that copy.</summary>
    public string? Tier { get; init; }

    public RetentionTag? Tag { get; init; }

    public int? Count { get; init; }

    public int? Min { get; init; }

    public int? Max { get; init; }

    public Instant? Expiry { get; init; }

    public Instant? SnapshotExpiry { get; init; }

    public Duration? MaxAge { get; init; }

    /// <summary>Selects the point taken at this time, instead of by position.</summary>
    public Instant? PointTime { get; init; }

    /// <summary>The scheduled time a job ran for (its run time before the start delay).</summary>
    public Instant? ScheduledFor { get; init; }

    public Consistency? Consistency { get; init; }

    /// <summary>Whether the point is a full copy (a first backup, or the first after its VM was re-created) rather than an incremental one.</summary>
    public bool? Full { get; init; }

    /// <summary>How many checks the expectation makes, as a run counts them: one per assertion of a job, item or
    /// point (a job or point that is not found fails each of them), one for a count, an RPO or failed jobs.</summary>
    public int Checks => Kind switch
    {
        ExpectationKind.Job => Given(Status, Snapshot, Transfer, ErrorCode, PreCheck, ScheduledFor),
        ExpectationKind.Item => Given(ProtectionState, DeleteState, LastBackupStatus, Health, Purged),
        ExpectationKind.Point => Given(Expiry, SnapshotExpiry, Tier, Tag, Consistency, Full),
        _ => 1,
    };

    private static int Given(params object?[] assertions) => assertions.Count(a => a is not null);
}
