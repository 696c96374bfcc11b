using NodaTime;

namespace Simulator.Core.Journal;

public sealed record RecoveryPointCreated(Instant At, string VaultName, string ItemName, long PointId, string Tag, string Consistency, bool IsFull) : DomainEvent(At)
{
    public override string? Vault => VaultName;

    public override string? Item => ItemName;

    public override string What => $"Point {PointId}";

    public override string State => $"Snapshot {Tag} {Consistency}{(IsFull ? " full" : string.Empty)}";
}

/// <summary>A point's tier changed: its vault copy arrived, or its snapshot expired.</summary>
public sealed record RecoveryPointTierChanged(Instant At, string VaultName, string ItemName, long PointId, string Tier, string Reason) : DomainEvent(At)
{
    public override string? Vault => VaultName;

    public override string? Item => ItemName;

    public override string What => $"Point {PointId}";

    public override string State => $"{Tier} ({Reason})";
}

public sealed record RecoveryPointDeleted(Instant At, string VaultName, string ItemName, long PointId, string Reason) : DomainEvent(At)
{
    public override string? Vault => VaultName;

    public override string? Item => ItemName;

    public override string What => $"Point {PointId}";

    public override string State => $"Deleted ({Reason})";
}
