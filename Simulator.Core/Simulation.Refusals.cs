using Simulator.Core.DataSources;
using Simulator.Core.Jobs;
using Simulator.Core.Policies;
using Simulator.Core.Protection;
using Simulator.Core.Service;
using Simulator.Core.Vaults;

namespace Simulator.Core;

/// <summary>
/// Why a protection command would be refused, checked before its choices (a policy, a mode, a retain-until): asked by
/// the commands themselves and by whoever offers those choices (the dashboard's menus), so that each rule lives here
/// once and nobody is asked to choose in vain.
/// </summary>
public sealed partial class Simulation
{
    /// <summary>Why protecting <paramref name="source"/> in <paramref name="vault"/> would be refused whatever the policy; null when it may be protected.</summary>
    /// <remarks>
    /// Whoever offers what a vault could protect asks this of every data source: one protected by another vault, or
    /// deleted, or in another region, or registered elsewhere (a MARS server) is refused here, while one stopped with
    /// its data kept in another vault is not. Whether a given policy fits is only known once it is chosen.
    /// </remarks>
    public OperationRefusedException? ConfigureProtectionRefusal(Vault vault, DataSource source)
    {
        ArgumentNullException.ThrowIfNull(vault);
        ArgumentNullException.ThrowIfNull(source);
        FormattableString? reason = null;
        foreach (var existing in ItemsOf(source))
        {
            reason ??= AlreadyProtectedReason(existing, vault);
        }

        reason ??= Plain(source switch
        {
            AzureVm { Exists: false } => "the VM has been deleted; re-create it first, with the same name and resource group.",
            MarsServer mars when !InReach(vault, mars) =>
                $"its MARS agent is registered to vault '{mars.RegisteredVault.Name}', not '{vault.Name}'; register the agent with this vault first.",
            AzureVm when !InReach(vault, source) =>
                $"the VM is in {source.Region} and vault '{vault.Name}' is in {vault.Region}; a vault protects only VMs in its own region.",
            _ => null,
        });
        return reason is null ? null : Refuse(OperationNames.ConfigureProtection, source, reason);
    }

    /// <summary>Whether <paramref name="vault"/> could ever protect <paramref name="source"/>: a VM of its region, or a MARS server registered to it.</summary>
    public static bool InReach(Vault vault, DataSource source)
    {
        ArgumentNullException.ThrowIfNull(vault);
        ArgumentNullException.ThrowIfNull(source);
        return source is MarsServer mars ? mars.RegisteredVault == vault : string.Equals(vault.Region, source.Region, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Why <paramref name="vault"/> can't protect <paramref name="source"/> where soft delete hides it from the
    /// vault's configure list (an item of it soft-deleted, or its data being deleted or undeleted); null where it doesn't.</summary>
    /// <remarks>For a screen that lists nothing to protect: the one a person looks for is most likely the one whose data they deleted.</remarks>
    public OperationRefusedException? SoftDeleteHiding(Vault vault, DataSource source) =>
        InReach(vault, source) && ItemsOf(source).Any(HeldBySoftDelete) ? ConfigureProtectionRefusal(vault, source) : null;

    /// <summary>The items <see cref="AlreadyProtectedReason"/> refuses for their soft delete: soft-deleted, or with a job deleting or undeleting their data.</summary>
    private static bool HeldBySoftDelete(ProtectedItem item) =>
        item.DeleteState == DeleteState.ToBeDeleted || item.RunningOperation is { Operation: JobOperation.DeleteBackupData or JobOperation.Undelete };

    /// <summary>Why a data source whose schedule runs in <paramref name="vault"/> can't be protected, in that vault or another: the words of every such refusal.</summary>
    /// <remarks>Public so that a scenario's check, which knows from the file alone that the schedule runs, says it in the same words.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="vault"/> is null.</exception>
    public static string ActiveProtectionReason(string vault)
    {
        ArgumentNullException.ThrowIfNull(vault);
        return $"it is already protected by vault '{vault}', and a VM can be backed up to only one vault at a time. Stop protection there first.";
    }

    /// <summary>Why resuming the item's protection would be refused whatever the policy; null when it may resume.</summary>
    public OperationRefusedException? ResumeRefusal(ProtectedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var reason = OperationInProgressRefusal(item)
            ?? SoftDeleteRefusal(item)
            // An item still protected is told so first: re-creating its deleted VM would not make it resumable.
            ?? Plain(item.Evaluate(ProtectedItem.Trigger.Resume).Refusal
                ?? (item.DataSource is AzureVm { Exists: false } ? "the VM has been deleted; there is nothing to back up. Re-create it with the same name and resource group to resume, or delete the backup data when it is no longer needed." : null)
                ?? (ActiveItem(item.DataSource) is { } active
                    ? $"'{item.Name}' is backed up by vault '{active.Vault.Name}' now, and a Recovery Services vault doesn't allow active multi-protection. Stop protection in vault '{active.Vault.Name}' first; its points stay there."
                    : null));
        return reason is null ? null : Refuse(OperationNames.ResumeProtection, item, reason);
    }

    /// <summary>Why switching the item's policy would be refused whatever the policy; null when it may switch.</summary>
    public OperationRefusedException? ChangePolicyRefusal(ProtectedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var reason = OperationInProgressRefusal(item)
            ?? SoftDeleteRefusal(item, "undelete it, then resume protection with the new policy.")
            ?? Plain(StoppedRefusal(item, "resume protection with the new policy instead.", "change the policy of its item there"));
        return reason is null ? null : Refuse(OperationNames.ChangePolicy, item, reason);
    }

    /// <summary>Why switching the item to the vault's policy <paramref name="policyName"/> would be refused; null when it may switch to it.</summary>
    /// <remarks>What <see cref="ChangePolicy"/> refuses, asked before a person confirms the switch: an Enhanced item to a Standard policy among it (domain.md §2.2).</remarks>
    public OperationRefusedException? ChangePolicyRefusal(ProtectedItem item, string policyName)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(policyName);
        const string operation = OperationNames.ChangePolicy;
        return ChangePolicyRefusal(item)
            ?? PolicyChoiceRefusal(operation, item.Vault, item.DataSource, policyName)
            ?? MoveToStandardRefusal(operation, item, item.DataSource, item.Vault, item.Vault.FindPolicy(policyName)!);
    }

    /// <summary>Why stopping the item's protection would be refused however it stops; null when it may stop some way.</summary>
    /// <remarks>
    /// A stopped item can't stop again retaining its data, so what is left is deleting its data: while one of its
    /// backups runs that is refused too, and its reason (with its way out) is given after the state that leaves it.
    /// </remarks>
    public OperationRefusedException? StopRefusal(ProtectedItem item)
    {
        if (StopRefusal(item, StopProtectionMode.RetainForever) is not { } retaining || StopRefusal(item, StopProtectionMode.RetainAsPerPolicy) is null)
        {
            return null;
        }

        // Named, or the refusal would speak of a deletion nobody chose. A refusal of every way alike (a management job
        // running) is told as it is.
        var deleting = StopRefusal(item, StopProtectionMode.DeleteData);
        return deleting is null || deleting.Reason == retaining.Reason
            ? deleting
            : Refuse(OperationNames.StopProtection, item, $"protection of '{item.Name}' is already stopped ({item.State}), so deleting its backup data is the one way left, and it must wait: {deleting.Reason}");
    }

    /// <summary>Why stopping the item's protection in <paramref name="mode"/> would be refused; null when it may stop so.</summary>
    /// <remarks>
    /// Asked by the command itself and by whoever offers the ways to stop, so that none is confirmed (its name typed)
    /// only to be refused: retaining the data of an item already stopped, or deleting it while one of its backups runs.
    /// </remarks>
    public OperationRefusedException? StopRefusal(ProtectedItem item, StopProtectionMode mode)
    {
        ArgumentNullException.ThrowIfNull(item);
        const string operation = OperationNames.StopProtection;
        if ((OperationInProgressRefusal(item) ?? SoftDeleteRefusal(item, AlreadyDeleted)) is { } first)
        {
            return Refuse(operation, item, first);
        }

        if (mode == StopProtectionMode.DeleteData)
        {
            return RunningBackupRefusal(operation, item);
        }

        return Plain(item.Evaluate(StopTrigger(mode)).Refusal) is { } reason ? Refuse(operation, item, reason) : null;
    }

    /// <summary>The transition a stop that retains the data makes: its mode as the item's state table names it.</summary>
    private static ProtectedItem.Trigger StopTrigger(StopProtectionMode mode) =>
        mode == StopProtectionMode.RetainForever ? ProtectedItem.Trigger.StopRetainForever : ProtectedItem.Trigger.StopRetainAsPerPolicy;

    /// <summary>Why deleting the item's backup data would be refused; null when it may be deleted.</summary>
    public OperationRefusedException? DeleteBackupDataRefusal(ProtectedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        const string operation = OperationNames.DeleteBackupData;
        var reason = OperationInProgressRefusal(item)
            ?? SoftDeleteRefusal(item, AlreadyDeleted)
            ?? Plain(item.IsScheduleActive ? "protection is still running; stop protection first, or stop it with 'delete backup data'." : null);
        return reason is null ? RunningBackupRefusal(operation, item) : Refuse(operation, item, reason);
    }

    /// <summary>Refuses to delete an item's data while one of its backups runs; null when none does.</summary>
    /// <remarks>
    /// Where the sources are silent: the running backup would otherwise add its point to data already deleted, even
    /// to an item already purged. Azure refuses overlapping operations on an item (UserErrorBackupOperationInProgress).
    /// The way out offers a cancel only while the job may be cancelled (<see cref="CancelJobRefusal"/>): a VM's transfer
    /// to the vault can't be.
    /// </remarks>
    private OperationRefusedException? RunningBackupRefusal(string operation, ProtectedItem item)
    {
        if (item.ActiveJobs.FirstOrDefault(j => j.IsBackup) is not { } job)
        {
            return null;
        }

        var wayOut = CancelJobRefusal(job) is not null ? "Wait for it to finish: its snapshot is over, and a transfer to the vault can't be cancelled."
            : job.Snapshot is not null ? "Wait for it to finish, or cancel it while it still takes its snapshot."
            : "Wait for it to finish, or cancel it.";
        return Refuse(operation, item, $"backup job {job.Id[..8]} is still running, and what it writes would outlive the deleted data. {wayOut}");
    }

    /// <summary>Why undeleting the item would be refused; null when it may be undeleted.</summary>
    public OperationRefusedException? UndeleteRefusal(ProtectedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var reason = OperationInProgressRefusal(item)
            ?? Plain(item.DeleteState != DeleteState.ToBeDeleted ? "the item is not soft-deleted." : null);
        return reason is null ? null : Refuse(OperationNames.Undelete, item, reason);
    }

    /// <summary>Why nothing may be asked of the item while one of its management jobs runs; null when none does.</summary>
    /// <remarks>
    /// Azure runs each operation on an item as an asynchronous job and refuses another until it completes: "Command
    /// execution failed - Another operation is in progress on this item. Please wait until the previous operation is
    /// completed" (backup-azure-vms-troubleshoot.md, 2016), BMSUserErrorObjectLocked "Another operation is in progress
    /// on the selected item" (troubleshoot-azure-files.md). Asked first by every refusal of an item, so that the
    /// reason a person reads is the one that goes away by waiting. A backup job does not lock the item this way.
    /// </remarks>
    private FormattableString? OperationInProgressRefusal(ProtectedItem item) =>
        item.RunningOperation is { } job ? (FormattableString)$"another operation is in progress on the item: {RunningOperationText(job)}. Wait for it to finish, then try again." : null;

    /// <summary>The running management job as a refusal names it: its operation, id, end, and what happens then.</summary>
    private FormattableString RunningOperationText(BackupJob job)
    {
        var then = job.Operation switch
        {
            JobOperation.DeleteBackupData => job.Item.Vault.SoftDeleteEnabled ? ", and its backup data goes into soft delete then" : ", and its backup data is deleted then",
            JobOperation.Undelete => ", and the item comes back from soft delete then",
            JobOperation.ConfigureBackup when job.Item.IsResuming => ", and its expired recovery points are cleaned up then",
            _ => string.Empty,
        };
        return $"{job.Operation} job {job.Id[..8]} runs until {job.Start + Settings.OperationDuration}{then}";
    }

    /// <summary>Why <paramref name="policy"/> could never protect <paramref name="source"/>, as every command given it says; null when its kind fits.</summary>
    /// <remarks>
    /// A MARS server takes only MARS policies, and a VM only VM policies (Standard or Enhanced). This is the rule
    /// protecting, resuming and switching policy all check, asked by whoever offers a vault's policies so that only
    /// those that could fit are offered. Whether a fitting policy is accepted can still depend on the item's history
    /// (Enhanced never goes back to Standard), which only the command itself checks.
    /// </remarks>
    public string? PolicyRefusal(DataSource source, BackupPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(policy);
        return (source.Type == DataSourceType.MarsFilesFolders, policy.Kind == PolicyKind.Mars) switch
        {
            (true, false) => $"policy '{policy.Name}' is {PolicyKindText.WithArticle(policy.Kind)} policy for Azure VMs; a MARS agent's files and folders need a MARS policy.",
            (false, true) => $"policy '{policy.Name}' is a MARS policy; an Azure VM needs a Standard or Enhanced policy.",
            _ => null,
        };
    }

    /// <summary>Why a data source can't be protected while its item's data is being deleted or undeleted, with the way out once the job completes.</summary>
    private FormattableString ChangingDataReason(ProtectedItem existing, BackupJob running)
    {
        var wayOut = running.Operation == JobOperation.DeleteBackupData && existing.Vault.SoftDeleteEnabled
            ? "Once it has completed, undelete it there, or wait until it is purged."
            : "Wait for it to finish, then try again.";
        return $"another operation is in progress on its item in vault '{existing.Vault.Name}': {RunningOperationText(running)}. {wayOut}";
    }

    /// <summary>Why a data source's existing item stops it being protected in <paramref name="vault"/>; null when it doesn't.</summary>
    /// <remarks>
    /// An item stopped with its data kept in another vault doesn't: backup can be reconfigured in an alternate vault,
    /// and the old points stay there under their own retention (the alternate-vault tutorial, README.md). Everything
    /// else does. An active item: "Recovery Services vault doesn't allow active multi-protection". A soft-deleted one:
    /// domain.md §5.2 hides it from the configure list until it is purged or undeleted; so does one whose data is being
    /// deleted or undeleted, until its job completes. In its own vault, a stopped item resumes rather than being
    /// protected twice.
    /// </remarks>
    private FormattableString? AlreadyProtectedReason(ProtectedItem existing, Vault vault) => existing switch
    {
        { RunningOperation: { Operation: JobOperation.DeleteBackupData or JobOperation.Undelete } running } => ChangingDataReason(existing, running),
        { DeleteState: DeleteState.ToBeDeleted } =>
            (FormattableString)$"its backup data in vault '{existing.Vault.Name}' is soft-deleted; undelete it there, or wait until it is purged at {existing.PurgeAt}.",
        { IsScheduleActive: true } => Plain(ActiveProtectionReason(existing.Vault.Name.Value)),
        _ when existing.Vault == vault =>
            Plain($"its protection in this vault is stopped ({existing.State}) with its backup data kept; resume protection instead."),
        _ => null,
    };

    /// <summary>Why an action that needs active protection is refused on a stopped item, with the way out from where it is; null when it is active.</summary>
    /// <remarks>
    /// An item stopped here while another vault backs the VM up (reconfigured in an alternate vault) can't resume, so
    /// "resume" would be no way out: the action belongs to the item that protects the VM now.
    /// </remarks>
    private string? StoppedRefusal(ProtectedItem item, string wayOut, string elsewhere)
    {
        if (item.IsScheduleActive)
        {
            return null;
        }

        return ActiveItem(item.DataSource) is { } active
            ? $"protection is stopped here ({item.State}), and vault '{active.Vault.Name}' backs the VM up now; {elsewhere} ('{new ItemReference(active.Vault.Name.Value, active.Name)}')."
            : $"protection is stopped ({item.State}); {wayOut}";
    }

    /// <summary>domain.md §2.2: a VM protected by an Enhanced policy can't move to a Standard one (the reverse can).</summary>
    /// <remarks>
    /// The same holds when its backup is reconfigured in another vault: "the migration from Enhanced to Standard tier
    /// isn't allowed" (the alternate-vault tutorial). So every item the VM has is asked, its item in
    /// <paramref name="vault"/> first (resume, change policy), then those other vaults keep: protecting it anew, or
    /// resuming an old Standard item after it moved to an Enhanced policy elsewhere, is refused alike.
    /// </remarks>
    private void RequireNoMoveToStandard(string operation, object target, DataSource source, Vault vault, BackupPolicy policy)
    {
        if (MoveToStandardRefusal(operation, target, source, vault, policy) is { } refusal)
        {
            throw refusal;
        }
    }

    private OperationRefusedException? MoveToStandardRefusal(string operation, object target, DataSource source, Vault vault, BackupPolicy policy)
    {
        if (policy.Kind != PolicyKind.Standard)
        {
            return null;
        }

        foreach (var from in ItemsOf(source).OrderBy(i => i.Vault != vault))
        {
            if (from.Policy.Kind != PolicyKind.Enhanced)
            {
                continue;
            }

            return from.Vault == vault
                ? Refuse(operation, target, $"it is protected by the Enhanced policy '{from.PolicyName}', and Azure doesn't move a VM from an Enhanced policy to a Standard one such as '{policy.Name}'. {ChooseEnhanced(vault, from.PolicyName)}")
                : Refuse(operation, target, $"its backup in vault '{from.Vault.Name}' was under the Enhanced policy '{from.PolicyName}', and Azure doesn't move a VM from an Enhanced policy to a Standard one such as '{policy.Name}', not even into another vault. {ChooseEnhanced(vault, null)}");
        }

        return null;
    }

    /// <summary>The way out of a move to Standard: another Enhanced policy of <paramref name="vault"/>, or, where it has none, one to be made first.</summary>
    /// <remarks>"Choose an Enhanced policy" alone sent a person to look for one in a vault whose only Enhanced policy was the item's own.</remarks>
    private static string ChooseEnhanced(Vault vault, string? current)
    {
        if (vault.Policies.Any(p => p.Kind == PolicyKind.Enhanced && !BackupPolicy.NameComparer.Equals(p.Name, current)))
        {
            return "Choose an Enhanced policy.";
        }

        return current is null
            ? $"Choose an Enhanced policy: vault '{vault.Name}' has none, so one must be created first."
            : $"Choose an Enhanced policy: vault '{vault.Name}' has no Enhanced policy other than '{current}', so another must be created first.";
    }

    /// <summary>Why a soft-deleted item refuses an operation, with the way out that operation has; null when it is not soft-deleted.</summary>
    /// <remarks>
    /// An undelete brings the item back stopped with its data retained (D9), so "undelete it first" is the way out only
    /// of what a stopped item then allows: a stop or a delete of its data has nothing left to do, and a change of
    /// policy or a Backup now wants protection resumed as well.
    /// </remarks>
    private static FormattableString? SoftDeleteRefusal(ProtectedItem item, string wayOut = "undelete it first.") =>
        item.DeleteState == DeleteState.ToBeDeleted ? (FormattableString)$"the item is soft-deleted until {item.PurgeAt}; {wayOut}" : null;

    // A soft-deleted item's protection is stopped and its data deleted already: a stop or a delete has nothing to do.
    private const string AlreadyDeleted = "its protection is stopped and its backup data deleted already. It is purged then, unless undeleted.";
}
