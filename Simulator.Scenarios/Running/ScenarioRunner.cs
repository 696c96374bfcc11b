using NodaTime;
using Simulator.Core.Journal;
using Simulator.Scenarios.Model;

namespace Simulator.Scenarios.Running;

/// <summary>Replays a scenario headless, as fast as the engine goes.</summary>
public static class ScenarioRunner
{
    /// <param name="definition">The scenario.</param>
    /// <param name="seed">Overrides its seed.</param>
    /// <param name="until">Stops early; checks due later are not made.</param>
    /// <param name="journal">Receives every domain event, in order.</param>
    public static ScenarioResult Run(ScenarioDefinition definition, long? seed = null, Instant? until = null, Action<DomainEvent>? journal = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return Run(new ScenarioSession(definition, seed, journal), until);
    }

    /// <summary>Replays a session built by the caller (one that records it, say) to its end or to <paramref name="until"/>.</summary>
    public static ScenarioResult Run(ScenarioSession session, Instant? until = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        session.RunUntil(until is { } stop && stop < session.End ? stop : session.End);
        var header = session.Definition.Header;
        return new ScenarioResult(session.Definition.File, header.Name, session.Seed, header.Start, header.End, session.Simulation.Now, session.Outcomes, session.Simulation.Engine.ProcessedEvents);
    }
}
