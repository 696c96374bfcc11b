using Simulator.Core.Service;

namespace Simulator.Scenarios.Model;

/// <summary>A whole scenario file, read and checked: header, world, timeline and expectations.</summary>
public sealed record ScenarioDefinition(
    string File,
    ScenarioHeader Header,
    SimulationSettings Settings,
    IReadOnlyList<VaultDefinition> Vaults,
    IReadOnlyList<DataSourceDefinition> DataSources,
    IReadOnlyList<StepDefinition> Steps,
    IReadOnlyList<ExpectationDefinition> Expectations)
{
    /// <summary>How many checks a run of the scenario to its end makes: each expectation's assertions, and each step
    /// that expects its action to be refused.</summary>
    /// <remarks>A failing run can report more: a step whose action is refused unexpectedly, or that never ran, is a
    /// failed check of its own.</remarks>
    public int Checks => Expectations.Sum(e => e.Checks) + Steps.Count(s => s.ExpectRefusal is not null);

    /// <summary>The other files the scenario was read from (the policy files it imports), as full paths.</summary>
    public IReadOnlyList<string> ImportedFiles { get; init; } = [];
}
