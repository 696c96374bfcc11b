using NodaTime;

namespace Simulator.Core.Journal;

public sealed record VaultCreated(Instant At, string VaultName, string Region, string Redundancy) : DomainEvent(At)
{
    public override string? Vault => VaultName;

    public override string What => "Vault created";

    public override string State => $"{Region} {Redundancy}";
}

public sealed record VaultSettingChanged(Instant At, string VaultName, string Setting, string Value) : DomainEvent(At)
{
    public override string? Vault => VaultName;

    public override string What => Setting;

    public override string State => Value;
}

public sealed record PolicySaved(Instant At, string VaultName, string PolicyName, string Summary) : DomainEvent(At)
{
    public override string? Vault => VaultName;

    public override string What => $"Policy {PolicyName}";

    public override string State => Summary;
}

public sealed record DataSourceAdded(Instant At, string Name, string Type, string Region) : DomainEvent(At)
{
    public override string? Item => Name;

    public override string What => $"{Type} added";

    public override string State => Region;
}

/// <summary>A change to a data source: deleted, deallocated, started, its agent, a scripted fault.</summary>
public sealed record DataSourceChanged(Instant At, string Name, string Change, string Value) : DomainEvent(At)
{
    public override string? Item => Name;

    public override string What => Change;

    public override string State => Value;
}

/// <summary>A line of narration from a scenario, for training and demos.</summary>
public sealed record Narration(Instant At, string Text) : DomainEvent(At)
{
    public override string What => "Narration";

    public override string State => Text;
}
