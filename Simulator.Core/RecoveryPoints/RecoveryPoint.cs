using NodaTime;
using Simulator.Core.Policies;
using Simulator.Core.Protection;

namespace Simulator.Core.RecoveryPoints;

/// <summary>A recovery point of a protected item, with its snapshot tier and its vault tier.</summary>
/// <remarks>
/// A point is created by a job's snapshot; its vault tier appears when the transfer completes. Each tier has its own
/// expiry; the point is gone when neither tier is left. <see cref="PlannedVaultExpiry"/> is decided when the point
/// is taken, so a transfer that completes days later still keeps the copy until the instant the policy named.
/// </remarks>
public sealed class RecoveryPoint
{
    // The snapshot's expiry without Nullable's padding: hundreds of thousands of points live for weeks, and every
    // byte of them is copied by the garbage collector as they age.
    private Instant _snapshotExpiry;
    private readonly bool _takenFull;
    private double _vaultSizeGb;

    internal RecoveryPoint(long id, ProtectedItem item, Instant time, Consistency consistency, RetentionTag tag, RetentionRules matchedRules, bool isFull, Instant? snapshotExpiry, Instant plannedVaultExpiry)
    {
        Id = id;
        Item = item;
        Time = time;
        Consistency = consistency;
        Tag = tag;
        MatchedRules = matchedRules;
        _takenFull = isFull;
        HasSnapshot = snapshotExpiry is not null;
        _snapshotExpiry = snapshotExpiry.GetValueOrDefault();
        PlannedVaultExpiry = plannedVaultExpiry;
    }

    public long Id { get; }

    public ProtectedItem Item { get; }

    /// <summary>When the snapshot was taken.</summary>
    public Instant Time { get; }

    public Consistency Consistency { get; }

    public RetentionTag Tag { get; }

    /// <summary>Every retention rule the point matched when it was taken; a policy change keeps it the longest of them.</summary>
    public RetentionRules MatchedRules { get; }

    /// <summary>True when the point's vault copy is the item's full copy: the first backup's, once it is in the vault, or the vault point that holds an expired full copy's blocks now.</summary>
    /// <remarks>
    /// Full is said of a vault copy (the first backup is full, later ones incremental, backup-azure-vm-backup-faq.yml;
    /// domain.md §4.1, §5.4). A point that is only a snapshot is never full, "snapshots taken as a part of instant
    /// restore capability are incremental snapshots" (backup-instant-restore-capability.md): not one whose transfer was
    /// skipped, failed or never planned, nor the first backup's while its full copy is still on its way. One more
    /// field read than the flag alone; see <see cref="ProtectedItem.HoldsExpiredFullCopy"/> for the rest.
    /// </remarks>
    public bool IsFull => (_takenFull && InVault) || Item.HoldsExpiredFullCopy(this);

    /// <summary>True when the point was taken while the item owed its full copy: its transfer, if it makes one, sends the whole data source.</summary>
    /// <remarks>Not by itself that the point is full (<see cref="IsFull"/>): that takes the copy's arrival.</remarks>
    internal bool IsTakenFull => _takenFull;

    /// <summary>When the instant-restore snapshot expires; null when there is no snapshot (any more).</summary>
    public Instant? SnapshotExpiry => HasSnapshot ? _snapshotExpiry : null;

    /// <summary>When the vault copy expires once it exists; <see cref="Instant.MaxValue"/> for never.</summary>
    public Instant PlannedVaultExpiry { get; private set; }

    public bool HasSnapshot { get; private set; }

    public bool InVault { get; private set; }

    /// <summary>Data the vault copy holds: the full size, or the churn since the previous vault point.</summary>
    /// <remarks>The point holding an expired full copy holds its blocks too (<see cref="ProtectedItem.HoldsExpiredFullCopy"/>).</remarks>
    public double VaultSizeGb => Item.HoldsExpiredFullCopy(this) ? Math.Max(_vaultSizeGb, Item.ExpiredFullCopySizeGb) : _vaultSizeGb;

    /// <summary>Data its own backup sent to the vault.</summary>
    internal double SentSizeGb => _vaultSizeGb;

    /// <summary>The vault expiry in force, or null while the point is not in the vault.</summary>
    public Instant? VaultExpiry => InVault ? PlannedVaultExpiry : null;

    public bool IsGone => !HasSnapshot && !InVault;

    /// <summary>True while the vault copy is being made from the snapshot, which must stay until it is done.</summary>
    public bool IsTransferring { get; internal set; }

    /// <summary>True once the point has left its item's list (expired, or purged with the item's data).</summary>
    /// <remarks>A flag, so that a finishing transfer need not search the item's points, which run to hundreds under long retention.</remarks>
    internal bool IsRemoved { get; set; }

    public RecoveryPointTier Tier => (HasSnapshot, InVault) switch
    {
        (true, true) => RecoveryPointTier.SnapshotAndVaultStandard,
        (true, false) => RecoveryPointTier.Snapshot,
        _ => RecoveryPointTier.VaultStandard,
    };

    internal void MoveToVault(double sizeGb)
    {
        InVault = true;
        _vaultSizeGb = sizeGb;
    }

    internal void DropSnapshot() => HasSnapshot = false;

    internal void DropVaultCopy() => InVault = false;

    internal void SetPlannedVaultExpiry(Instant expiry) => PlannedVaultExpiry = expiry;

    public override string ToString() => $"{Item.Name}@{Time}";
}
