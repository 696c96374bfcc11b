using NodaTime;

namespace Simulator.Core.Journal;

public sealed record VaultSettingChanged(Instant At, string VaultName, string Setting, string Value) : DomainEvent(At)
{
    public override string? Vault => VaultName;

    public override string What => Setting;

    public override string State => Value;
}
