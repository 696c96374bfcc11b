using NodaTime;

namespace Simulator.Core.Journal;

public sealed record ProtectionStateChanged(Instant At, string VaultName, string ItemName, string From, string To) : DomainEvent(At)
{
    public override string? Vault => VaultName;

    public override string? Item => ItemName;

    public override string What => "Protection state";

    public override string State => To;
}
