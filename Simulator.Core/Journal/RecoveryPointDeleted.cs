using NodaTime;

namespace Simulator.Core.Journal;

public sealed record RecoveryPointDeleted(Instant At, string VaultName, string ItemName, long PointId, string Reason) : DomainEvent(At)
{
    public override string? Vault => VaultName;

    public override string? Item => ItemName;

    public override string What => $"Point {PointId}";

    public override string State => $"Deleted ({Reason})";
}
