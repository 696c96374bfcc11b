using NodaTime;

namespace Simulator.Core.Journal;

/// <summary>A change to a data source: deleted, deallocated, started, its agent, a scripted fault.</summary>
public sealed record DataSourceChanged(Instant At, string Name, string Change, string Value) : DomainEvent(At)
{
    public override string? Item => Name;

    public override string What => Change;

    public override string State => Value;
}
