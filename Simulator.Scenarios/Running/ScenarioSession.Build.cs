using Simulator.Core.Journal;

namespace Simulator.Scenarios.Running;

/// <summary>What the scenario did before its clock started: the events of building its world.</summary>
public sealed partial class ScenarioSession
{
    /// <summary>How many of the world's last build events a session keeps: a screen's log holds fewer.</summary>
    public const int WorldBuildEventsKept = 256;

    private readonly Queue<DomainEvent> _worldBuildEvents = new();

    /// <summary>True until the session publishes anything after building its world: no engine event ran and no one acted.</summary>
    public bool IsAsBuilt => Simulation.Engine.ProcessedEvents == 0 && _performed.Count == 0;

    /// <summary>The last <see cref="WorldBuildEventsKept"/> events of building the scenario's world (vaults created,
    /// policies saved, protection configured), oldest first.</summary>
    /// <remarks>
    /// They are published while the session is being made, before whoever is handed it can follow its journal (the
    /// dashboard's log opened empty), so the session keeps them; a fleet's thousands of items leave only the last.
    /// </remarks>
    public IReadOnlyCollection<DomainEvent> WorldBuildEvents => _worldBuildEvents;

    private void KeepWorldBuildEvent(DomainEvent e)
    {
        if (_worldBuildEvents.Count == WorldBuildEventsKept)
        {
            _worldBuildEvents.Dequeue();
        }

        _worldBuildEvents.Enqueue(e);
    }
}
