using NodaTime;

namespace Simulator.Core.Journal;

public sealed record ItemPolicyChanged(Instant At, string VaultName, string ItemName, string PolicyName) : DomainEvent(At)
{
    public override string? Vault => VaultName;

    public override string? Item => ItemName;

    public override string What => "Policy applied";

    public override string State => PolicyName;
}
