using Simulator.Scenarios.Model;
using Simulator.Scenarios.Running;

namespace Simulator.Tui.Cli;

/// <summary>One scenario file a command was given, as loaded: its definition, or its mistakes.</summary>
internal sealed record ScenarioLoad(string File, ScenarioDefinition? Definition, InvalidScenario? Invalid)
{
    /// <summary>The policy files the scenario names that exist, full paths, whether it loaded or not: no report may replace them.</summary>
    public IReadOnlyList<string> ImportedFiles { get; init; } = Definition?.ImportedFiles ?? [];
}
