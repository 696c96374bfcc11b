using NodaTime;

namespace Simulator.Core.Journal;

public sealed record PolicySaved(Instant At, string VaultName, string PolicyName, string Summary) : DomainEvent(At)
{
    public override string? Vault => VaultName;

    public override string What => $"Policy {PolicyName}";

    public override string State => Summary;
}
