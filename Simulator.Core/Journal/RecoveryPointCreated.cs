using NodaTime;

namespace Simulator.Core.Journal;

/// <summary>A point was taken; the expiries are those planned for its tiers (the vault one applies once the copy arrives).</summary>
public sealed record RecoveryPointCreated(Instant At, string VaultName, string ItemName, long PointId, string Tag, string Consistency, bool IsFull, Instant? SnapshotExpiry, Instant VaultExpiry) : DomainEvent(At)
{
    public override string? Vault => VaultName;

    public override string? Item => ItemName;

    public override string What => $"Point {PointId}";

    public override string State => $"Snapshot {Tag} {Consistency}{(IsFull ? " full" : string.Empty)}";
}
