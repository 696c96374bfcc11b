using Simulator.Core.DataSources;
using Simulator.Core.Service;
using Simulator.Core.Vaults;

namespace Simulator.Scenarios.Parsing;

internal sealed partial class TimelineProbe
{
    /// <summary>Changes the vault's storage redundancy as a <c>setRedundancy</c> step does; the core's refusal, or null when it is changed.</summary>
    /// <remarks>
    /// The core locks the redundancy once any item is protected in the vault, for good: a vault that protects an item
    /// at the start, or in a <c>configureProtection</c> step above, is locked here too (<see cref="Lock"/>), and nothing
    /// a run does after can lift it. What the redundancy is by then, which steps move back and forth before the lock,
    /// is not judged: cross-region restore, which needs GRS, is left to the run.
    /// </remarks>
    public OperationRefusedException? SetRedundancy(string vault, StorageRedundancy redundancy) =>
        World.FindVault(vault) is { } v ? RefusalOf(() => World.SetStorageRedundancy(v, redundancy)) : null;

    /// <summary>Locks the vault's redundancy as its first protected item does, by protecting a stand-in VM in it.</summary>
    /// <remarks>
    /// The lock is the core's to decide (<see cref="Vault.IsRedundancyLocked"/>), so the probe protects an item as the
    /// run does; not the data source itself, whose item would make the core refuse to protect it again for a reason
    /// of the run (already protected), but a VM the file can't name: a control character is refused in every name.
    /// </remarks>
    private void Lock(string vault)
    {
        if (World.FindVault(vault) is not { IsRedundancyLocked: false } v)
        {
            return;
        }

        var standIn = World.FindDataSource(StandInName(v)) ?? Attempt(() => World.AddVirtualMachine(new VmSpec(StandInName(v), v.Region)));
        if (standIn is not null)
        {
            Attempt(() => World.ConfigureProtection(v, standIn));
        }
    }

    private static string StandInName(Vault vault) => $"\u0001lock {vault.Name}";
}
