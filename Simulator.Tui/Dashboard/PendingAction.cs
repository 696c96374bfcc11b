using Simulator.Core.Protection;

namespace Simulator.Tui.Dashboard;

/// <summary>An action chosen and waiting for its confirmation, with what it will be given.</summary>
/// <param name="Kind">The core command.</param>
/// <param name="Item">The protected item (or VM) it targets, by name.</param>
/// <param name="Mode">How to stop protection, for <see cref="ActionKind.StopProtection"/>.</param>
/// <param name="Policy">The policy to resume with or switch to.</param>
/// <param name="JobId">The job to cancel.</param>
internal sealed record PendingAction(ActionKind Kind, string Item, StopProtectionMode Mode = StopProtectionMode.RetainForever, string? Policy = null, string? JobId = null)
{
    /// <summary>What the action does, in the words of the portal.</summary>
    public string Title => Kind switch
    {
        ActionKind.BackupNow => $"Backup now: {Item}",
        ActionKind.StopProtection => Mode switch
        {
            StopProtectionMode.RetainForever => $"Stop protection of {Item}, retain backup data forever",
            StopProtectionMode.RetainAsPerPolicy => $"Stop protection of {Item}, retain backup data as per policy",
            _ => $"Stop protection of {Item} and delete backup data",
        },
        ActionKind.ResumeProtection => $"Resume protection of {Item} with policy {Policy}",
        ActionKind.ChangePolicy => $"Switch {Item} to policy {Policy}",
        ActionKind.DeleteBackupData => $"Delete backup data of {Item}",
        ActionKind.Undelete => $"Undelete {Item}",
        ActionKind.DeleteVm => $"Delete the VM {Item} (fault: protection is not stopped)",
        ActionKind.DeallocateVm => $"Deallocate the VM {Item}",
        ActionKind.StartVm => $"Start the VM {Item}",
        ActionKind.BreakAgent => $"Break the VM agent of {Item}",
        ActionKind.RepairAgent => $"Repair the VM agent of {Item}",
        _ => $"Cancel job {JobId?[..8]} of {Item}",
    };

    /// <summary>True when the portal asks to type the item's name before it goes ahead.</summary>
    public bool NeedsTypedName => Kind is ActionKind.DeleteBackupData or ActionKind.DeleteVm
        || (Kind == ActionKind.StopProtection && Mode == StopProtectionMode.DeleteData);
}
