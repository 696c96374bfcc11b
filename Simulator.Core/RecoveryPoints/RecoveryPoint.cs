using NodaTime;
using Simulator.Core.Policies;
using Simulator.Core.Protection;

namespace Simulator.Core.RecoveryPoints;

/// <summary>A recovery point of a protected item, with its snapshot tier and its vault tier, as the screens and reports read it.</summary>
/// <remarks>
/// A point is created by a job's snapshot; its vault tier appears when the transfer completes. Each tier has its own
/// expiry; the point is gone when neither tier is left. <see cref="PlannedVaultExpiry"/> is decided when the point
/// is taken, so a transfer that completes days later still keeps the copy until the instant the policy named.
/// The simulation holds the point as a value (<see cref="PointState"/>); this reads it there while its item has it, so
/// it tells the point as it is now, and once the point has left its item, with neither tier. Two of them are equal when
/// they are of the same point.
/// </remarks>
public sealed class RecoveryPoint : IEquatable<RecoveryPoint>
{
    private PointState _state;

    internal RecoveryPoint(ProtectedItem item, in PointState state)
    {
        Item = item;
        _state = state;
    }

    public long Id => _state.Id;

    public ProtectedItem Item { get; }

    /// <summary>When the snapshot was taken.</summary>
    public Instant Time => _state.Time;

    public Consistency Consistency => _state.Consistency;

    public RetentionTag Tag => _state.Tag;

    /// <summary>Every retention rule the point matched when it was taken; a policy change keeps it the longest of them.</summary>
    public RetentionRules MatchedRules => _state.MatchedRules;

    /// <summary>True when the point's vault copy is the item's full copy: the first backup's, once it is in the vault, or the vault point that holds an expired full copy's blocks now.</summary>
    /// <remarks>
    /// Full is said of a vault copy (the first backup is full, later ones incremental, backup-azure-vm-backup-faq.yml;
    /// domain.md §4.1, §5.4). A point that is only a snapshot is never full, "snapshots taken as a part of instant
    /// restore capability are incremental snapshots" (backup-instant-restore-capability.md): not one whose transfer was
    /// skipped, failed or never planned, nor the first backup's while its full copy is still on its way.
    /// </remarks>
    public bool IsFull => Item.IsFull(Current);

    /// <summary>When the instant-restore snapshot expires; null when there is no snapshot (any more).</summary>
    public Instant? SnapshotExpiry => Current.SnapshotExpiry;

    /// <summary>When the vault copy expires once it exists; <see cref="Instant.MaxValue"/> for never.</summary>
    public Instant PlannedVaultExpiry => Current.PlannedVaultExpiry;

    public bool HasSnapshot => Current.HasSnapshot;

    public bool InVault => Current.InVault;

    /// <summary>Data the vault copy holds: the full size, or the churn since the previous vault point.</summary>
    /// <remarks>The point holding an expired full copy holds its blocks too (<see cref="ProtectedItem.HoldsExpiredFullCopy"/>).</remarks>
    public double VaultSizeGb => Item.VaultSizeGb(Current);

    /// <summary>The vault expiry in force, or null while the point is not in the vault.</summary>
    public Instant? VaultExpiry => Current.VaultExpiry;

    public bool IsGone => Current.IsGone;

    /// <summary>True while the vault copy is being made from the snapshot, which must stay until it is done.</summary>
    public bool IsTransferring => Current.IsTransferring;

    public RecoveryPointTier Tier => Current.Tier;

    /// <summary>The point as its item holds it now; once it has left (expired, or purged with its item's data), with neither tier.</summary>
    private ref readonly PointState Current
    {
        get
        {
            if (Item.IndexOfPoint(_state.Id) is var index and >= 0)
            {
                _state = Item.PointAt(index);
            }
            else
            {
                (_state.HasSnapshot, _state.InVault, _state.IsTransferring) = (false, false, false);
            }

            return ref _state;
        }
    }

    public bool Equals(RecoveryPoint? other) => other is not null && other.Id == Id && ReferenceEquals(other.Item, Item);

    public override bool Equals(object? obj) => Equals(obj as RecoveryPoint);

    public override int GetHashCode() => Id.GetHashCode();

    public static bool operator ==(RecoveryPoint? left, RecoveryPoint? right) => left?.Equals(right) ?? right is null;

    public static bool operator !=(RecoveryPoint? left, RecoveryPoint? right) => !(left == right);

    public override string ToString() => $"{Item.Name}@{Time}";
}
