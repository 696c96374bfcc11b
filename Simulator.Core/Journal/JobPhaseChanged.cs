using NodaTime;

namespace Simulator.Core.Journal;

public sealed record JobPhaseChanged(Instant At, string VaultName, string ItemName, string Id, string Phase, string Status) : DomainEvent(At)
{
    public override string? Vault => VaultName;

    public override string? Item => ItemName;

    public override string? JobId => Id;

    public override string What => Phase;

    public override string State => Status;
}
