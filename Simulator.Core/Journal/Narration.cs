using NodaTime;

namespace Simulator.Core.Journal;

/// <summary>A line of narration from a scenario, for training and demos.</summary>
public sealed record Narration(Instant At, string Text) : DomainEvent(At)
{
    public override string What => "Narration";

    public override string State => Text;
}
