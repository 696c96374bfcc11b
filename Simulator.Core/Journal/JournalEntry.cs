using NodaTime;

namespace Simulator.Core.Journal;

/// <summary>A journal event as a value: the one for each change to a job or a recovery point, any other as its object.</summary>
/// <remarks>
/// <para>
/// A recording reads the journal as these (<see cref="EventJournal.Subscribe(JournalEntryHandler)"/>): a year of a
/// big fleet publishes tens of millions of job and point events, and an object for each, kept until the writer had
/// encoded it, tripled what the run allocated. Subscribers of <see cref="DomainEvent"/>s get the same events as
/// objects (<see cref="ToEvent"/>), and an object becomes an entry again by <see cref="Of"/>: one mapping each way.
/// </para>
/// <para>
/// <see cref="First"/> and <see cref="Second"/> hold the words of each kind, in the order its record lists them: a job's
/// operation and trigger (started), phase and status (phase changed), operation and status (finished); a point's tag
/// and consistency (created), tier and reason (tier changed), reason (deleted). The named properties read them by kind.
/// </para>
/// </remarks>
public readonly struct JournalEntry
{
    private JournalEntry(JournalEntryKind kind, Instant at, string vault, string item, string? first, string? second)
    {
        Kind = kind;
        At = at;
        Vault = vault;
        Item = item;
        First = first;
        Second = second;
    }

    private JournalEntry(DomainEvent other)
    {
        Kind = JournalEntryKind.Other;
        At = other.At;
        Other = other;
    }

    public JournalEntryKind Kind { get; }

    public Instant At { get; }

    /// <summary>The vault's name; null for <see cref="JournalEntryKind.Other"/>.</summary>
    public string? Vault { get; }

    /// <summary>The item's name; null for <see cref="JournalEntryKind.Other"/>.</summary>
    public string? Item { get; }

    /// <summary>
    /// The item's number in its simulation (1, 2, … in the order protection was configured), on every job's and
    /// point's entry the simulation publishes; 0 on one made from an object (<see cref="Of"/>).
    /// </summary>
    /// <remarks>
    /// A recording keeps each item's key in the file by it, and each block's numbers of its vault and name, read from
    /// arrays: found by the names' objects instead, they cost the writer seconds of a year's recording of 10,000 VMs,
    /// mostly waiting for the memory of names it had not read for hours.
    /// </remarks>
    public int ItemNumber { get; private init; }

    /// <summary>The job, for the jobs' kinds.</summary>
    public JobKey Job { get; private init; }

    /// <summary>The point, for the points' kinds.</summary>
    public long PointId { get; private init; }

    /// <summary>A job's operation or phase, a point's tag, tier or reason of deletion.</summary>
    public string? First { get; }

    /// <summary>A job's trigger or status, a point's consistency or reason of a tier change.</summary>
    public string? Second { get; }

    /// <summary>A job's operation (started, finished).</summary>
    public string? Operation => First;

    /// <summary>A started job's trigger: empty for a management operation.</summary>
    public string? Trigger => Second;

    /// <summary>The phase whose status changed.</summary>
    public string? Phase => First;

    /// <summary>A phase's status, or a finished job's.</summary>
    public string? Status => Second;

    /// <summary>A created point's tag.</summary>
    public string? Tag => First;

    /// <summary>A created point's consistency.</summary>
    public string? Consistency => Second;

    /// <summary>The tier a point's tier change reached.</summary>
    public string? Tier => First;

    /// <summary>Why a point's tier changed, or why it was deleted.</summary>
    public string? Reason => Kind == JournalEntryKind.PointDeleted ? First : Second;

    public string? ErrorCode { get; private init; }

    /// <summary>A finished job's transfer, or a point's vault copy, in GB.</summary>
    public double SizeGb { get; private init; }

    /// <summary>A created point's time.</summary>
    public Instant Time { get; private init; }

    /// <summary>A created point's snapshot expiry; null for a point made in the vault (MARS).</summary>
    public Instant? SnapshotExpiry { get; private init; }

    /// <summary>A created point's vault expiry, or the one a retention change set.</summary>
    public Instant VaultExpiry { get; private init; }

    public bool IsFull { get; private init; }

    /// <summary>The event itself, for <see cref="JournalEntryKind.Other"/>.</summary>
    public DomainEvent? Other { get; }

    public static JournalEntry JobStarted(Instant at, string vault, string item, JobKey job, string operation, string trigger, int itemNumber = 0) =>
        new(JournalEntryKind.JobStarted, at, vault, item, operation, trigger) { Job = job, ItemNumber = itemNumber };

    public static JournalEntry JobPhaseChanged(Instant at, string vault, string item, JobKey job, string phase, string status, int itemNumber = 0) =>
        new(JournalEntryKind.JobPhaseChanged, at, vault, item, phase, status) { Job = job, ItemNumber = itemNumber };

    public static JournalEntry JobFinished(Instant at, string vault, string item, JobKey job, string operation, string status, string? errorCode, double transferSizeGb, int itemNumber = 0) =>
        new(JournalEntryKind.JobFinished, at, vault, item, operation, status) { Job = job, ErrorCode = errorCode, SizeGb = transferSizeGb, ItemNumber = itemNumber };

    public static JournalEntry PointCreated(Instant at, string vault, string item, long pointId, Instant time, string tag, string consistency, bool isFull, Instant? snapshotExpiry, Instant vaultExpiry, int itemNumber = 0) =>
        new(JournalEntryKind.PointCreated, at, vault, item, tag, consistency)
        {
            PointId = pointId, Time = time, IsFull = isFull, SnapshotExpiry = snapshotExpiry, VaultExpiry = vaultExpiry, ItemNumber = itemNumber,
        };

    public static JournalEntry PointTierChanged(Instant at, string vault, string item, long pointId, string tier, string reason, double vaultSizeGb, int itemNumber = 0) =>
        new(JournalEntryKind.PointTierChanged, at, vault, item, tier, reason) { PointId = pointId, SizeGb = vaultSizeGb, ItemNumber = itemNumber };

    public static JournalEntry PointRetentionChanged(Instant at, string vault, string item, long pointId, Instant vaultExpiry, int itemNumber = 0) =>
        new(JournalEntryKind.PointRetentionChanged, at, vault, item, null, null) { PointId = pointId, VaultExpiry = vaultExpiry, ItemNumber = itemNumber };

    public static JournalEntry PointDeleted(Instant at, string vault, string item, long pointId, string reason, int itemNumber = 0) =>
        new(JournalEntryKind.PointDeleted, at, vault, item, reason, null) { PointId = pointId, ItemNumber = itemNumber };

    /// <summary>The entry of an event object: its values for a job's or a point's change, else the object itself.</summary>
    public static JournalEntry Of(DomainEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e switch
        {
            Journal.JobStarted s => JobStarted(s.At, s.VaultName, s.ItemName, JobKey.Of(s.Id), s.Operation, s.Trigger),
            Journal.JobPhaseChanged p => JobPhaseChanged(p.At, p.VaultName, p.ItemName, JobKey.Of(p.Id), p.Phase, p.Status),
            Journal.JobFinished f => JobFinished(f.At, f.VaultName, f.ItemName, JobKey.Of(f.Id), f.Operation, f.Status, f.ErrorCode, f.TransferSizeGb),
            RecoveryPointCreated c => PointCreated(c.At, c.VaultName, c.ItemName, c.PointId, c.Time, c.Tag, c.Consistency, c.IsFull, c.SnapshotExpiry, c.VaultExpiry),
            RecoveryPointTierChanged t => PointTierChanged(t.At, t.VaultName, t.ItemName, t.PointId, t.Tier, t.Reason, t.VaultSizeGb),
            RecoveryPointRetentionChanged r => PointRetentionChanged(r.At, r.VaultName, r.ItemName, r.PointId, r.VaultExpiry),
            RecoveryPointDeleted d => PointDeleted(d.At, d.VaultName, d.ItemName, d.PointId, d.Reason),
            _ => new JournalEntry(e),
        };
    }

    /// <summary>The event as an object, for the journal's readers of <see cref="DomainEvent"/>s.</summary>
    public DomainEvent ToEvent() => Kind switch
    {
        JournalEntryKind.JobStarted => new JobStarted(At, Vault!, Item!, Job.ToString(), Operation!, Trigger!),
        JournalEntryKind.JobPhaseChanged => new JobPhaseChanged(At, Vault!, Item!, Job.ToString(), Phase!, Status!),
        JournalEntryKind.JobFinished => new JobFinished(At, Vault!, Item!, Job.ToString(), Operation!, Status!, ErrorCode, SizeGb),
        JournalEntryKind.PointCreated => new RecoveryPointCreated(At, Vault!, Item!, PointId, Time, Tag!, Consistency!, IsFull, SnapshotExpiry, VaultExpiry),
        JournalEntryKind.PointTierChanged => new RecoveryPointTierChanged(At, Vault!, Item!, PointId, Tier!, Reason!, SizeGb),
        JournalEntryKind.PointRetentionChanged => new RecoveryPointRetentionChanged(At, Vault!, Item!, PointId, VaultExpiry),
        JournalEntryKind.PointDeleted => new RecoveryPointDeleted(At, Vault!, Item!, PointId, Reason!),
        _ => Other!,
    };
}
