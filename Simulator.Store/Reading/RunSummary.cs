using NodaTime;

namespace Simulator.Store.Reading;

/// <summary>A recorded run in one line: which scenario, which seed, how far it got, how it ended.</summary>
/// <param name="Checks">Expectations checked; null until the run completed.</param>
/// <param name="FailedChecks">Expectations that did not hold; null until the run completed.</param>
public sealed record RunSummary(string ScenarioName, string ScenarioFile, long Seed, Instant Start, Instant End, RunMode Mode, bool IsComplete, Instant Reached, long Events, long? Checks, long? FailedChecks)
{
    /// <summary>True when the run completed before its scenario's end: it was recorded with <c>--until</c>, and its figures stop at <see cref="Reached"/>.</summary>
    public bool IsStoppedEarly => IsComplete && Reached < End;
}
