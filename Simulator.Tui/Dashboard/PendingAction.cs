using Simulator.Core.Protection;
using Simulator.Scenarios.Model;

namespace Simulator.Tui.Dashboard;

/// <summary>An action chosen and waiting for its confirmation, with what it will be given.</summary>
/// <param name="Kind">The action, as a scenario step would name it.</param>
/// <param name="Item">The protected item (or VM) it targets, by name; for <see cref="ActionVerb.ConfigureProtection"/>, the VM or MARS server to protect.</param>
/// <param name="Mode">How to stop protection, for <see cref="ActionVerb.StopProtection"/>.</param>
/// <param name="Policy">The policy to protect or resume with, or to switch to.</param>
/// <param name="JobId">The job to cancel.</param>
/// <param name="Vault">The vault whose item it acts on, or that is to protect the VM; null for an action on the VM itself.</param>
internal sealed record PendingAction(ActionVerb Kind, string Item, StopProtectionMode Mode = StopProtectionMode.RetainForever, string? Policy = null, string? JobId = null, string? Vault = null)
{
    /// <summary>The item or VM as the core is given it: <c>vault/name</c> picks the item of that vault among the VM's items.</summary>
    public string Target => Vault is null ? Item : new Simulator.Core.Protection.ItemReference(Vault, Item).ToString();

    /// <summary>The item as a person is shown it: a VM reconfigured in another vault has an item in each, so its vault is named.</summary>
    public string Subject => Of(Item, Vault);

    /// <summary>What the action does, in the words of the portal.</summary>
    public string Title => Kind switch
    {
        ActionVerb.ConfigureProtection => $"Protect {Subject} with policy {Policy}",
        ActionVerb.BackupNow => $"Backup now: {Subject}",
        ActionVerb.StopProtection => Mode switch
        {
            StopProtectionMode.RetainForever => $"Stop protection of {Subject}, retain backup data forever",
            StopProtectionMode.RetainAsPerPolicy => $"Stop protection of {Subject}, retain backup data as per policy",
            _ => $"Stop protection of {Subject} and delete backup data",
        },
        ActionVerb.ResumeProtection => $"Resume protection of {Subject} with policy {Policy}",
        ActionVerb.ChangePolicy => $"Change policy of {Subject} to {Policy}",
        ActionVerb.DeleteBackupData => $"Delete backup data of {Subject}",
        ActionVerb.Undelete => $"Undelete {Subject}",
        ActionVerb.DeleteVm => $"Delete the VM {Item} in Azure (a fault: its item and backup data stay in the vault)",
        ActionVerb.RecreateVm => $"Re-create the VM {Item} (same name and resource group: its next backup is a full copy)",
        ActionVerb.DeallocateVm => $"Deallocate the VM {Item}",
        ActionVerb.StartVm => $"Start the VM {Item}",
        ActionVerb.BreakAgent => $"Break the VM agent of {Item}",
        ActionVerb.RepairAgent => $"Repair the VM agent of {Item}",
        _ => $"Cancel job {JobId?[..8]} of {Subject}",
    };

    /// <summary>An item's name and vault as a title shows them (<c>vm-01 in vault-a</c>), or a VM's name alone.</summary>
    public static string Of(string item, string? vault) => vault is null ? item : $"{item} in {vault}";

    /// <summary>True while an action that takes a policy has none yet: a second menu asks for it.</summary>
    public bool NeedsPolicy => Policy is null && Kind is ActionVerb.ConfigureProtection or ActionVerb.ResumeProtection or ActionVerb.ChangePolicy;

    /// <summary>True when the portal asks to type the item's name before it goes ahead.</summary>
    public bool NeedsTypedName => Kind is ActionVerb.DeleteBackupData or ActionVerb.DeleteVm
        || (Kind == ActionVerb.StopProtection && Mode == StopProtectionMode.DeleteData);
}
