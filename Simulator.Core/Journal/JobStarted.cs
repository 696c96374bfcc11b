using NodaTime;

namespace Simulator.Core.Journal;

public sealed record JobStarted(Instant At, string VaultName, string ItemName, string Id, string Operation, string Trigger) : DomainEvent(At)
{
    public override string? Vault => VaultName;

    public override string? Item => ItemName;

    public override string? JobId => Id;

    public override string What => Operation;

    public override string State => Trigger.Length == 0 ? "InProgress" : $"InProgress ({Trigger})";
}
