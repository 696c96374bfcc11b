using Simulator.Core;
using Simulator.Core.Journal;

namespace Simulator.Scenarios.Running;

/// <summary>What the scenario did before its clock started: the events of building its world.</summary>
public sealed partial class ScenarioSession
{
    /// <summary>True until the session publishes anything after building its world: no engine event ran and no one acted.</summary>
    public bool IsAsBuilt => Simulation.Engine.ProcessedEvents == 0 && _performed.Count == 0;

    /// <summary>The last <paramref name="count"/> events of building the scenario's world (vaults created, policies saved,
    /// protection configured), oldest first.</summary>
    /// <remarks>
    /// They were published while the session was being made, before whoever is handed it could follow its journal
    /// (the dashboard's log opened empty). So the world is built again, in a simulation of its own: the build is
    /// deterministic, its randomness drawn from the scenario's seed, so these are the very events it published.
    /// </remarks>
    /// <param name="count">How many of the last events to return.</param>
    public IReadOnlyCollection<DomainEvent> WorldBuildEvents(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var again = new Simulation(Definition.Header.Start, Seed, Definition.Settings);
        var recorder = new JournalRecorder(again.Journal, count);
        WorldBuilder.Build(again, Definition);
        return recorder.Events;
    }
}
