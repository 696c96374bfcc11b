using NodaTime;
using Simulator.Scenarios.Model;

namespace Simulator.Scenarios.Running;

/// <summary>One assertion of a scenario, checked: what was expected, what was found, when.</summary>
/// <remarks>
/// <see cref="Subject"/> may name what the run found (the time of the point checked); <see cref="Name"/> is the
/// check as the file states it, which a CI server keys a test's history on, so it must not change from run to run.
/// </remarks>
public sealed record ExpectationOutcome(SourceLocation Location, string Subject, string Expected, string Actual, Instant At, bool Passed)
{
    /// <summary>The check as the file states it, the same whatever the run found; the subject when that holds nothing found.</summary>
    public string Name { get; init; } = Subject;
}
