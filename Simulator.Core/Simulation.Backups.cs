using NodaTime;
using Simulator.Core.DataSources;
using Simulator.Core.Engine;
using Simulator.Core.Jobs;
using Simulator.Core.Journal;
using Simulator.Core.Policies;
using Simulator.Core.Protection;
using Simulator.Core.RecoveryPoints;
using Simulator.Core.Service;

namespace Simulator.Core;

public sealed partial class Simulation
{
    /// <summary>The hard limit of on-demand backups per item per (UTC) day.</summary>
    public const int MaxOnDemandBackupsPerDay = 9;

    /// <summary>The default retention of an on-demand backup, as in the portal and the CLI.</summary>
    public static readonly Duration DefaultOnDemandRetention = Duration.FromDays(30);

    /// <summary>The most calendar years an on-demand backup may be kept, counted on the UTC date and time it is asked.</summary>
    public const int MaxOnDemandRetentionYears = 99;

    /// <summary>The latest retain-until a Backup now asked at <paramref name="asked"/> may have.</summary>
    public static Instant LatestRetainUntil(Instant asked) => (asked.InUtc().LocalDateTime + Period.FromYears(MaxOnDemandRetentionYears)).InUtc().ToInstant();

    /// <summary>Starts an on-demand backup kept until <paramref name="retainUntil"/> (30 days by default).</summary>
    /// <remarks>Full while the initial backup is pending, incremental after. At most nine per item per UTC day.</remarks>
    public BackupJob BackupNow(ProtectedItem item, Instant? retainUntil = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        const string operation = OperationNames.BackupNow;
        if (BackupNowRefusal(item) is { } refusal)
        {
            throw refusal;
        }

        var until = retainUntil ?? Now + DefaultOnDemandRetention;
        if (until <= Now || until > LatestRetainUntil(Now))
        {
            throw Refuse(operation, item, (FormattableString)$"retain-until {until} must be after the current time {Now} and within {MaxOnDemandRetentionYears} years.");
        }

        item.CountOnDemand(Now.InUtc().Date);
        return StartBackupJob(item, BackupTrigger.OnDemand, run: null, until);
    }

    /// <summary>Why a Backup now of the item would be refused whatever its retain-until; null when it may start.</summary>
    /// <remarks>Asked before a person gives the retain-until too (see <see cref="ResumeRefusal"/>).</remarks>
    public OperationRefusedException? BackupNowRefusal(ProtectedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var reason = OperationInProgressRefusal(item)
            ?? SoftDeleteRefusal(item, "undelete it and resume protection first.")
            ?? Plain(StoppedRefusal(item, item.DataSource is AzureVm { Exists: false }
                    ? "on-demand backups need active protection, and the VM has been deleted, so protection can't resume. Re-create it with the same name and resource group, then resume protection."
                    : "on-demand backups need active protection. Resume protection first.", "run Backup now on its item there")
                ?? (item.OnDemandCountOn(Now.InUtc().Date) >= MaxOnDemandBackupsPerDay
                    ? $"{MaxOnDemandBackupsPerDay} on-demand backups have already been triggered today (UTC), the most Azure allows per item per day."
                    : null));
        return reason is null ? null : Refuse(OperationNames.BackupNow, item, reason);
    }

    /// <summary>Cancels a backup job, which Azure allows only while it takes its snapshot.</summary>
    public void CancelJob(BackupJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (CancelJobRefusal(job) is { } refusal)
        {
            throw refusal;
        }

        if (job.Item.DataSource is MarsServer)
        {
            CancelMarsJob(job);
            return;
        }

        job.Fail(ErrorCodes.JobCancelled, ErrorCodes.MessageFor(ErrorCodes.JobCancelled));
        EndAtSnapshot(job, PhaseStatus.Cancelled);
        FinishBackupJob(job);
    }

    /// <summary>Why cancelling the job would be refused; null when it may be cancelled.</summary>
    /// <remarks>Asked before a person confirms the cancellation too (see <see cref="ResumeRefusal"/>).</remarks>
    public OperationRefusedException? CancelJobRefusal(BackupJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        FormattableString? reason = job switch
        {
            // No article: a screen names the operation in its own words (RefusalWording), "a" before some, "an" before others.
            { IsBackup: false } => $"only backup jobs can be cancelled; {job.Operation} jobs run to their end.",

            // A MARS job has one phase, the transfer, and it can be cancelled while that runs.
            { Item.DataSource: MarsServer } => job.Transfer?.Status == PhaseStatus.InProgress ? null : (FormattableString)$"it has already finished ({job.Status}).",
            { Snapshot.Status: PhaseStatus.InProgress } => null,
            { IsFinished: true } => $"a job can be cancelled only during its snapshot phase; it has already finished ({job.Status}).",
            _ => Plain("a job can be cancelled only during its snapshot phase; its snapshot phase is over and a transfer to the vault can't be cancelled."),
        };
        // Named as a running job is named in other refusals (its operation and its id's first eight characters), and by its item.
        return reason is null ? null : Refuse(OperationNames.CancelJob, $"{job.Operation} job {job.Id[..8]} of {job.Item}", reason);
    }

    private void ScheduleNextRun(ProtectedItem item) => ScheduleNextRun(item, Now);

    private void ScheduleNextRun(ProtectedItem item, Instant after)
    {
        var version = item.NewScheduleVersion();
        var run = _nextRuns.NextRun(item.Policy, after);
        item.NextRun = run;

        // Decision D6: never before the scheduled time, at most the start delay after it, whole seconds.
        var delaySeconds = (long)(Settings.LatestStart(item.IsMars).TotalSeconds * Random.NextUnit(item.RandomSubject, run.At.ToUnixTimeTicks()));
        var start = run.At + Duration.FromSeconds(delaySeconds);

        // The run travels in item.NextRun rather than in an object of its own: whatever replaces NextRun also bumps
        // the schedule version, so an event whose version still matches finds its run there, and nothing is allocated.
        Schedule(Instant.Max(start, Now), EventPriority.JobStart, EventKind.ScheduledJobStart, item, version);
    }

    private void OnScheduledJobStart(ProtectedItem item, long version)
    {
        if (version != item.ScheduleVersion || !item.IsScheduleActive || item.NextRun is not { } run)
        {
            return;
        }

        if (run.TransfersToVault)
        {
            item.LastVaultRunDay = new ScheduledDay(run.RetentionDate, run.At, item.Policy.TimeZone);
        }

        StartBackupJob(item, BackupTrigger.Scheduled, run, retainUntil: null);
        ScheduleNextRun(item, run.At);
    }

    private BackupJob StartBackupJob(ProtectedItem item, BackupTrigger trigger, ScheduledRun? run, Instant? retainUntil)
    {
        if (item.IsMars)
        {
            return StartMarsBackupJob(item, trigger, run, retainUntil);
        }

        var transfers = run is not { } scheduled || item.Transfers(scheduled);
        var job = OpenBackupJob(item, trigger, run, retainUntil, hasSnapshotPhase: true, hasTransferPhase: transfers);

        // Decision D5: one snapshot subtask per item at a time.
        if (item.RunningSnapshot is { } running && running != job)
        {
            FailJob(job, ErrorCodes.BackupOperationInProgress);
            return job;
        }

        PublishPhase(job, job.MoveSnapshot(PhaseStatus.InProgress, Now));
        Schedule(Now + Settings.SnapshotDuration, EventPriority.PhaseCompletion, EventKind.SnapshotDone, job);
        return job;
    }

    /// <summary>Creates a backup job, lists it with the vault's jobs and the item's active ones, and publishes its start.</summary>
    private BackupJob OpenBackupJob(ProtectedItem item, BackupTrigger trigger, ScheduledRun? run, Instant? retainUntil, bool hasSnapshotPhase, bool hasTransferPhase)
    {
        var job = new BackupJob(NewJobId(), JobOperation.Backup, item, Now, trigger, hasSnapshotPhase, hasTransferPhase)
        {
            Run = run,
            RetainUntil = retainUntil,
        };
        _jobs.Add(job);
        item.AddActiveJob(job);
        if (Journal.HasSubscribers)
        {
            PublishJobStarted(job, EnumText.Of(trigger));
        }

        return job;
    }

    private void OnSnapshotDone(BackupJob job)
    {
        if (job.Snapshot?.Status != PhaseStatus.InProgress)
        {
            return; // cancelled meanwhile
        }

        var item = job.Item;
        if (SnapshotFailure(job) is { } code)
        {
            FailJob(job, code);
            return;
        }

        PublishPhase(job, job.MoveSnapshot(PhaseStatus.Completed, Now));
        var pointId = CreatePoint(job);
        job.PointId = pointId;

        if (job.Transfer is null)
        {
            FinishBackupJob(job);
        }
        else if (item.RunningTransfer is not null)
        {
            // Decision D5: an earlier transfer still runs, so this point stays snapshot-only and the job completes.
            // Its copy is owed, as a failed one's is (D10): an hourly policy's next run transfers, not the next day's last.
            PublishPhase(job, job.MoveTransfer(PhaseStatus.Skipped, Now));
            OweVaultCopy(job, pointId + 1);
            FinishBackupJob(job);
        }
        else
        {
            StartTransfer(job);
        }
    }

    /// <summary>Why the snapshot fails (decision D8 and the deleted-VM rule), or null when it succeeds.</summary>
    private static string? SnapshotFailure(BackupJob job) => job.Item.DataSource switch
    {
        AzureVm { Exists: false } => ErrorCodes.VmNotFound,
        AzureVm { PowerState: PowerState.Running, AgentStatus: not VmAgentStatus.Healthy } => ErrorCodes.GuestAgentStatusUnavailable,
        _ => null,
    };

    private static Consistency ConsistencyOf(DataSource source) => source switch
    {
        AzureVm { PowerState: PowerState.Deallocated } => Consistency.CrashConsistent,
        AzureVm { Os: OsType.Linux } => Consistency.FileSystemConsistent,
        _ => Consistency.AppConsistent,
    };

    private void StartTransfer(BackupJob job)
    {
        var item = job.Item;
        ref var point = ref item.PointAt(item.IndexOfPoint(job.PointId));
        var source = item.DataSource;
        // The point was taken just now, so it is full exactly when the item owes a full copy; an increment has a
        // vault point before it to count its churn from.
        job.TransferSizeGb = point.TakenFull
            ? source.UsedSizeGb
            : source.DailyChurnGb * Math.Max(0, (point.Time - item.LastVaultPointTime.GetValueOrDefault()).TotalDays);
        job.TransferDue = TransferEnd(job.TransferSizeGb, source);
        job.TransferWillFail = source.TakeTransferFailure();
        point.IsTransferring = true;
        PublishPhase(job, job.MoveTransfer(PhaseStatus.InProgress, Now));
        Schedule(job.TransferDue.Value, EventPriority.PhaseCompletion, EventKind.TransferDone, job);
    }

    /// <summary>When a transfer of this much data, begun now, reaches the vault at the data source's throughput (D7).</summary>
    /// <remarks>
    /// The ranges a scenario takes allow a million GB at a kilobyte a second, 31,000 years, past the year 9999 where an
    /// Instant ends. A run lasts at most 100 years, ending before 3100, so a transfer longer than 1,000 years is held at
    /// that: it ends after every run, as its own length would, and the time it is given can still be written.
    /// </remarks>
    private Instant TransferEnd(double sizeGb, DataSource source)
    {
        var seconds = Math.Min(sizeGb * 1024 / source.ThroughputMBps, LongestTransfer.TotalSeconds);
        return Now + Duration.FromSeconds(Math.Max(1, Math.Ceiling(seconds)));
    }

    private static readonly Duration LongestTransfer = Duration.FromDays(366 * 1000);

    private void OnTransferDone(BackupJob job)
    {
        var item = job.Item;
        var pointId = job.PointId;

        // The point is still there unless the item's data was purged meanwhile.
        var index = item.IndexOfPoint(pointId);
        if (index >= 0)
        {
            item.PointAt(index).IsTransferring = false;
        }

        if (job.TransferWillFail)
        {
            PublishPhase(job, job.MoveTransfer(PhaseStatus.Failed, Now));
            job.Fail(ErrorCodes.TransferFailed, ErrorCodes.MessageFor(ErrorCodes.TransferFailed));
            OweVaultCopy(job, pointId + 1);
            FinishBackupJob(job);
            ExpireTiers(item, pointId);
            return;
        }

        PublishPhase(job, job.MoveTransfer(PhaseStatus.Completed, Now));
        if (index >= 0)
        {
            ref var point = ref item.PointAt(index);
            point.InVault = true;
            point.SentSizeGb = job.TransferSizeGb;
            item.MarkVaultPoint(point);
            PublishVaultCopy(item, point);
            ScheduleExpiry(item, pointId, point.PlannedVaultExpiry, EventKind.VaultExpiry);

            // The newest point in the vault lifts decision D3's guard on the vault copy before it: a copy kept past
            // its expiry for that reason goes now, not at the next backup, which a weekly policy takes a week later.
            if (item.HasDeferredExpiry)
            {
                Sweep(item);
            }
            else
            {
                ExpireTiers(item, pointId);
            }
        }

        FinishBackupJob(job);
    }

    private void FailJob(BackupJob job, string code)
    {
        var onDemandVmGone = code == ErrorCodes.VmNotFound && job.Trigger == BackupTrigger.OnDemand;
        job.Fail(code, ErrorCodes.MessageFor(code), onDemandVmGone ? PreCheckResult.Critical : PreCheckResult.Passed);
        EndAtSnapshot(job, PhaseStatus.Failed);
        FinishBackupJob(job);
    }

    /// <summary>Ends a job at its snapshot, failed or cancelled: its transfer, which never started, ends the same way.</summary>
    /// <remarks>
    /// The article's status table has one row for a job that ends at its snapshot, "Failed | Failed | Failed": the
    /// transfer sub task takes the snapshot's outcome rather than staying "NotStarted", which the REST sample shows only
    /// while the snapshot still runs (Job Details - Get). The sources show no cancelled job's sub tasks; it ends the
    /// same way, so a finished job never lists a sub task as still to come (README, decision on D11).
    /// </remarks>
    private void EndAtSnapshot(BackupJob job, PhaseStatus outcome)
    {
        PublishPhase(job, job.MoveSnapshot(outcome, Now));
        if (job.Transfer is not null)
        {
            PublishPhase(job, job.MoveTransfer(outcome, Now));

            // A run meant for the vault that took no snapshot, failed or cancelled, owes the vault its copy (D10).
            OweVaultCopy(job, _nextPointId);
        }
    }

    /// <summary>A scheduled run's copy did not reach the vault: the item's runs transfer until a point from <paramref name="fromPointId"/> on arrives (D10).</summary>
    /// <remarks>
    /// Only a scheduled run's: "if it fails, the first backup of the next day is transferred" is said of the day's last
    /// backup, which an on-demand one, failed or cancelled, leaves to run as planned.
    /// </remarks>
    private static void OweVaultCopy(BackupJob job, long fromPointId)
    {
        if (job.Run is { } run)
        {
            // Of two days owed, the copy that settles both keeps the higher role.
            var item = job.Item;
            var date = item.OwedCopyDate is { } owed && RoleOn(item.Policy, owed, job.Start) >= RoleOn(item.Policy, run.RetentionDate, job.Start) ? owed : run.RetentionDate;
            item.OweVaultTransfer(fromPointId, date);
        }
    }

    private static RetentionTag RoleOn(BackupPolicy policy, LocalDate date, Instant time) =>
        RetentionCalculator.Decide(policy, date, time)?.Tag ?? RetentionTag.None;

    private void FinishBackupJob(BackupJob job)
    {
        var item = job.Item;
        job.Finish(Now);
        item.RemoveActiveJob(job);
        if (Journal.HasSubscribers)
        {
            PublishJobFinished(job, job.ErrorCode, job.TransferSizeGb);
        }
        switch (job.Status)
        {
            case JobStatus.Completed or JobStatus.Failed:
                var shown = item.RecordBackupOutcome(succeeded: job.Status == JobStatus.Completed, Now, job.Start, job.ErrorCode == ErrorCodes.BackupOperationInProgress);
                Transition("Backup", item, shown ? ProtectedItem.Trigger.BackupSucceeded : ProtectedItem.Trigger.BackupFailed);
                break;
            case JobStatus.CompletedWithWarnings:
                item.RecordBackupOutcome(succeeded: false, Now, job.Start, failedBehindRunning: false);
                break;
        }
    }

    private void PublishPhase(BackupJob job, in JobPhase phase)
    {
        if (Journal.HasSubscribers)
        {
            PublishPhaseChanged(job, phase);
        }
    }
}
