using NodaTime;

namespace Simulator.Core.Journal;

/// <summary>A point's tiers changed: its vault copy arrived (as the full copy, or an increment), its snapshot expired, or its vault copy became the full one.</summary>
public sealed record RecoveryPointTierChanged(Instant At, string VaultName, string ItemName, long PointId, string Tier, string Reason, double VaultSizeGb) : DomainEvent(At)
{
    /// <summary>The reason given when the point's vault copy arrived, holding the churn since the vault point before it.</summary>
    public const string TransferredToVault = "transferred to vault";

    /// <summary>The reason given when the point's vault copy arrived as the item's full copy: from then on the point is full.</summary>
    public const string FullCopyTransferredToVault = "full copy transferred to vault";

    /// <summary>The reason given when the point's snapshot expired, leaving its vault copy.</summary>
    public const string SnapshotExpired = "snapshot expired";

    /// <summary>The reason given when the full copy before the point expired and the point took its place (its size changes).</summary>
    public const string BecameFullBaseline = "now the full baseline";

    public override string? Vault => VaultName;

    public override string? Item => ItemName;

    public override string What => $"Point {PointId}";

    public override string State => $"{Tier} ({Reason})";
}
