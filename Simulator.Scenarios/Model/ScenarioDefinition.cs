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
    IReadOnlyList<ExpectationDefinition> Expectations);
