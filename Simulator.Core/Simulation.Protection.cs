using NodaTime;
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
        const string operation = OperationNames.ConfigureProtection;
        if (ConfigureProtectionRefusal(vault, source) is { } refusal)
        {
            throw refusal;
        }

        var policy = RequirePolicy(operation, vault, source, policyName);
        RequireNoMoveToStandard(operation, source, source, vault, policy);

        var item = new ProtectedItem(vault, source, policy, ++_itemsConfigured, _pointLog);
        vault.AddItem(item);
        _protection[source] = [.. ItemsOf(source), item];
        Journal.Publish(new ProtectionConfigured(Now, vault.Name.Value, item.Name, policy.Name));
        StartOperationJob(item, JobOperation.ConfigureBackup);
        ScheduleNextRun(item);
        return item;
    }

    /// <summary>Stops protection: data retained forever, retained as per policy, or deleted (soft delete).</summary>
    /// <remarks>Backups stop at once; deleted data goes into soft delete when the DeleteBackupData job completes.</remarks>
    public void StopProtection(ProtectedItem item, StopProtectionMode mode)
    {
        ArgumentNullException.ThrowIfNull(item);
        const string operation = OperationNames.StopProtection;
        if (StopRefusal(item, mode) is { } refusal)
        {
            throw refusal;
        }

        if (mode == StopProtectionMode.DeleteData)
        {
            StartDeletion(item);
            return;
        }

        Transition(operation, item, StopTrigger(mode));
        StopSchedule(item);
        StartOperationJob(item, JobOperation.DisableBackup);
    }

    /// <summary>Resumes a stopped item with any policy of its vault; its expired points are cleaned up when the ConfigureBackup job completes.</summary>
    /// <remarks>
    /// Protection resumes and the policy applies now, its schedule and its retention ("The resume operation associates
    /// a backup policy to trigger the scheduled backups with the selected retention period"); the cleanup waits for the
    /// job: "the garbage collector runs as soon as the resume operation completes" (MicrosoftDocs/azure-docs
    /// articles/backup/backup-azure-security-feature-cloud.md).
    /// </remarks>
    public void ResumeProtection(ProtectedItem item, string policyName)
    {
        ArgumentNullException.ThrowIfNull(item);
        const string operation = OperationNames.ResumeProtection;
        if (ResumeRefusal(item) is { } refusal)
        {
            throw refusal;
        }

        var policy = RequirePolicy(operation, item.Vault, item.DataSource, policyName);
        RequireNoMoveToStandard(operation, item, item.DataSource, item.Vault, policy);

        Transition(operation, item, ProtectedItem.Trigger.Resume);
        MoveToLastProtected(item);
        item.SetPolicy(policy.Name);
        Journal.Publish(new ItemPolicyChanged(Now, item.Vault.Name.Value, item.Name, policy.Name));
        StartOperationJob(item, JobOperation.ConfigureBackup);
        item.SetResuming(true);
        ApplyPolicy(item, policy, before: null);
    }

    /// <summary>The resume's job completed: the garbage collector runs, cleaning the points that expired while protection was stopped.</summary>
    private void CompleteResume(ProtectedItem item)
    {
        item.SetResuming(false);
        Sweep(item);
    }

    /// <summary>Switches a protected item to another policy of its vault; the new policy applies at once, and a ConfigureBackup job records it.</summary>
    public void ChangePolicy(ProtectedItem item, string policyName)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (ChangePolicyRefusal(item, policyName) is { } refusal)
        {
            throw refusal;
        }

        var policy = item.Vault.FindPolicy(policyName)!;
        var before = item.Vault.FindPolicy(item.PolicyName);
        item.SetPolicy(policy.Name);
        Journal.Publish(new ItemPolicyChanged(Now, item.Vault.Name.Value, item.Name, policy.Name));
        StartOperationJob(item, JobOperation.ConfigureBackup);
        ApplyPolicy(item, policy, before);
    }

    /// <summary>Deletes the backup data of an item whose protection is stopped; it goes to soft delete when the job completes.</summary>
    public void DeleteBackupData(ProtectedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (DeleteBackupDataRefusal(item) is { } refusal)
        {
            throw refusal;
        }

        StartDeletion(item);
    }

    /// <summary>Brings a soft-deleted item back, stopped with its data retained, when the Undelete job completes.</summary>
    public void Undelete(ProtectedItem item)
    {
        if (UndeleteRefusal(item) is { } refusal)
        {
            throw refusal;
        }

        StartOperationJob(item, JobOperation.Undelete);
    }

    /// <summary>Starts the job that deletes the item's data; backups stop now, and nothing expires while it runs.</summary>
    /// <remarks>
    /// The data goes into soft delete when the job completes (<see cref="CompleteDeletion"/>): Azure's delete is an
    /// asynchronous operation, its item's DeleteState reads ToBeDeleted once the DeleteBackupData job has completed,
    /// and soft delete keeps the data "14 days after the delete operation is complete" (README, decision D9).
    /// </remarks>
    private void StartDeletion(ProtectedItem item)
    {
        StartOperationJob(item, JobOperation.DeleteBackupData);
        StopSchedule(item);
        Transition(OperationNames.DeleteBackupData, item, ProtectedItem.Trigger.DeleteData);
    }

    /// <summary>The deletion's job completed: the data goes into soft delete under the vault's setting now, or at once when it is off.</summary>
    private void CompleteDeletion(ProtectedItem item)
    {
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

    /// <summary>The undelete's job completed: the item is back, stopped with its data retained.</summary>
    private void CompleteUndelete(ProtectedItem item)
    {
        item.SetDeleteState(DeleteState.NotDeleted, null);
        Journal.Publish(new ItemDeleteStateChanged(Now, item.Vault.Name.Value, item.Name, "Undeleted", null));
        Transition(OperationNames.Undelete, item, ProtectedItem.Trigger.Undelete);
    }

    private void OnPurge(ProtectedItem item, long purgeTicks)
    {
        // An undelete asked before the purge time wins: the item is purged only if it is still soft-deleted when its job ends.
        // One purged already, when its vault's soft delete was turned off, is no longer in its vault.
        if (item.DeleteState == DeleteState.ToBeDeleted && item.PurgeAt?.ToUnixTimeTicks() == purgeTicks
            && item.RunningOperation?.Operation != JobOperation.Undelete && item.Vault.Items.Contains(item))
        {
            Purge(item);
        }
    }

    /// <summary>Soft delete turned off purges the vault's soft-deleted data at once, but an item being undeleted, as an undelete wins over a purge that falls while it runs.</summary>
    /// <remarks>
    /// "Disabling soft delete immediate purges deleted data" (backup-azure-enhanced-soft-delete-about.md, the newest
    /// source, which domain.md follows where versions disagree; the older basic soft-delete article kept such data
    /// soft-deleted for its 14 days).
    /// </remarks>
    private void PurgeSoftDeleted(Vault vault)
    {
        // The purge still queued for the end of each one's soft-delete days passes over it, as it is no longer in the vault (OnPurge).
        foreach (var item in vault.Items.Where(i => i.DeleteState == DeleteState.ToBeDeleted && i.RunningOperation?.Operation != JobOperation.Undelete).ToList())
        {
            Purge(item);
        }
    }

    private void Purge(ProtectedItem item)
    {
        for (var i = 0; Journal.HasSubscribers && i < item.PointCount; i++)
        {
            PublishPointDeleted(item, item.PointAt(i).Id, RecoveryPointDeleted.DataDeleted);
        }

        item.ClearPoints();
        _purges[item.DataSource] = (item.Vault.Name.Value, Now);
        item.Vault.RemoveItem(item);
        _mars.Remove(item);
        var others = ItemsOf(item.DataSource).Where(i => i != item).ToArray();
        if (others.Length == 0)
        {
            _protection.Remove(item.DataSource);
        }
        else
        {
            _protection[item.DataSource] = others;
        }

        Journal.Publish(new ItemDeleteStateChanged(Now, item.Vault.Name.Value, item.Name, ItemDeleteStateChanged.Purged, null));
    }

    /// <summary>Applies a policy to an item: recomputes the expiry of its points and reschedules its runs.</summary>
    private void ApplyPolicy(ProtectedItem item, BackupPolicy policy, BackupPolicy? before)
    {
        if (!ProtectedItem.IsRetentionActiveIn(item.State, item.DeleteState))
        {
            return;
        }

        Reapply(item, policy, before);
        if (item.IsScheduleActive && !KeepsDueRun(item, policy))
        {
            ScheduleNextRun(item, ScheduleFrom(item, policy));
        }
    }

    /// <summary>When to schedule the item's next run from: now, or, for a schedule of one run a day, the last of its runs on a day the item has had its scheduled backup for.</summary>
    /// <remarks>
    /// "One scheduled backup per day" (domain.md §2.2). A run time moved later in the day, a Fixed policy saved again
    /// after a change of daylight saving (D1), a switch to another policy or a resume the same day would otherwise give
    /// a day that already ran a second run, and a Sunday two weekly points. A run counts once it started, failed or not
    /// (the sources don't say a failed day's backup runs again), and only one meant for the vault: an hourly policy's
    /// snapshots alone don't make the day's backup. Schedules of several runs a day (hourly, a MARS agent's two or
    /// three times) follow the new times from the change.
    /// </remarks>
    private Instant ScheduleFrom(ProtectedItem item, BackupPolicy policy)
    {
        var after = Now;
        if (policy.Schedule.RunTimes.Count != 1 || item.LastVaultRunDay is not { } last)
        {
            return after;
        }

        var ran = last.In(policy.TimeZone);
        while (_nextRuns.NextRun(policy, after) is var run && run.RetentionDate <= ran)
        {
            after = run.At;
        }

        return after;
    }

    /// <summary>True when a run already due still waits out its start delay (D6) and the policy now applied schedules that same run.</summary>
    /// <remarks>
    /// Such a run keeps its start: scheduling anew from now would pass over it, and a policy saved between a run's
    /// time and its start (a retention changed, even the same policy saved again) would cost the item that day's
    /// backup without a word. A run the new schedule doesn't have gives way to it, as the new schedule applies from
    /// the change (domain.md §2.7). The run kept is then kept by the retention now in force.
    /// </remarks>
    private bool KeepsDueRun(ProtectedItem item, BackupPolicy policy) =>
        item.NextRun is { } due && due.At <= Now && PolicySchedule.NextRun(policy, due.At - Duration.Epsilon) == due;

    private BackupPolicy RequirePolicy(string operation, Vault vault, DataSource source, string policyName) =>
        PolicyChoiceRefusal(operation, vault, source, policyName) is { } refusal ? throw refusal : vault.FindPolicy(policyName)!;

    /// <summary>Why the vault's policy of that name can't be chosen for the data source: there is none, or it is of another kind.</summary>
    private OperationRefusedException? PolicyChoiceRefusal(string operation, Vault vault, DataSource source, string policyName) =>
        vault.FindPolicy(policyName) is not { } policy
            ? Refuse(operation, source, $"vault '{vault.Name}' has no policy '{policyName}'. Its policies: {string.Join(", ", vault.Policies.Select(p => p.Name))}.")
            : PolicyRefusal(source, policy) is { } reason ? Refuse(operation, source, reason) : null;

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
            PublishStateChanged(item, from, state);
        }
    }

    private void StopSchedule(ProtectedItem item)
    {
        item.NewScheduleVersion();
        item.NextRun = null;
    }

    /// <summary>Starts a management job on the item; the item refuses other operations until it completes.</summary>
    private void StartOperationJob(ProtectedItem item, JobOperation operation)
    {
        var job = new BackupJob(NewJobId(), operation, item, Now, trigger: null, hasSnapshotPhase: false, hasTransferPhase: false);
        _jobs.Add(job);
        item.SetRunningOperation(job);
        if (Journal.HasSubscribers)
        {
            PublishJobStarted(job, string.Empty);
        }
        Schedule(Now + Settings.OperationDuration, EventPriority.PhaseCompletion, EventKind.OperationDone, job);
    }

    /// <summary>A management job completes: what takes effect only then happens first, so whoever sees the job completed sees its effect.</summary>
    private void OnOperationDone(BackupJob job)
    {
        var item = job.Item;
        item.SetRunningOperation(null);
        switch (job.Operation)
        {
            case JobOperation.DeleteBackupData:
                CompleteDeletion(item);
                break;
            case JobOperation.Undelete:
                CompleteUndelete(item);
                break;
            case JobOperation.ConfigureBackup when item.IsResuming:
                CompleteResume(item);
                break;
        }

        job.FinishOperation(JobStatus.Completed, Now);
        if (Journal.HasSubscribers)
        {
            PublishJobFinished(job, errorCode: null, transferSizeGb: 0);
        }
    }
}
