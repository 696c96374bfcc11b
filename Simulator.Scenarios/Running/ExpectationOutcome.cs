using NodaTime;
using Simulator.Scenarios.Model;

namespace Simulator.Scenarios.Running;

/// <summary>One assertion of a scenario, checked: what was expected, what was found, when.</summary>
public sealed record ExpectationOutcome(SourceLocation Location, string Subject, string Expected, string Actual, Instant At, bool Passed);
