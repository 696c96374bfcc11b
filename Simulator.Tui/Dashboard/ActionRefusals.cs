using Simulator.Core;
using Simulator.Core.DataSources;
using Simulator.Core.Jobs;
using Simulator.Core.Protection;
using Simulator.Core.Service;
using Simulator.Core.Vaults;
using Simulator.Scenarios.Model;
using Simulator.Tui.Dashboard.Input;

namespace Simulator.Tui.Dashboard;

/// <summary>The one place an action's key meets the core's question of whether it would be refused whatever is then chosen.</summary>
/// <remarks>
/// The controller asks it before opening a confirmation or a menu, and shows the refusal at once; the footer asks it
/// to leave out what would only be refused, as the portal greys out what doesn't apply. The core decides: these are
/// its refusal queries (lookups, nothing is changed), never a copy of its rules.
/// </remarks>
internal static class ActionRefusals
{
    /// <summary>Why the core would refuse <paramref name="command"/> on <paramref name="item"/> whatever is chosen after it; null when it may be asked, or when the core has no such question.</summary>
    public static OperationRefusedException? Of(Simulation simulation, ProtectedItem item, CommandKind command)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentNullException.ThrowIfNull(item);
        return QueryOf(command)?.Invoke(simulation, item);
    }

    /// <summary>Why the core would refuse <paramref name="command"/> on <paramref name="job"/>; null when it may be asked, or when the core has no such question.</summary>
    public static OperationRefusedException? Of(Simulation simulation, BackupJob job, CommandKind command)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentNullException.ThrowIfNull(job);
        return JobQueryOf(command)?.Invoke(simulation, job);
    }

    /// <summary>Why the core would refuse what was chosen in an action's menu, before its confirmation is asked; null when it may be asked.</summary>
    /// <remarks>
    /// Of the ways to stop protection, some may be refused while others are taken (an item already stopped can only
    /// have its data deleted, and that waits for a running backup): the one chosen is asked, so that nobody confirms it,
    /// or types the item's name, only to be refused.
    /// </remarks>
    public static OperationRefusedException? OfChoice(Simulation simulation, PendingAction action)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentNullException.ThrowIfNull(action);
        return action.Kind == ActionVerb.StopProtection && simulation.FindItem(action.Target) is { } item
            ? simulation.StopRefusal(item, action.Mode)
            : null;
    }

    /// <summary>What <paramref name="vault"/> could protect: the data sources the core would protect there with some policy, in the simulation's order.</summary>
    public static IEnumerable<DataSource> Protectable(Simulation simulation, Vault vault)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentNullException.ThrowIfNull(vault);
        return simulation.DataSources.Where(source => simulation.ConfigureProtectionRefusal(vault, source) is null);
    }

    /// <summary>The deleted VMs of <paramref name="vault"/>'s region, which the core would re-create, in the simulation's order.</summary>
    /// <remarks>What X on the vault list offers: a VM whose data was purged, or that was never protected, has no item to press X on.</remarks>
    public static IEnumerable<AzureVm> Recreatable(Simulation simulation, Vault vault)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentNullException.ThrowIfNull(vault);
        // Only a deleted VM is asked about: the core words a refusal for each VM that exists, thousands of them in a fleet.
        return simulation.DataSources.OfType<AzureVm>().Where(vm => !vm.Exists && vm.Region == vault.Region && simulation.RecreateVirtualMachineRefusal(vm) is null);
    }

    /// <summary>Whether a VM of the world is deleted, kept until the world's setup changes: whether X on the vault list can apply at all.</summary>
    /// <remarks>Help and the footer ask it at every frame, and a fleet has thousands of VMs to look through.</remarks>
    public static bool AnyDeletedVm(DashboardWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        if (world.DeletedVmCache is (var version, var cached) && version == world.SetupVersion)
        {
            return cached;
        }

        var any = world.Simulation.DataSources.OfType<AzureVm>().Any(vm => !vm.Exists);
        world.DeletedVmCache = (world.SetupVersion, any);
        return any;
    }

    /// <summary>The names of <paramref name="vault"/>'s policies that the core says fit <paramref name="source"/>, in the vault's order.</summary>
    /// <remarks>A MARS server takes MARS policies, a VM the others (<see cref="Simulation.PolicyRefusal"/>): what a policy menu lists.</remarks>
    public static List<string> FittingPolicies(Simulation simulation, Vault vault, DataSource source)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentNullException.ThrowIfNull(vault);
        ArgumentNullException.ThrowIfNull(source);
        return [.. vault.Policies.Where(policy => simulation.PolicyRefusal(source, policy) is null).Select(policy => policy.Name)];
    }

    /// <summary>The policies <paramref name="item"/> could resume with: those of its vault that fit its data source.</summary>
    /// <remarks>
    /// The resume menu lists them, and the footer leaves the key out where there is none. One that fits may still be
    /// refused once chosen, for a reason that depends on the item's history (Enhanced never goes back to Standard).
    /// </remarks>
    public static List<string> ResumeTargets(Simulation simulation, ProtectedItem item)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentNullException.ThrowIfNull(item);
        return FittingPolicies(simulation, item.Vault, item.DataSource);
    }

    /// <summary>The policies <paramref name="item"/> could be switched to: those of its vault that fit its data source, but the one it has.</summary>
    /// <remarks>
    /// The switch-policy menu lists them, and the footer leaves the key out where there is none: switching to the
    /// policy an item already has would change nothing.
    /// </remarks>
    public static List<string> SwitchTargets(Simulation simulation, ProtectedItem item)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentNullException.ThrowIfNull(item);
        var fitting = FittingPolicies(simulation, item.Vault, item.DataSource);
        fitting.Remove(item.PolicyName);
        fitting.RemoveAll(name => simulation.ChangePolicyRefusal(item, name) is not null);
        return fitting;
    }

    /// <summary>True when pressing <paramref name="command"/>'s key now could only say why not: there is nothing to act on, or the core refuses it whatever is chosen.</summary>
    /// <remarks>
    /// Asked by the footer on every frame, so only of the selected item, the selected job and the vault in view. A
    /// resume, or a switch of policy, is refused whatever is chosen when its menu would have nothing to list
    /// (<see cref="ResumeTargets"/>, <see cref="SwitchTargets"/>).
    /// </remarks>
    public static bool RefusedWhateverChosen(DashboardState state, CommandKind command)
    {
        ArgumentNullException.ThrowIfNull(state);
        return command switch
        {
            CommandKind.ConfigureProtection => ItemQuery.VaultInView(state) is not { } vault || !Offers(state.World, vault).Protect,
            CommandKind.RecreateDeletedVm => ItemQuery.VaultInView(state) is not { } deletedIn || !Offers(state.World, deletedIn).Recreate,
            CommandKind.ResumeProtection => ItemQuery.Selected(state) is not { } resumed
                || state.World.Simulation.ResumeRefusal(resumed) is not null
                || ResumeTargets(state.World.Simulation, resumed).Count == 0,
            CommandKind.ChangePolicy => ItemQuery.Selected(state) is not { } switched
                || state.World.Simulation.ChangePolicyRefusal(switched) is not null
                || SwitchTargets(state.World.Simulation, switched).Count == 0,
            _ when QueryOf(command) is { } query => ItemQuery.Selected(state) is not { } item || query(state.World.Simulation, item) is not null,
            _ when JobQueryOf(command) is { } query => JobQuery.Selected(state) is not { } job || query(state.World.Simulation, job) is not null,
            _ => false,
        };
    }

    /// <summary>The core's question of whether an item action would be refused whatever is chosen; null for a command the core has none for.</summary>
    /// <remarks>
    /// The VM faults act on the item's data source, and the power and agent toggles choose their state from the VM's. On a MARS server
    /// they are not asked here: they never apply there, which the key help and the controller say themselves.
    /// </remarks>
    private static Func<Simulation, ProtectedItem, OperationRefusedException?>? QueryOf(CommandKind command) => command switch
    {
        CommandKind.BackupNow => static (simulation, item) => simulation.BackupNowRefusal(item),
        CommandKind.StopProtection => static (simulation, item) => simulation.StopRefusal(item),
        CommandKind.ResumeProtection => static (simulation, item) => simulation.ResumeRefusal(item),
        CommandKind.ChangePolicy => static (simulation, item) => simulation.ChangePolicyRefusal(item),
        CommandKind.DeleteBackupData => static (simulation, item) => simulation.DeleteBackupDataRefusal(item),
        CommandKind.Undelete => static (simulation, item) => simulation.UndeleteRefusal(item),
        CommandKind.DeleteVm => static (simulation, item) => item.DataSource is AzureVm vm ? simulation.DeleteVirtualMachineRefusal(vm) : null,
        CommandKind.RecreateVm => static (simulation, item) => item.DataSource is AzureVm vm ? simulation.RecreateVirtualMachineRefusal(vm) : null,
        CommandKind.TogglePower => static (simulation, item) => item.DataSource is AzureVm vm ? simulation.SetPowerStateRefusal(vm, PowerAfterToggle(vm)) : null,
        CommandKind.ToggleAgent => static (simulation, item) => item.DataSource is AzureVm vm ? simulation.SetAgentStatusRefusal(vm, AgentAfterToggle(vm)) : null,
        _ => null,
    };

    /// <summary>The core's question of whether a job action would be refused; null for a command the core has none for.</summary>
    private static Func<Simulation, BackupJob, OperationRefusedException?>? JobQueryOf(CommandKind command) => command switch
    {
        CommandKind.CancelJob => static (simulation, job) => simulation.CancelJobRefusal(job),
        _ => null,
    };

    /// <summary>The power state the power key moves the VM to: a running VM is deallocated, a deallocated one started.</summary>
    public static PowerState PowerAfterToggle(AzureVm vm)
    {
        ArgumentNullException.ThrowIfNull(vm);
        return vm.PowerState == PowerState.Running ? PowerState.Deallocated : PowerState.Running;
    }

    /// <summary>The status the agent key sets the VM agent to: a healthy agent is broken, a broken or missing one repaired.</summary>
    public static VmAgentStatus AgentAfterToggle(AzureVm vm)
    {
        ArgumentNullException.ThrowIfNull(vm);
        return vm.AgentStatus == VmAgentStatus.Healthy ? VmAgentStatus.Unhealthy : VmAgentStatus.Healthy;
    }

    /// <summary>Whether <paramref name="vault"/> could protect anything, and whether a VM of its region could be re-created, kept until the world's setup changes.</summary>
    /// <remarks>
    /// The core is asked of every data source, and words a refusal for each it refuses: at 10,000 VMs all protected
    /// that is about 2 ms and 8 MB, too much for every frame, and the answers only change with what
    /// <see cref="DashboardWorld.SetupVersion"/> counts.
    /// </remarks>
    private static VaultOffers Offers(DashboardWorld world, Vault vault)
    {
        var key = new ProtectableKey(vault, world.SetupVersion);
        if (world.VaultOffersCache is (ProtectableKey cachedKey, VaultOffers cached) && cachedKey == key)
        {
            return cached;
        }

        var offers = new VaultOffers(Protectable(world.Simulation, vault).Any(), Recreatable(world.Simulation, vault).Any());
        world.VaultOffersCache = (key, offers);
        return offers;
    }

    private readonly record struct ProtectableKey(Vault Vault, long Version);

    private readonly record struct VaultOffers(bool Protect, bool Recreate);
}
