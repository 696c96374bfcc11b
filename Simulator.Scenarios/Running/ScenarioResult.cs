using NodaTime;

namespace Simulator.Scenarios.Running;

/// <summary>What a replay of one scenario found.</summary>
public sealed record ScenarioResult(string File, string Name, long Seed, Instant Start, Instant StoppedAt, IReadOnlyList<ExpectationOutcome> Outcomes, long EventsProcessed)
{
    public bool Passed => Outcomes.All(o => o.Passed);

    public IEnumerable<ExpectationOutcome> Failures => Outcomes.Where(o => !o.Passed);
}
