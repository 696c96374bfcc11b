using NodaTime;
using Simulator.Core.Service;

namespace Simulator.Core.Journal;

/// <summary>A line of narration from a scenario, for training and demos.</summary>
public sealed record Narration(Instant At, string Text) : DomainEvent(At)
{
    /// <summary>The refusal of a scenario's step this narration tells of, worded in <see cref="Text"/> as the journal words it; null for a scenario's own words.</summary>
    /// <remarks>Kept so that a screen words it as it words the same refusal of a person's key (<see cref="OperationRefusedException.MessageIn"/>).</remarks>
    public OperationRefusedException? Refusal { get; init; }

    public override string What => "Narration";

    public override string State => Text;
}
