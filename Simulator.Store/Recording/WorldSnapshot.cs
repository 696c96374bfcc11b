using Simulator.Core;
using Simulator.Core.DataSources;
using Simulator.Core.Protection;
using Simulator.Scenarios.Running;
using Simulator.Store.Rows;
using Simulator.Store.Schema;

namespace Simulator.Store.Recording;

/// <summary>Reads the world into rows on the engine's thread, so the writer thread never touches live objects.</summary>
internal static class WorldSnapshot
{
    public static WorldRows Take(Simulation sim) => new(
        sim.Vaults.Select(v => new VaultRow(v.Name.Value, v.Region, v.StorageRedundancy.ToString(), Flag(v.SoftDeleteEnabled), v.SoftDeleteRetentionDays, Flag(v.CrossRegionRestore))).ToList(),
        sim.Vaults.SelectMany(v => v.Policies.Select(p => new PolicyRow(v.Name.Value, p.Name, p.Kind.ToString(), Core.Policies.PolicySummary.Describe(p), InstantHandler.Format(p.SavedAt)))).ToList(),
        sim.DataSources.Select(Source).ToList(),
        Items(sim));

    public static IReadOnlyList<ItemRow> Items(Simulation sim) => sim.Items.Select(Item).ToList();

    public static IReadOnlyList<OutcomeRow> Outcomes(IEnumerable<ExpectationOutcome> outcomes) =>
        outcomes.Select(o => new OutcomeRow(o.Location.ToString(), o.Subject, o.Expected, o.Actual, InstantHandler.Format(o.At), Flag(o.Passed))).ToList();

    private static DataSourceRow Source(DataSource source)
    {
        var vm = source as AzureVm;
        return new DataSourceRow(source.Name, source.Type.ToString(), source.Region, vm?.ResourceGroup, vm?.Os.ToString(), vm?.PowerState.ToString(), vm?.AgentStatus.ToString(),
            source.UsedSizeGb, source.DailyChurnGb, source.ThroughputMBps);
    }

    private static ItemRow Item(ProtectedItem item) => new(
        item.Name, item.Vault.Name.Value, item.PolicyName, item.State.ToString(), item.DeleteState.ToString(), item.LastBackupStatus.ToString(), item.Health.ToString(),
        InstantHandler.Format(item.LastBackupTime), InstantHandler.Format(item.LatestRecoveryPoint?.Time));

    private static long Flag(bool value) => value ? 1 : 0;
}
