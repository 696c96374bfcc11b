using NodaTime;

namespace Simulator.Core.Journal;

public sealed record DataSourceAdded(Instant At, string Name, string Type, string Region) : DomainEvent(At)
{
    public override string? Item => Name;

    public override string What => $"{Type} added";

    public override string State => Region;
}
