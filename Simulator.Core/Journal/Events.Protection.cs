using NodaTime;

namespace Simulator.Core.Journal;

public sealed record ProtectionConfigured(Instant At, string VaultName, string ItemName, string PolicyName) : DomainEvent(At)
{
    public override string? Vault => VaultName;

    public override string? Item => ItemName;

    public override string What => "Protection configured";

    public override string State => PolicyName;
}

public sealed record ProtectionStateChanged(Instant At, string VaultName, string ItemName, string From, string To) : DomainEvent(At)
{
    public override string? Vault => VaultName;

    public override string? Item => ItemName;

    public override string What => "Protection state";

    public override string State => To;
}

public sealed record ItemPolicyChanged(Instant At, string VaultName, string ItemName, string PolicyName) : DomainEvent(At)
{
    public override string? Vault => VaultName;

    public override string? Item => ItemName;

    public override string What => "Policy applied";

    public override string State => PolicyName;
}

/// <summary>The item's soft-delete state changed: soft-deleted (with its purge time), undeleted, or purged.</summary>
public sealed record ItemDeleteStateChanged(Instant At, string VaultName, string ItemName, string Change, Instant? PurgeAt) : DomainEvent(At)
{
    public override string? Vault => VaultName;

    public override string? Item => ItemName;

    public override string What => "Delete state";

    public override string State => PurgeAt is { } purge ? $"{Change} until {purge}" : Change;
}
