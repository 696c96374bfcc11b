using NodaTime;
using Simulator.Core.DataSources;
using Simulator.Core.Jobs;
using Simulator.Core.Policies;
using Simulator.Core.RecoveryPoints;
using Simulator.Core.Vaults;

namespace Simulator.Core.Protection;

/// <summary>A data source protected in a vault: its policy, state, jobs and recovery points.</summary>
public sealed partial class ProtectedItem
{
    private PointList _points;

    // Sized now, so that its array is allocated beside the list (and moves with it): it is read at every phase of
    // every backup, and allocated at the first job, among thousands of others, it cost a 100,000-VM estate 8%.
    private readonly List<BackupJob> _activeJobs;
    private BackupPolicy? _policy;
    private int _policyVersion;

    internal ProtectedItem(Vault vault, DataSource source, BackupPolicy policy, int number, PointLog pointLog)
    {
        Number = number;
        _points = new PointList(policy, pointLog);
        _activeJobs = new List<BackupJob>(2);
        Vault = vault;
        DataSource = source;
        IsMars = source is MarsServer;
        PolicyName = policy.Name;
        Key = $"{vault.Name}/{source.Name}";
        RandomSubject = Engine.DeterministicRandom.SubjectHash(Key);
    }

    public Vault Vault { get; }

    /// <summary>The item's number in its simulation: 1, 2, … in the order protection was configured (<see cref="Journal.JournalEntry.ItemNumber"/>).</summary>
    public int Number { get; }

    public DataSource DataSource { get; }

    /// <summary>True for a MARS agent's files and folders: read here, every run, rather than from the data source's own page.</summary>
    internal bool IsMars { get; }

    public string Name => DataSource.Name;

    /// <summary>The policy last attached; kept while stopped so that a retain-as-per-policy stop can keep expiring points.</summary>
    public string PolicyName { get; private set; }

    /// <summary>The policy as the portal and the API show it: none once protection is stopped with data retained forever.</summary>
    /// <remarks>domain.md §5.2: a retain-forever stop (or a deletion, which stops first) leaves "no policy attached".</remarks>
    public string? AttachedPolicyName => AttachedPolicyNameIn(State, PolicyName);

    /// <summary>The policy attached to an item in this state that last had <paramref name="policyName"/> (see <see cref="AttachedPolicyName"/>).</summary>
    /// <remarks>Public so that a recorded run's item, read back as values, is told its policy by the same rule.</remarks>
    public static string? AttachedPolicyNameIn(ProtectionState state, string policyName) =>
        state == ProtectionState.ProtectionStopped ? null : policyName;

    public BackupPolicy Policy
    {
        get
        {
            // Every run and every point reads the policy; a name lookup each time was a visible share of a large run.
            if (_policy is null || _policyVersion != Vault.PolicyVersion)
            {
                _policy = Vault.FindPolicy(PolicyName)!;
                _policyVersion = Vault.PolicyVersion;
            }

            return _policy;
        }
    }

    public ProtectionState State { get; private set; } = ProtectionState.IRPending;

    public DeleteState DeleteState { get; private set; } = DeleteState.NotDeleted;

    /// <summary>When a soft-deleted item is purged for good.</summary>
    public Instant? PurgeAt { get; private set; }

    public LastBackupStatus LastBackupStatus { get; private set; } = LastBackupStatus.IRPending;

    public Instant? LastBackupTime { get; private set; }

    /// <summary>The item's health: pending, healthy, unhealthy after a failed backup, or not reachable when its VM is gone.</summary>
    /// <remarks>
    /// The API's value, so soft delete leaves it as the last backup made it: Azure's own sample of a soft-deleted VM item
    /// reads "Healthy" and "Passed" beside "ToBeDeleted" (docs: soft-delete-virtual-machines.md). A soft-deleted item is
    /// told by <see cref="DeleteState"/>, which the screens mark as the portal does (README).
    /// </remarks>
    public ProtectedItemHealth Health => (DataSource, LastBackupStatus) switch
    {
        (AzureVm { Exists: false }, _) => ProtectedItemHealth.NotReachable,
        (_, LastBackupStatus.IRPending) => ProtectedItemHealth.IRPending,
        (_, LastBackupStatus.Unhealthy) => ProtectedItemHealth.Unhealthy,
        _ => ProtectedItemHealth.Healthy,
    };

    /// <summary>Points oldest first, each read where the simulation holds it (<see cref="RecoveryPoint"/>).</summary>
    public IReadOnlyList<RecoveryPoint> RecoveryPoints => new PointViews(this);

    /// <summary>How many points the item holds: <see cref="RecoveryPoints"/>'s count, with nothing made to read them.</summary>
    public int PointCount => _points.Count;

    /// <summary>The points as the engine reads and changes them.</summary>
    internal ref PointList Points => ref _points;

    /// <summary>Backup jobs that have not finished yet.</summary>
    public IReadOnlyList<BackupJob> ActiveJobs => _activeJobs;

    /// <summary>The management job (configure, stop, resume, switch policy, delete data, undelete) running on the item, if any.</summary>
    /// <remarks>
    /// At most one: while it runs, every other operation asked of the item is refused (Azure's "another operation is in
    /// progress on this item"). Kept apart from <see cref="ActiveJobs"/>, which every phase of every backup walks.
    /// </remarks>
    public BackupJob? RunningOperation { get; private set; }

    public RecoveryPoint? LatestRecoveryPoint => _points.Count == 0 ? null : new RecoveryPoint(this, _points.Newest);

    /// <summary>When the newest point was taken, read with nothing made to read it (<see cref="LatestRecoveryPoint"/>).</summary>
    public Instant? LatestRecoveryPointTime => _points.Count == 0 ? null : _points.Newest.Time;

    /// <summary>True once a backup has reached the vault, after which backups are incremental.</summary>
    public bool HasVaultBaseline => LastVaultPointTime is not null;

    /// <summary>The snapshot time of the newest point whose transfer completed: the base of the next increment.</summary>
    /// <remarks>
    /// Kept here rather than read from the newest vault point: that point is a day old when the next backup
    /// asks, long out of the cache on a big estate, and each backup asked twice.
    /// </remarks>
    public Instant? LastVaultPointTime { get; private set; }

    /// <summary>True while the schedule runs: protection configured and not stopped or soft-deleted.</summary>
    public bool IsScheduleActive => IsScheduleActiveIn(State, DeleteState);

    /// <summary>Whether the schedule runs for an item in these states (see <see cref="IsScheduleActive"/>).</summary>
    public static bool IsScheduleActiveIn(ProtectionState state, DeleteState deleteState) =>
        state is ProtectionState.IRPending or ProtectionState.Protected or ProtectionState.ProtectionError && deleteState == DeleteState.NotDeleted;

    /// <summary>True while expired points are cleaned up (decision D4).</summary>
    /// <remarks>Not while a resume's job runs: Azure's garbage collector runs as soon as the resume operation completes.</remarks>
    public bool IsRetentionActive => IsRetentionActiveIn(State, DeleteState) && !IsResuming;

    /// <summary>Whether expired points are cleaned up for an item in these states, no resume's job running (see <see cref="IsRetentionActive"/>).</summary>
    public static bool IsRetentionActiveIn(ProtectionState state, DeleteState deleteState) =>
        state != ProtectionState.ProtectionStopped && deleteState == DeleteState.NotDeleted;

    /// <summary>True while the ConfigureBackup job of a resume runs: the points that expired meanwhile wait for it to complete.</summary>
    internal bool IsResuming { get; private set; }

    /// <summary>Bumped whenever the schedule must be recomputed, so that runs queued before are recognised as stale.</summary>
    internal long ScheduleVersion { get; private set; }

    internal BackupJob? RunningSnapshot => Running(JobPhaseKind.Snapshot);

    internal BackupJob? RunningTransfer => Running(JobPhaseKind.TransferToVault);

    /// <summary>The next run the schedule will start a job for; null while the schedule is not running.</summary>
    public ScheduledRun? NextRun { get; internal set; }

    /// <summary>The day of the last scheduled run meant for the vault that started a job, failed or not; null before any.</summary>
    internal ScheduledDay? LastVaultRunDay { get; set; }

    /// <summary>A stable key for seeded draws: the vault and item names.</summary>
    internal string Key { get; }

    /// <summary>The hash of <see cref="Key"/>, which the start-delay draw of every run uses.</summary>
    internal ulong RandomSubject { get; }

    /// <summary>True until a full copy of the data source is in the vault: before the first backup, and again once its deleted VM is re-created with new disks.</summary>
    /// <remarks>
    /// A new point is full while this holds, and a full point's transfer sends the used size. It is kept apart from
    /// <see cref="HasVaultBaseline"/>, which says whether the initial backup is done (IRPending) and stays true once it
    /// is: a re-created VM's item keeps its state and its points (decision D3 still guards its newest vault copy), and
    /// only its next copy is full. Cleared by the arrival of a full copy of the current disks, not by any copy's: an
    /// increment of the old disks still being sent when the VM is re-created does not stand in for the new disks' full
    /// copy, and neither does the old disks' own first full copy, if it is still being sent then.
    /// </remarks>
    internal bool OwesFullCopy { get; private set; } = true;

    /// <summary>The id of the first point taken of the current disks: the full copies of older points are of disks since replaced.</summary>
    /// <remarks>
    /// A point's id rather than its time: ids follow the order in which snapshots are taken, while a point's time is
    /// its job's start, which can come before a re-creation its snapshot follows. One compare when a copy arrives.
    /// </remarks>
    private long _firstPointOfCurrentDisks;

    /// <summary>True while a run meant for the vault ended without its copy there, so the next run transfers even if its schedule would not (D10).</summary>
    internal bool OwesVaultTransfer => _vaultCopyOwedFrom != 0;

    /// <summary>Whether the item's backup for <paramref name="run"/>, started now, sends its point to the vault: a MARS agent's always, a VM's run meant for it, or any while a copy is owed (D10).</summary>
    public bool Transfers(ScheduledRun run) => IsMars || run.TransfersToVault || OwesVaultTransfer;

    /// <summary>The id from which a point's arrival in the vault settles the copy owed; 0 when none is owed.</summary>
    /// <remarks>
    /// An id rather than a flag: a run skipped behind a long transfer (D5) owes its copy, and that earlier transfer's
    /// arrival, of a point taken before the skip, must not settle it.
    /// </remarks>
    private long _vaultCopyOwedFrom;

    /// <summary>The scheduled date whose copy is owed, the one of the highest role when several are; null when none is owed.</summary>
    /// <remarks>The copy that stands in for it keeps what that day's copy would have kept (D10).</remarks>
    internal LocalDate? OwedCopyDate { get; private set; }

    /// <summary>Set when retention kept a tier past its expiry (decision D3), so the next point triggers a sweep.</summary>
    internal bool HasDeferredExpiry { get; set; }

    internal LocalDate OnDemandDay { get; private set; }

    internal int OnDemandCount { get; private set; }

    internal long NewScheduleVersion() => ++ScheduleVersion;

    internal void CountOnDemand(LocalDate utcDay)
    {
        if (utcDay != OnDemandDay)
        {
            OnDemandDay = utcDay;
            OnDemandCount = 0;
        }

        OnDemandCount++;
    }

    internal int OnDemandCountOn(LocalDate utcDay) => utcDay == OnDemandDay ? OnDemandCount : 0;

    internal void SetState(ProtectionState state) => State = state;

    internal void AddPoint(in PointState point) => _points.Add(point);

    internal void RemovePoint(int index) => _points.RemoveAt(index);

    internal void ClearPoints()
    {
        _points.Clear();
        _expiredFullCopyId = 0;
        _fullCopyHolderId = -1;
    }

    /// <summary>Where the point of this id is in <see cref="Points"/>, or -1 once it has left.</summary>
    internal int IndexOfPoint(long id) => _points.IndexOf(id);

    internal ref PointState PointAt(int index) => ref _points.At(index);

    /// <summary>Starts loading the data source, the active jobs and the points, which the item's events read.</summary>
    internal void PrefetchParts()
    {
        Engine.Prefetch.Object(DataSource, lines: 2);
        Engine.Prefetch.Object(_activeJobs, lines: 2); // the list and the array allocated beside it
        _points.Prefetch();
    }

    /// <summary>The active job whose phase of this kind is in progress.</summary>
    /// <remarks>A loop rather than LINQ: it runs for every backup, and FirstOrDefault boxed the list's enumerator each time.</remarks>
    private BackupJob? Running(JobPhaseKind kind)
    {
        foreach (var job in _activeJobs)
        {
            var phase = kind == JobPhaseKind.Snapshot ? job.Snapshot : job.Transfer;
            if (phase?.Status == PhaseStatus.InProgress)
            {
                return job;
            }
        }

        return null;
    }

    internal void AddActiveJob(BackupJob job) => _activeJobs.Add(job);

    internal void RemoveActiveJob(BackupJob job) => _activeJobs.Remove(job);

    internal void SetPolicy(string policyName)
    {
        PolicyName = policyName;
        _policy = null;
    }

    /// <summary>Decision D3: whether the point outlives its expiry, as the newest point, or as the newest vault copy while the newest point is snapshot-only.</summary>
    /// <remarks>Kept only while it holds: a newer point, or a vault copy of the newest, lets it go.</remarks>
    public bool IsKeptAsNewest(RecoveryPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return IsKeptAsNewest(point.Id);
    }

    // The newest point's slot is read last and only when needed: an expiring point is rarely the newest vault point,
    // and reading the newest point's tier first cost a memory access on every expiry.
    internal bool IsKeptAsNewest(long pointId) =>
        _points.Count > 0 && (pointId == _points.NewestId || (pointId == _newestVaultPointId && !_points.Newest.InVault));

    /// <summary>The id of the newest point whose copy reached the vault; decision D3 keeps it while the newest point is snapshot-only.</summary>
    private long _newestVaultPointId;

    internal void MarkVaultPoint(in PointState point)
    {
        // A copy arriving before the holder of an expired full copy (a late transfer) would hold it instead.
        if (_expiredFullCopyId != 0 && point.Id > _expiredFullCopyId && (_fullCopyHolderId == 0 || point.Id < _fullCopyHolderId))
        {
            _fullCopyHolderId = -1;
        }

        if (LastVaultPointTime is not { } newest || point.Time > newest)
        {
            _newestVaultPointId = point.Id;
            LastVaultPointTime = point.Time;
        }

        if (point.TakenFull && point.Id >= _firstPointOfCurrentDisks)
        {
            OwesFullCopy = false;
        }

        if (point.Id >= _vaultCopyOwedFrom)
        {
            _vaultCopyOwedFrom = 0;
            OwedCopyDate = null;
        }
    }

    /// <summary>A run meant for the vault ended without its copy there: runs transfer until a point from <paramref name="fromPointId"/> on arrives.</summary>
    /// <param name="fromPointId">The first point whose arrival settles the debt.</param>
    /// <param name="date">The scheduled date whose role the copy that settles it keeps (<see cref="OwedCopyDate"/>).</param>
    /// <remarks>The later of two debts holds: a point that settles it settles the earlier one too.</remarks>
    internal void OweVaultTransfer(long fromPointId, LocalDate date)
    {
        _vaultCopyOwedFrom = Math.Max(_vaultCopyOwedFrom, fromPointId);
        OwedCopyDate = date;
    }

    /// <summary>The data source's disks are new (a re-created VM): its next copy to the vault is full.</summary>
    /// <param name="nextPointId">The id the next point taken will have: the first of the new disks.</param>
    internal void OweFullCopy(long nextPointId)
    {
        OwesFullCopy = true;
        _firstPointOfCurrentDisks = nextPointId;
    }

    /// <summary>The start of the backup job whose outcome the item shows, and that outcome.</summary>
    private Instant _outcomeJobStart = Instant.MinValue;

    private bool _outcomeSucceeded;

    /// <summary>Whether the outcome shown is a failure of the item's own, not because another of its backups was still running.</summary>
    private bool _outcomeFailedOfItsOwn;

    /// <summary>Takes a finished backup job's outcome, unless a job started after it has already given one.</summary>
    /// <param name="failedBehindRunning">The job failed because another backup of the item was still running.</param>
    /// <returns>Whether the outcome the item now shows is a success: this job's, or a later-started job's.</returns>
    /// <remarks>
    /// A long transfer can end after the jobs started behind it: a VM deleted meanwhile fails a week of runs, and the
    /// old job's arrival is no success of the item now. One exception: while the initial backup is pending, the runs
    /// behind it that completed without a copy, or failed only because it was still running, do not outweigh it, so its
    /// arrival, however late, is the initial replication done. A run behind it that failed for any other reason (the VM
    /// deleted, the agent gone) still does.
    /// </remarks>
    internal bool RecordBackupOutcome(bool succeeded, Instant at, Instant jobStart, bool failedBehindRunning)
    {
        if (jobStart >= _outcomeJobStart || (State == ProtectionState.IRPending && !_outcomeFailedOfItsOwn))
        {
            _outcomeJobStart = jobStart;
            _outcomeSucceeded = succeeded;
            _outcomeFailedOfItsOwn = !succeeded && !failedBehindRunning;
            LastBackupTime = at;
        }

        // IRPending is initial replication pending: a job that completed without a copy reaching the vault (its
        // transfer skipped behind the first one, or an hourly snapshot) has not done the initial backup either.
        LastBackupStatus = (_outcomeSucceeded, HasVaultBaseline) switch
        {
            (false, _) => LastBackupStatus.Unhealthy,
            (true, false) => LastBackupStatus.IRPending,
            (true, true) => LastBackupStatus.Healthy,
        };
        return _outcomeSucceeded;
    }

    internal void SetRunningOperation(BackupJob? job) => RunningOperation = job;

    internal void SetResuming(bool resuming) => IsResuming = resuming;

    internal void SetDeleteState(DeleteState state, Instant? purgeAt)
    {
        DeleteState = state;
        PurgeAt = purgeAt;
    }

    public override string ToString() => Key;
}
