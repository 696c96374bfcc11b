using NodaTime;
using Simulator.Core.Journal;
using Simulator.Scenarios.Model;

namespace Simulator.Scenarios.Running;

/// <summary>Replays a scenario headless, as fast as the engine goes.</summary>
public static class ScenarioRunner
{
    /// <param name="definition">The scenario, read with the seed it runs with.</param>
    /// <param name="until">Stops early; checks due later are not made.</param>
    /// <param name="journal">Receives every domain event, in order.</param>
    public static ScenarioResult Run(ScenarioDefinition definition, Instant? until = null, Action<DomainEvent>? journal = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return Run(new ScenarioSession(definition, journal), until);
    }

    /// <summary>Replays a session built by the caller (one that records it, say) to its end or to <paramref name="until"/>.</summary>
    /// <param name="session">The session, at its start or wherever it stands.</param>
    /// <param name="until">Stops early; checks due later are not made. Before the start, nothing runs (<see cref="ScenarioResult.Skipped"/>).</param>
    /// <param name="cancel">Looked at between virtual days: a run stopped by a person (Ctrl+C) stops there, between two events.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> was cancelled; the session stands where it stopped.</exception>
    public static ScenarioResult Run(ScenarioSession session, Instant? until = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        var header = session.Definition.Header;
        if (until is { } before && before < header.Start)
        {
            return Result(session, stoppedAt: before, processed: 0);
        }

        var stop = until is { } early && early < session.End ? early : session.End;

        // Running a day at a time changes nothing (the dashboard runs in far smaller steps); it only gives a person
        // who stops the run a place to stop it.
        for (var next = session.Simulation.Now + Duration.FromDays(1); next < stop; next += Duration.FromDays(1))
        {
            cancel.ThrowIfCancellationRequested();
            session.RunUntil(next);
        }

        cancel.ThrowIfCancellationRequested();
        session.RunUntil(stop);
        return Result(session, session.Simulation.Now, session.Simulation.Engine.ProcessedEvents);
    }

    private static ScenarioResult Result(ScenarioSession session, Instant stoppedAt, long processed)
    {
        var header = session.Definition.Header;
        return new ScenarioResult(session.Definition.File, header.Name, session.Seed, header.Start, header.End, stoppedAt, session.Outcomes, processed)
        {
            FileSeed = header.FileSeed,
            NotMade = session.ChecksNotMade(),
            DisplayZone = header.DisplayZone,
            LateSteps = [.. session.LateSteps],
        };
    }
}
