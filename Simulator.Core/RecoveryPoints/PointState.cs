using NodaTime;
using Simulator.Core.Policies;

namespace Simulator.Core.RecoveryPoints;

/// <summary>A recovery point as the simulation holds it: a value in its <see cref="PointLog"/>, read and changed in place by the engine.</summary>
/// <remarks>
/// A value rather than an object because a point lives for weeks: as objects, a 100,000-VM estate's points outlived
/// the collector's first generation and were copied twice each. Screens and reports read a point through
/// <see cref="RecoveryPoint"/>. 56 bytes: the snapshot's expiry is kept as its days after the point's time, the one way
/// it is set.
/// </remarks>
internal struct PointState
{
    public long Id;

    /// <summary>When the snapshot was taken.</summary>
    public Instant Time;

    /// <summary>When the vault copy expires once it exists; <see cref="Instant.MaxValue"/> for never.</summary>
    public Instant PlannedVaultExpiry;

    /// <summary>Data its own backup sent to the vault.</summary>
    public double SentSizeGb;

    /// <summary>The instant-restore days the snapshot was taken for.</summary>
    public byte SnapshotDays;

    public RetentionTag Tag;

    /// <summary>Every retention rule the point matched when it was taken; a policy change keeps it the longest of them.</summary>
    public RetentionRules MatchedRules;

    public Consistency Consistency;

    /// <summary>True when the point was taken while the item owed its full copy: its transfer, if it makes one, sends the whole data source.</summary>
    /// <remarks>Not by itself that the point is full (<see cref="RecoveryPoint.IsFull"/>): that takes the copy's arrival.</remarks>
    public bool TakenFull;

    public bool HasSnapshot;

    public bool InVault;

    /// <summary>True while the vault copy is being made from the snapshot, which must stay until it is done.</summary>
    public bool IsTransferring;

    public PointState(long id, Instant time, Consistency consistency, RetentionTag tag, RetentionRules matchedRules, bool isFull, int snapshotDays, Instant plannedVaultExpiry)
    {
        Id = id;
        Time = time;
        Consistency = consistency;
        Tag = tag;
        MatchedRules = matchedRules;
        TakenFull = isFull;
        SnapshotDays = checked((byte)snapshotDays);
        HasSnapshot = snapshotDays > 0;
        PlannedVaultExpiry = plannedVaultExpiry;
    }

    /// <summary>When the instant-restore snapshot expires; null when there is no snapshot (any more).</summary>
    public readonly Instant? SnapshotExpiry => HasSnapshot ? Time + Duration.FromDays(SnapshotDays) : null;

    /// <summary>The vault expiry in force, or null while the point is not in the vault.</summary>
    public readonly Instant? VaultExpiry => InVault ? PlannedVaultExpiry : null;

    public readonly bool IsGone => !HasSnapshot && !InVault;

    public readonly RecoveryPointTier Tier => (HasSnapshot, InVault) switch
    {
        (true, true) => RecoveryPointTier.SnapshotAndVaultStandard,
        (true, false) => RecoveryPointTier.Snapshot,
        _ => RecoveryPointTier.VaultStandard,
    };
}
