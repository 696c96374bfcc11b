using Simulator.Core;
using Simulator.Core.DataSources;
using Simulator.Scenarios.Model;

namespace Simulator.Scenarios.Running;

/// <summary>Builds a scenario's world at its start through the core's commands.</summary>
internal static class WorldBuilder
{
    public static void Build(Simulation sim, ScenarioDefinition definition) => Build(sim, definition.Vaults, definition.DataSources);

    public static void Build(Simulation sim, IReadOnlyList<VaultDefinition> vaults, IReadOnlyList<DataSourceDefinition> sources)
    {
        foreach (var vault in vaults)
        {
            var created = sim.CreateVault(vault.Name, vault.Region, vault.Redundancy, vault.SoftDeleteEnabled, vault.SoftDeleteDays, vault.CrossRegionRestore);
            foreach (var policy in vault.Policies)
            {
                sim.SavePolicy(created, policy);
            }
        }

        foreach (var source in sources)
        {
            DataSource added = source.Mars is { } server
                ? sim.AddMarsServer(server, sim.FindVault(source.Vault!)!)
                : sim.AddVirtualMachine(source.Vm!);
            if (source.Vault is { } vault && source.Policy is { } policy)
            {
                sim.ConfigureProtection(sim.FindVault(vault)!, added, policy);
            }
        }
    }
}
