using NodaTime;
using Simulator.Core.Policies;
using Simulator.Core.Protection;
using Simulator.Core.RecoveryPoints;

namespace Simulator.Core.Jobs;

/// <summary>A job of the vault's job list: a backup with its phases, or a management operation.</summary>
/// <remarks>
/// A backup job's status is never stored: it is derived from its phases by <see cref="JobStatusTable"/>, so the
/// table is the one place that rule lives. Management operations (configure, switch policy, resume, disable, delete,
/// undelete) have no phases and carry their outcome directly.
/// </remarks>
public sealed class BackupJob
{
    private readonly JobName _name;
    private JobStatus _operationStatus = JobStatus.InProgress;

    // Ticks rather than a nullable instant: it is set on offline-seeded MARS jobs only, and every job of a large
    // estate would otherwise carry 24 bytes for it (0 is the Unix epoch, long before any scenario, so it means none).
    private long _transferSentFromTicks;

    internal BackupJob(JobName name, JobOperation operation, ProtectedItem item, Instant start, BackupTrigger? trigger, bool hasSnapshotPhase, bool hasTransferPhase)
    {
        _name = name;
        Operation = operation;
        Item = item;
        Start = start;
        Trigger = trigger;
        Snapshot = hasSnapshotPhase ? new JobPhase(JobPhaseKind.Snapshot) : null;
        Transfer = hasTransferPhase ? new JobPhase(JobPhaseKind.TransferToVault) : null;
    }

    /// <summary>The job's name, a GUID as in Azure, drawn from the scenario's seed.</summary>
    public string Id => field ??= _name.ToString();

    /// <summary>The job's name as a value, for the journal's readers of values (<see cref="Journal.JournalEntry"/>).</summary>
    public Journal.JobKey Key => Journal.JobKey.From(_name.ToGuid());

    public JobOperation Operation { get; }

    public ProtectedItem Item { get; }

    /// <summary>Scheduled or on-demand, for backup jobs; null for management operations.</summary>
    public BackupTrigger? Trigger { get; }

    public Instant Start { get; }

    public Instant? End { get; private set; }

    /// <summary>The Take Snapshot phase; null for jobs without one (MARS backups, management operations).</summary>
    public JobPhase? Snapshot { get; private set; }

    /// <summary>The Transfer data to vault phase; null when the job keeps its point snapshot-only by design.</summary>
    public JobPhase? Transfer { get; private set; }

    /// <summary>The scheduled run the job was started for; null for on-demand jobs and management operations.</summary>
    public ScheduledRun? Run { get; internal init; }

    /// <summary>The scheduled time the job ran for; null for on-demand jobs and management operations.</summary>
    public Instant? ScheduledFor => Run?.At;

    /// <summary>The retain-until of an on-demand backup ("Recovery Point Expiry Time in UTC").</summary>
    public Instant? RetainUntil { get; internal init; }

    public string? ErrorCode { get; private set; }

    public string? ErrorMessage { get; private set; }

    /// <summary>Critical only for a failed on-demand job whose VM is gone (the portal hides it for scheduled ones).</summary>
    public PreCheckResult PreCheck { get; private set; } = PreCheckResult.Passed;

    /// <summary>The point the snapshot (or, for MARS, the transfer) created, while its item still has it.</summary>
    public RecoveryPoint? Point => PointId != 0 && Item.IndexOfPoint(PointId) is var index and >= 0 ? new RecoveryPoint(Item, Item.PointAt(index)) : null;

    /// <summary>The id of the point the job created; 0 for none.</summary>
    /// <remarks>Kept when the point has gone, for the journal and the tests that compare runs.</remarks>
    public long PointId { get; internal set; }

    /// <summary>Data the transfer sends; known when the transfer starts.</summary>
    public double TransferSizeGb { get; internal set; }

    /// <summary>When the running transfer will end.</summary>
    public Instant? TransferDue { get; internal set; }

    /// <summary>When the disks of an offline-seeded MARS backup reach Azure, while they travel; null otherwise.</summary>
    /// <remarks>Its transfer phase runs meanwhile, with nothing sent over the network until they are imported (domain.md §3).</remarks>
    public Instant? DisksArrive => _disksArrive is { } at && Transfer?.Status == PhaseStatus.InProgress ? at : null;

    private Instant? _disksArrive;

    internal void SendDisks(Instant arrive) => _disksArrive = TransferDue = arrive;

    internal void DisksImported() => _disksArrive = null;

    /// <summary>When the data the transfer now sends started to move: its start, or for an offline-seeded MARS job the disk import.</summary>
    /// <remarks>
    /// The transfer phase of a seeded job spans the disks' journey and then the network top-up (domain.md §3); its
    /// progress, and what a cancel leaves sent, count over the top-up alone, not over days of travel.
    /// </remarks>
    internal Instant? TransferSentFrom
    {
        get => _transferSentFromTicks == 0 ? null : Instant.FromUnixTimeTicks(_transferSentFromTicks);
        set => _transferSentFromTicks = value?.ToUnixTimeTicks() ?? 0;
    }

    /// <summary>Set when a scripted fault will make this job's transfer fail at its end.</summary>
    internal bool TransferWillFail { get; set; }

    public bool IsBackup => Operation == JobOperation.Backup;

    public JobStatus Status => (Snapshot, Transfer) switch
    {
        (null, null) => _operationStatus,
        ({ } snapshot, null) => JobStatusTable.Derive(snapshot.Status, snapshot.Status == PhaseStatus.Completed ? PhaseStatus.Skipped : PhaseStatus.InProgress),
        ({ } snapshot, { } transfer) => JobStatusTable.Derive(snapshot.Status, transfer.Status),
        (null, { } transfer) => JobStatusTable.Derive(transfer.Status),
    };

    public bool IsFinished => End is not null;

    public Duration Duration(Instant now) => (End ?? now) - Start;

    /// <summary>The share of the transfer done at <paramref name="now"/>, from 0 to 1.</summary>
    public double TransferProgress(Instant now)
    {
        if (Transfer is not { Started: { } started } transfer)
        {
            return 0;
        }

        var from = TransferSentFrom ?? started;
        if (transfer.Status != PhaseStatus.InProgress || TransferDue is not { } due || due <= from)
        {
            return transfer.Status == PhaseStatus.Completed ? 1 : 0;
        }

        return Math.Clamp((now - from).TotalTicks / (due - from).TotalTicks, 0, 1);
    }

    /// <summary>Moves the snapshot phase and returns it as it now is.</summary>
    internal JobPhase MoveSnapshot(PhaseStatus next, Instant at) => (Snapshot = Snapshot!.Value.MoveTo(next, at)).Value;

    /// <summary>Moves the transfer phase and returns it as it now is.</summary>
    internal JobPhase MoveTransfer(PhaseStatus next, Instant at) => (Transfer = Transfer!.Value.MoveTo(next, at)).Value;

    internal void Fail(string code, string message, PreCheckResult preCheck = PreCheckResult.Passed)
    {
        ErrorCode = code;
        ErrorMessage = message;
        PreCheck = preCheck;
    }

    internal void Finish(Instant at) => End = at;

    internal void FinishOperation(JobStatus status, Instant at)
    {
        _operationStatus = status;
        End = at;
    }

    public override string ToString() => $"{Operation} {Item.Name} {Status}";
}
