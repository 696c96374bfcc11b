using Simulator.Scenarios.Model;

namespace Simulator.Scenarios.Running;

/// <summary>A check the scenario states that a run stopped before (<c>--until</c>): named as it would have been made.</summary>
/// <remarks>
/// Its <see cref="Name"/> and <see cref="When"/> are those of the <see cref="ExpectationOutcome"/> it would have given,
/// so a CI server keeps one history for the check whether a run made it or stopped before it.
/// </remarks>
public sealed record CheckNotMade(SourceLocation Location, string Name, string When, string Expected)
{
    /// <summary>The check as the reports name it, as <see cref="ExpectationOutcome.StatedName"/> names a check made.</summary>
    public string StatedName => ExpectationOutcome.Stated(Name, When);
}
