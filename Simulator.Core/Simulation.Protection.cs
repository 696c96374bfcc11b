using Simulator.Core.DataSources;
using Simulator.Core.Engine;
using Simulator.Core.Jobs;
using Simulator.Core.Journal;
using Simulator.Core.Policies;
using Simulator.Core.Protection;
using Simulator.Core.Service;
using Simulator.Core.Vaults;

namespace Simulator.Core;

public sealed partial class Simulation
{
    /// <summary>Protects a data source in a vault with one of its policies; a ConfigureBackup job records it.</summary>
    /// <remarks>
    /// Works whatever the VM's power state: a deallocated VM is backed up crash-consistent. A VM stopped with its data
    /// kept in another vault may be protected here (reconfiguring backup in an alternate vault): its old item stays
    /// there with its points, and this new item starts with a full first backup, having no baseline in this vault.
    /// </remarks>
    public ProtectedItem ConfigureProtection(Vault vault, DataSource source, string policyName = BackupPolicy.DefaultPolicyName)
    {
        ArgumentNullException.ThrowIfNull(vault);
        ArgumentNullException.ThrowIfNull(source);
        const string operation = "Configure protection";
        if (ConfigureProtectionRefusal(vault, source) is { } refusal)
        {
            throw refusal;
        }

        var policy = RequirePolicy(operation, vault, source, policyName);
        foreach (var kept in ItemsOf(source))
        {
            RequireNoMoveToStandard(operation, source, kept, vault, policy);
        }

        var item = new ProtectedItem(vault, source, policy);
        vault.AddItem(item);
        _protection[source] = [.. ItemsOf(source), item];
        Journal.Publish(new ProtectionConfigured(Now, vault.Name.Value, item.Name, policy.Name));
        StartOperationJob(item, JobOperation.ConfigureBackup);
        ScheduleNextRun(item);
        return item;
    }

    /// <summary>Stops protection: data retained forever, retained as per policy, or deleted (soft delete).</summary>
    public void StopProtection(ProtectedItem item, StopProtectionMode mode)
    {
        ArgumentNullException.ThrowIfNull(item);
        const string operation = "Stop protection";
        if (StopRefusal(item) is { } refusal)
        {
            throw refusal;
        }

        if (mode == StopProtectionMode.DeleteData)
        {
            if (RunningBackupRefusal(operation, item) is { } running)
            {
                throw running;
            }

            StartOperationJob(item, JobOperation.DeleteBackupData);
            SoftDelete(item);
            return;
        }

        Transition(operation, item, mode == StopProtectionMode.RetainForever ? ProtectedItem.Trigger.StopRetainForever : ProtectedItem.Trigger.StopRetainAsPerPolicy);
        StopSchedule(item);
        StartOperationJob(item, JobOperation.DisableBackup);
    }

    /// <summary>Resumes a stopped item with any policy of its vault; expired points are then cleaned up.</summary>
    public void ResumeProtection(ProtectedItem item, string policyName)
    {
        ArgumentNullException.ThrowIfNull(item);
        const string operation = "Resume protection";
        if (ResumeRefusal(item) is { } refusal)
        {
            throw refusal;
        }

        var policy = RequirePolicy(operation, item.Vault, item.DataSource, policyName);
        foreach (var kept in ItemsOf(item.DataSource))
        {
            RequireNoMoveToStandard(operation, item, kept, item.Vault, policy);
        }

        Transition(operation, item, ProtectedItem.Trigger.Resume);
        MoveToLastProtected(item);
        item.SetPolicy(policy.Name);
        Journal.Publish(new ItemPolicyChanged(Now, item.Vault.Name.Value, item.Name, policy.Name));
        StartOperationJob(item, JobOperation.ConfigureBackup);
        ApplyPolicy(item, policy);
    }

    // The refusals below are what the commands check before their choices (a policy, a mode, a retain-until), asked
    // by the commands themselves and by whoever offers those choices, so that nobody is asked to choose in vain.

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
        string? reason = null;
        foreach (var existing in ItemsOf(source))
        {
            reason ??= AlreadyProtectedReason(existing, vault);
        }

        reason ??= source switch
        {
            AzureVm { Exists: false } => "the VM has been deleted.",
            MarsServer mars when mars.RegisteredVault != vault =>
                $"its MARS agent is registered to vault '{mars.RegisteredVault.Name}', not '{vault.Name}'; register the agent with this vault first.",
            AzureVm when !string.Equals(vault.Region, source.Region, StringComparison.OrdinalIgnoreCase) =>
                $"the VM is in {source.Region} and vault '{vault.Name}' is in {vault.Region}; a vault protects only VMs in its own region.",
            _ => null,
        };
        return reason is null ? null : Refuse("Configure protection", source, reason);
    }

    /// <summary>Why resuming the item's protection would be refused whatever the policy; null when it may resume.</summary>
    public OperationRefusedException? ResumeRefusal(ProtectedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var reason = SoftDeleteRefusal(item)
            ?? (item.DataSource is AzureVm { Exists: false } ? "the VM has been deleted; there is nothing to back up. Delete the backup data when it is no longer needed." : null)
            ?? item.Evaluate(ProtectedItem.Trigger.Resume).Refusal
            ?? (ActiveItem(item.DataSource) is { } active
                ? $"'{item.Name}' is backed up by vault '{active.Vault.Name}' now, and a Recovery Services vault doesn't allow active multi-protection. Stop protection in vault '{active.Vault.Name}' first; its points stay there."
                : null);
        return reason is null ? null : Refuse("Resume protection", item, reason);
    }

    /// <summary>Why switching the item's policy would be refused whatever the policy; null when it may switch.</summary>
    public OperationRefusedException? ChangePolicyRefusal(ProtectedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var reason = SoftDeleteRefusal(item)
            ?? StoppedRefusal(item, "resume protection with the new policy instead.", "change the policy of its item there");
        return reason is null ? null : Refuse("Change policy", item, reason);
    }

    /// <summary>Why stopping the item's protection would be refused however it stops; null when it may stop.</summary>
    public OperationRefusedException? StopRefusal(ProtectedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return SoftDeleteRefusal(item) is { } reason ? Refuse("Stop protection", item, reason) : null;
    }

    /// <summary>Why deleting the item's backup data would be refused; null when it may be deleted.</summary>
    public OperationRefusedException? DeleteBackupDataRefusal(ProtectedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        const string operation = "Delete backup data";
        var reason = SoftDeleteRefusal(item)
            ?? (item.IsScheduleActive ? "protection is still running; stop protection first, or stop it with 'delete backup data'." : null);
        return reason is null ? RunningBackupRefusal(operation, item) : Refuse(operation, item, reason);
    }

    /// <summary>Refuses to delete an item's data while one of its backups runs; null when none does.</summary>
    /// <remarks>
    /// Where the sources are silent: the running backup would otherwise add its point to data already deleted, even
    /// to an item already purged. Azure refuses overlapping operations on an item (UserErrorBackupOperationInProgress).
    /// </remarks>
    private static OperationRefusedException? RunningBackupRefusal(string operation, ProtectedItem item) =>
        item.ActiveJobs.FirstOrDefault(j => j.IsBackup) is { } job
            ? Refuse(operation, item, $"backup job {job.Id[..8]} is still running, and what it writes would outlive the deleted data. Wait for it to finish, or cancel it while it takes its snapshot.")
            : null;

    /// <summary>Why undeleting the item would be refused; null when it may be undeleted.</summary>
    public OperationRefusedException? UndeleteRefusal(ProtectedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.DeleteState != DeleteState.ToBeDeleted ? Refuse("Undelete", item, "the item is not soft-deleted.") : null;
    }

    /// <summary>Switches a protected item to another policy of its vault; the new policy applies at once.</summary>
    public void ChangePolicy(ProtectedItem item, string policyName)
    {
        ArgumentNullException.ThrowIfNull(item);
        const string operation = "Change policy";
        if (ChangePolicyRefusal(item) is { } refusal)
        {
            throw refusal;
        }

        var policy = RequirePolicy(operation, item.Vault, item.DataSource, policyName);
        RequireNoMoveToStandard(operation, item, item, item.Vault, policy);
        item.SetPolicy(policy.Name);
        Journal.Publish(new ItemPolicyChanged(Now, item.Vault.Name.Value, item.Name, policy.Name));
        ApplyPolicy(item, policy);
    }

    /// <summary>Deletes the backup data of an item whose protection is stopped; it goes to soft delete.</summary>
    public void DeleteBackupData(ProtectedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (DeleteBackupDataRefusal(item) is { } refusal)
        {
            throw refusal;
        }

        StartOperationJob(item, JobOperation.DeleteBackupData);
        SoftDelete(item);
    }

    /// <summary>Brings a soft-deleted item back, stopped with its data retained.</summary>
    public void Undelete(ProtectedItem item)
    {
        if (UndeleteRefusal(item) is { } refusal)
        {
            throw refusal;
        }

        item.SetDeleteState(DeleteState.NotDeleted, null);
        Journal.Publish(new ItemDeleteStateChanged(Now, item.Vault.Name.Value, item.Name, "Undeleted", null));
        Transition("Undelete", item, ProtectedItem.Trigger.Undelete);
        StartOperationJob(item, JobOperation.Undelete);
    }

    private void SoftDelete(ProtectedItem item)
    {
        StopSchedule(item);
        SetState(item, ProtectionState.ProtectionStopped);
        if (!item.Vault.SoftDeleteEnabled)
        {
            Purge(item);
            return;
        }

        var purgeAt = Now + NodaTime.Duration.FromDays(item.Vault.SoftDeleteRetentionDays);
        item.SetDeleteState(DeleteState.ToBeDeleted, purgeAt);
        Journal.Publish(new ItemDeleteStateChanged(Now, item.Vault.Name.Value, item.Name, "Soft-deleted", purgeAt));
        Schedule(purgeAt, EventPriority.Expiry, EventKind.Purge, item, purgeAt.ToUnixTimeTicks());
    }

    private void OnPurge(ProtectedItem item, long purgeTicks)
    {
        if (item.DeleteState == DeleteState.ToBeDeleted && item.PurgeAt?.ToUnixTimeTicks() == purgeTicks)
        {
            Purge(item);
        }
    }

    private void Purge(ProtectedItem item)
    {
        foreach (var point in item.RecoveryPoints)
        {
            if (Journal.HasSubscribers)
            {
                Journal.Publish(new RecoveryPointDeleted(Now, item.Vault.Name.Value, item.Name, point.Id, "backup data deleted"));
            }
        }

        item.ClearPoints();
        item.Vault.RemoveItem(item);
        var others = ItemsOf(item.DataSource).Where(i => i != item).ToArray();
        if (others.Length == 0)
        {
            _protection.Remove(item.DataSource);
        }
        else
        {
            _protection[item.DataSource] = others;
        }

        Journal.Publish(new ItemDeleteStateChanged(Now, item.Vault.Name.Value, item.Name, "Purged", null));
    }

    /// <summary>Applies a policy to an item: recomputes the expiry of its points and reschedules its runs.</summary>
    private void ApplyPolicy(ProtectedItem item, BackupPolicy policy)
    {
        if (item.State == ProtectionState.ProtectionStopped || item.DeleteState == DeleteState.ToBeDeleted)
        {
            return;
        }

        Reapply(item, policy);
        if (item.IsScheduleActive)
        {
            ScheduleNextRun(item);
        }
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
            (true, false) => $"policy '{policy.Name}' is a {policy.Kind} policy for Azure VMs; a MARS agent's files and folders need a MARS policy.",
            (false, true) => $"policy '{policy.Name}' is a MARS policy; an Azure VM needs a Standard or Enhanced policy.",
            _ => null,
        };
    }

    private BackupPolicy RequirePolicy(string operation, Vault vault, DataSource source, string policyName)
    {
        var policy = vault.FindPolicy(policyName)
            ?? throw Refuse(operation, source, $"vault '{vault.Name}' has no policy '{policyName}'. Its policies: {string.Join(", ", vault.Policies.Select(p => p.Name))}.");
        return PolicyRefusal(source, policy) is { } reason ? throw Refuse(operation, source, reason) : policy;
    }

    /// <summary>Why a data source's existing item stops it being protected in <paramref name="vault"/>; null when it doesn't.</summary>
    /// <remarks>
    /// An item stopped with its data kept in another vault doesn't: backup can be reconfigured in an alternate vault,
    /// and the old points stay there under their own retention (the alternate-vault tutorial, README.md). Everything
    /// else does. An active item: "Recovery Services vault doesn't allow active multi-protection". A soft-deleted one:
    /// domain.md §5.2 hides it from the configure list until it is purged or undeleted. In its own vault, a stopped
    /// item resumes rather than being protected twice.
    /// </remarks>
    private static string? AlreadyProtectedReason(ProtectedItem existing, Vault vault) => existing switch
    {
        { DeleteState: DeleteState.ToBeDeleted } =>
            $"its backup data in vault '{existing.Vault.Name}' is soft-deleted; undelete it there, or wait until it is purged at {existing.PurgeAt}.",
        { IsScheduleActive: true } =>
            $"it is already protected by vault '{existing.Vault.Name}', and a VM can be backed up to only one vault at a time. Stop protection there first.",
        _ when existing.Vault == vault =>
            $"its protection in this vault is stopped ({existing.State}) with its backup data kept; resume protection instead.",
        _ => null,
    };

    /// <summary>The data source's item whose schedule runs, if any: there is at most one.</summary>
    private ProtectedItem? ActiveItem(DataSource source)
    {
        foreach (var item in ItemsOf(source))
        {
            if (item.IsScheduleActive)
            {
                return item;
            }
        }

        return null;
    }

    /// <summary>The item a data source's name alone means: the active one, else the one protected last.</summary>
    private ProtectedItem? CurrentItem(DataSource source) =>
        ActiveItem(source) ?? (ItemsOf(source) is { Count: > 0 } items ? items[^1] : null);

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

    /// <summary>Puts a resumed item last among its data source's items, which are kept in the order they were last protected.</summary>
    /// <remarks>
    /// A VM moved to another vault and back (stop there, resume here) was protected last here: once both are stopped,
    /// its name alone must mean this item, not the one configured last.
    /// </remarks>
    private void MoveToLastProtected(ProtectedItem item)
    {
        var items = ItemsOf(item.DataSource);
        if (items.Count > 1 && items[^1] != item)
        {
            _protection[item.DataSource] = [.. items.Where(i => i != item), item];
        }
    }

    /// <summary>domain.md §2.2: a VM protected by an Enhanced policy can't move to a Standard one (the reverse can).</summary>
    /// <remarks>
    /// The same holds when its backup is reconfigured in another vault: "the migration from Enhanced to Standard tier
    /// isn't allowed" (the alternate-vault tutorial). <paramref name="from"/> is the item whose policy the VM had, in
    /// <paramref name="vault"/> itself (resume, change policy) or in another vault that still keeps its data: protecting
    /// it anew and resuming an old item both check every item the VM has, so a VM moved from a Standard vault to an
    /// Enhanced one can't come back under Standard by resuming its first item.
    /// </remarks>
    private static void RequireNoMoveToStandard(string operation, object target, ProtectedItem from, Vault vault, BackupPolicy policy)
    {
        if (from.Policy.Kind != PolicyKind.Enhanced || policy.Kind != PolicyKind.Standard)
        {
            return;
        }

        throw from.Vault == vault
            ? Refuse(operation, target, $"it is protected by the Enhanced policy '{from.PolicyName}', and Azure doesn't move a VM from an Enhanced policy to a Standard one such as '{policy.Name}'. Choose an Enhanced policy.")
            : Refuse(operation, target, $"its backup in vault '{from.Vault.Name}' was under the Enhanced policy '{from.PolicyName}', and Azure doesn't move a VM from an Enhanced policy to a Standard one such as '{policy.Name}', not even into another vault. Choose an Enhanced policy.");
    }

    private static string? SoftDeleteRefusal(ProtectedItem item) =>
        item.DeleteState == DeleteState.ToBeDeleted ? $"the item is soft-deleted until {item.PurgeAt}; undelete it first." : null;

    private void Transition(string operation, ProtectedItem item, ProtectedItem.Trigger trigger)
    {
        var (next, refusal) = item.Evaluate(trigger);
        if (next is null)
        {
            throw Refuse(operation, item, refusal!);
        }

        SetState(item, next.Value);
    }

    private void SetState(ProtectedItem item, ProtectionState state)
    {
        if (item.State == state)
        {
            return;
        }

        var from = item.State;
        item.SetState(state);
        if (Journal.HasSubscribers)
        {
            Journal.Publish(new ProtectionStateChanged(Now, item.Vault.Name.Value, item.Name, EnumText.Of(from), EnumText.Of(state)));
        }
    }

    private void StopSchedule(ProtectedItem item)
    {
        item.NewScheduleVersion();
        item.NextRun = null;
    }

    private void StartOperationJob(ProtectedItem item, JobOperation operation)
    {
        var job = new BackupJob(NewJobId(), operation, item, Now, trigger: null, hasSnapshotPhase: false, hasTransferPhase: false);
        AddJob(job);
        if (Journal.HasSubscribers)
        {
            Journal.Publish(new JobStarted(Now, item.Vault.Name.Value, item.Name, job.Id, EnumText.Of(operation), string.Empty));
        }
        Schedule(Now + Settings.OperationDuration, EventPriority.PhaseCompletion, EventKind.OperationDone, job);
    }

    private void OnOperationDone(BackupJob job)
    {
        job.FinishOperation(JobStatus.Completed, Now);
        if (Journal.HasSubscribers)
        {
            Journal.Publish(new JobFinished(Now, job.Item.Vault.Name.Value, job.Item.Name, job.Id, EnumText.Of(job.Operation), EnumText.Of(job.Status), null, 0));
        }
    }
}
