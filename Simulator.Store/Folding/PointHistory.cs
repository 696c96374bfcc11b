using Simulator.Core.Journal;

namespace Simulator.Store.Folding;

/// <summary>A recovery point as its events built it, from its creation to its deletion: the row <c>recovery_points</c> keeps of it.</summary>
/// <remarks>A mutable struct, changed only by the fold, for the reason <see cref="JobHistory"/> gives; points live for their retention, so as objects they all died old.</remarks>
internal struct PointHistory
{
    /// <param name="created">A <see cref="JournalEntryKind.PointCreated"/>.</param>
    public PointHistory(in JournalEntry created)
    {
        Id = created.PointId;
        Vault = created.Vault!;
        Item = created.Item!;
        ItemNumber = created.ItemNumber;
        Time = RowTime.Of(created.Time);
        Tag = created.Tag!;
        Consistency = created.Consistency!;
        IsFull = created.IsFull;
        Tier = created.SnapshotExpiry is null ? "VaultStandard" : "Snapshot";
        SnapshotExpiry = RowTime.Of(created.SnapshotExpiry);
        VaultExpiry = RowTime.Of(created.VaultExpiry);
        CreatedAt = RowTime.Of(created.At);
    }

    public long Id { get; }

    public string Vault { get; }

    public string Item { get; }

    /// <summary>The item's number in the simulation that recorded it; 0 when the point was read back from a file.</summary>
    public int ItemNumber { get; }

    public RowTime Time { get; }

    public string Tag { get; }

    public string Consistency { get; }

    /// <summary>A full copy in the vault: the first backup's once it arrived, or one that took over from an expired full copy.</summary>
    public bool IsFull { get; private set; }

    public string Tier { get; private set; }

    public RowTime SnapshotExpiry { get; }

    public RowTime VaultExpiry { get; private set; }

    public double VaultSizeGb { get; private set; }

    public RowTime CreatedAt { get; }

    /// <summary>When the vault copy arrived.</summary>
    public RowTime VaultedAt { get; private set; }

    /// <summary>When the snapshot tier expired, leaving the vault copy.</summary>
    public RowTime SnapshotExpiredAt { get; private set; }

    public RowTime DeletedAt { get; private set; }

    public string? DeleteReason { get; private set; }

    /// <param name="change">A <see cref="JournalEntryKind.PointTierChanged"/>.</param>
    public void ApplyTierChange(in JournalEntry change)
    {
        Tier = change.Tier!;
        VaultSizeGb = change.SizeGb;
        switch (change.Reason)
        {
            case RecoveryPointTierChanged.TransferredToVault:
                VaultedAt = RowTime.Of(change.At);
                break;
            case RecoveryPointTierChanged.FullCopyTransferredToVault:
                VaultedAt = RowTime.Of(change.At);
                IsFull = true;
                break;
            case RecoveryPointTierChanged.SnapshotExpired:
                SnapshotExpiredAt = RowTime.Of(change.At);
                break;
            case RecoveryPointTierChanged.BecameFullBaseline:
                IsFull = true;
                break;
        }
    }

    /// <param name="change">A <see cref="JournalEntryKind.PointRetentionChanged"/>.</param>
    public void ApplyRetentionChange(in JournalEntry change) => VaultExpiry = RowTime.Of(change.VaultExpiry);

    /// <param name="deleted">A <see cref="JournalEntryKind.PointDeleted"/>.</param>
    public void Delete(in JournalEntry deleted)
    {
        DeletedAt = RowTime.Of(deleted.At);
        DeleteReason = deleted.Reason;
    }
}
