using NodaTime;

namespace Simulator.Scenarios.Running;

/// <summary>What a replay of one scenario found.</summary>
public sealed record ScenarioResult(string File, string Name, long Seed, Instant Start, Instant End, Instant StoppedAt, IReadOnlyList<ExpectationOutcome> Outcomes, long EventsProcessed)
{
    /// <summary>True when the run stopped before the scenario's end (<c>--until</c>); checks due later were not made.</summary>
    public bool StoppedEarly => StoppedAt < End;

    public bool Passed => Outcomes.All(o => o.Passed);

    public IEnumerable<ExpectationOutcome> Failures => Outcomes.Where(o => !o.Passed);
}
