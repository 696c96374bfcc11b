using NodaTime;

namespace Simulator.Core.Journal;

public sealed record VaultCreated(Instant At, string VaultName, string Region, string Redundancy) : DomainEvent(At)
{
    public override string? Vault => VaultName;

    public override string What => "Vault created";

    public override string State => $"{Region} {Redundancy}";
}
