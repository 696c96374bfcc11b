using NodaTime;

namespace Simulator.Core.Journal;

/// <summary>A point's tier changed: its vault copy arrived, or its snapshot expired.</summary>
public sealed record RecoveryPointTierChanged(Instant At, string VaultName, string ItemName, long PointId, string Tier, string Reason, double VaultSizeGb) : DomainEvent(At)
{
    public override string? Vault => VaultName;

    public override string? Item => ItemName;

    public override string What => $"Point {PointId}";

    public override string State => $"{Tier} ({Reason})";
}
