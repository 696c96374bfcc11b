using System.Globalization;
using Simulator.Core;
using Simulator.Core.DataSources;
using Simulator.Core.Vaults;
using Simulator.Scenarios.Model;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tui.Dashboard;

internal static partial class DashboardController
{
    /// <summary>The portal's "+ Backup": a menu of what the vault in view could protect, then its policies; or why there is nothing.</summary>
    /// <remarks>
    /// Only what the core would take with some policy is listed (it is asked, not copied): as the portal's list of VMs
    /// to back up leaves out those another vault protects, a VM backed up by a vault, soft-deleted, deleted or in
    /// another region could never be chosen here, and offering it only to refuse it would bury the few that can move
    /// among the many that can't. Whether the chosen policy fits (Enhanced never goes back to Standard) is the core's
    /// decision once it is chosen, and its refusal is shown.
    /// </remarks>
    private static DashboardState ProtectMenu(DashboardState state)
    {
        if (ItemQuery.VaultInView(state) is not { } vault)
        {
            return state with { Status = StatusMessage.Error("There is no vault to protect anything in.") };
        }

        var simulation = state.World.Simulation;
        var choices = ActionRefusals.Protectable(simulation, vault)
            .OrderBy(source => source.Name, StringComparer.OrdinalIgnoreCase)
            .Select(source => new MenuChoice(ProtectLabel(simulation, source), new PendingAction(ActionVerb.ConfigureProtection, source.Name, Vault: vault.Name.Value)))
            .ToList();
        return choices.Count == 0
            ? state with { Status = StatusMessage.Error($"Nothing to protect in {vault.Name}: {HiddenBySoftDelete(state, vault) ?? $"no VM in {vault.Region}, nor MARS server registered to it, is unprotected or stopped with its data kept in another vault."}{DeletedHere(simulation, vault)}") }
            : state with { Overlay = new MenuOverlay($"+ Backup in {vault.Name}: choose a VM or MARS server to protect", choices) };
    }

    /// <summary>X on the vault list: a menu of the deleted VMs of the vault's region, to re-create one; or why there is none.</summary>
    /// <remarks>
    /// X on an item re-creates its VM, but a VM whose backup data was purged, or that was never protected, has no item
    /// left to press it on. Without this menu the dashboard could not bring such a VM back, where a scenario's
    /// recreateVm step can.
    /// </remarks>
    private static DashboardState RecreateMenu(DashboardState state)
    {
        if (ItemQuery.VaultInView(state) is not { } vault)
        {
            return state with { Status = StatusMessage.Error("There is no vault, so no region to re-create a VM in.") };
        }

        var choices = ActionRefusals.Recreatable(state.World.Simulation, vault)
            .OrderBy(vm => vm.Name, StringComparer.OrdinalIgnoreCase)
            .Select(vm => new MenuChoice($"{vm.Name} (resource group {vm.ResourceGroup})", new PendingAction(ActionVerb.RecreateVm, vm.Name)))
            .ToList();
        return choices.Count == 0
            ? state with { Status = StatusMessage.Error($"No VM in {vault.Region} has been deleted: there is none to re-create. X on an item deletes its VM.") }
            : state with { Overlay = new MenuOverlay($"Re-create a deleted VM in {vault.Region}", choices) };
    }

    /// <summary>Where nothing can be protected, the first deleted VM of the vault's region with no item left, and the way to bring it back; empty when there is none.</summary>
    /// <remarks>The VM a person looks for in "+ Backup" after its data was purged is the one they deleted.</remarks>
    private static string DeletedHere(Simulation simulation, Vault vault) =>
        ActionRefusals.Recreatable(simulation, vault).Where(vm => !simulation.ItemsOf(vm).Any()).OrderBy(vm => vm.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault() is { } gone
            ? RecreateHint(gone)
            : string.Empty;

    /// <summary>The way back for a deleted VM no item is left to press X on, as "+ Backup" and a purged item's detail tell it.</summary>
    private static string RecreateHint(AzureVm vm) => $" {vm.Name} was deleted: X on the vault list re-creates it.";

    /// <summary>Why there is nothing to protect where soft delete hides a VM or server of the vault's: the first, with the core's reason and way out, and the next by name; null when none is hidden.</summary>
    /// <remarks>
    /// A VM whose backup data was just deleted is still in its vault, soft-deleted, and hidden from "+ Backup" until it
    /// is purged or undeleted (domain.md §5.2). Said only that nothing was unprotected, the refusal read as if the VM
    /// had gone; the one a person looks for is most likely the one whose data they deleted. Told in place of that
    /// sentence, so that the way out still reads whole in the three lines of an 80×24 window's status.
    /// </remarks>
    private static string? HiddenBySoftDelete(DashboardState state, Vault vault)
    {
        var simulation = state.World.Simulation;
        var hidden = simulation.DataSources
            .Select(source => (source.Name, Refusal: simulation.SoftDeleteHiding(vault, source)))
            .Where(hiding => hiding.Refusal is not null)
            .OrderBy(hiding => hiding.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (hidden.Count == 0)
        {
            return null;
        }

        var (name, refusal) = hidden[0];
        var others = hidden.Count switch
        {
            1 => string.Empty,
            2 => $" Nor is {hidden[1].Name}, for its soft delete.",
            _ => string.Create(CultureInfo.InvariantCulture, $" Nor are {hidden[1].Name} and {CountText.Of(hidden.Count - 2, "other")}, for their soft delete."),
        };
        return $"{name} is not listed, as {refusal!.ReasonIn(new ScreenWording(state.World.DisplayZone))}{others}";
    }

    /// <summary>A data source as the protect menu lists it: a VM whose data another vault keeps says where it stopped.</summary>
    private static string ProtectLabel(Simulation simulation, DataSource source)
    {
        var kept = simulation.ItemsOf(source).Select(item => item.Vault.Name.Value).ToList();
        var kind = source is MarsServer ? " (MARS server)" : string.Empty;
        return kept.Count == 0 ? source.Name + kind : $"{source.Name}{kind} (stopped in {string.Join(", ", kept)})";
    }

    /// <summary>Puts the item list's cursor on the item just protected, so it is seen in its vault's list.</summary>
    /// <remarks>
    /// Protected from an item's detail, the detail closes and the list of that item's vault opens on the new item:
    /// staying on the old item would hide both the new item and the job that configures it.
    /// </remarks>
    private static DashboardState SelectProtected(DashboardState state, PendingAction action)
    {
        if (action.Kind != ActionVerb.ConfigureProtection || state.Status is not { IsError: false })
        {
            return state;
        }

        var vaults = state.World.Simulation.Vaults;
        var vault = Enumerable.Range(0, vaults.Count).FirstOrDefault(i => vaults[i].Name.Value == action.Vault, state.VaultCursor);
        state = state with { OpenItem = null, VaultCursor = vault };
        var items = ItemQuery.Items(state);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Name == action.Item)
            {
                return state with { ItemCursor = i };
            }
        }

        return state;
    }
}
