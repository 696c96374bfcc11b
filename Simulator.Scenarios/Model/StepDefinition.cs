namespace Simulator.Scenarios.Model;

/// <summary>A step of the timeline: when, what to do, what to say, and whether a refusal is expected.</summary>
/// <param name="ExpectRefusal">Null when the action must succeed; otherwise text the refusal's reason must contain (empty for any).</param>
public sealed record StepDefinition(SourceLocation Location, StepTiming Timing, ScenarioAction? Action, string? Say, string? ExpectRefusal);
