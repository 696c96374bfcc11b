using NodaTime;

namespace Simulator.Core.Journal;

public sealed record ProtectionConfigured(Instant At, string VaultName, string ItemName, string PolicyName) : DomainEvent(At)
{
    public override string? Vault => VaultName;

    public override string? Item => ItemName;

    public override string What => "Protection configured";

    public override string State => PolicyName;
}
