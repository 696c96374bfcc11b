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
        var session = new ScenarioSession(definition, seed, journal);
        var stop = until is { } u && u < session.End ? u : session.End;
        session.RunUntil(stop);
        if (stop < session.End)
        {
            session.Simulation.RunUntil(stop);
        }

        return new ScenarioResult(definition.File, definition.Header.Name, session.Seed, definition.Header.Start, definition.Header.End, session.Simulation.Now, session.Outcomes, session.Simulation.Engine.ProcessedEvents);
    }
}
