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

/// <summary>The simulated Azure Backup world: vaults, data sources, protected items, jobs and recovery points.</summary>
/// <remarks>
/// Every face of the product (dashboard, replay, store) drives this one class: commands change the world and
/// refuse what Azure refuses with an <see cref="OperationRefusedException"/>; the engine moves time; every change
/// is published on <see cref="Journal"/>. Partial files hold one concern each.
/// <para>
/// The event-driven paths (jobs, phases, points, expiries) build their journal events only when
/// <see cref="EventJournal.HasSubscribers"/>: a headless run of a large estate would otherwise allocate several
/// records and strings per backup that nobody reads. With a subscriber the journal is exactly as before.
/// </para>
/// </remarks>
public sealed partial class Simulation : IEventHandler
{
    private readonly List<Vault> _vaults = [];
    private readonly List<DataSource> _dataSources = [];

    // Names are unique (case-insensitively) and sources are never removed, so a lookup table answers FindDataSource in
    // constant time; a scan made building a 100,000-VM estate quadratic.
    private readonly Dictionary<string, DataSource> _dataSourcesByName = new(StringComparer.OrdinalIgnoreCase);

    // A data source's items in the order they were last protected (configured or resumed): one per vault it was
    // protected in and whose data is not purged yet, of which at most one has an active schedule (reconfiguring backup
    // in an alternate vault, README.md).
    private readonly Dictionary<DataSource, ProtectedItem[]> _protection = [];

    // The last purge of each data source's backup data: where and when, so that a step naming it afterwards says so.
    private readonly Dictionary<DataSource, (string Vault, Instant At)> _purges = [];
    private readonly JobList _jobs;
    private readonly NextRunCache _nextRuns = new();
    private long _nextPointId = 1;
    private readonly RecoveryPoints.PointLog _pointLog = new();
    private long _nextJobNumber = 1;
    private int _itemsConfigured;

    // The cache lines asked for an item, read all over while one of its jobs runs. Four were enough until it kept the
    // full copy's hand-over and its running operation; past them, a 100,000-VM estate measured a tenth slower.
    private const int ItemPrefetchLines = 5;

    // The subjects of the draws that name jobs, hashed once.
    private static readonly ulong JobIdHigh = DeterministicRandom.SubjectHash("job-id-high");
    private static readonly ulong JobIdLow = DeterministicRandom.SubjectHash("job-id-low");

    public Simulation(Instant start, long seed, SimulationSettings? settings = null)
    {
        Engine = new SimulationEngine(start);
        Random = new DeterministicRandom(seed);
        Settings = settings ?? new SimulationSettings();
        _jobs = new JobList(Settings.JobHistoryLimit);
    }

    public SimulationEngine Engine { get; }

    public EventJournal Journal { get; } = new();

    public DeterministicRandom Random { get; }

    public SimulationSettings Settings { get; }

    public Instant Now => Engine.Now;

    public IReadOnlyList<Vault> Vaults => _vaults;

    public IReadOnlyList<DataSource> DataSources => _dataSources;

    /// <summary>The vault job list across vaults, oldest first.</summary>
    public IReadOnlyCollection<BackupJob> Jobs => _jobs;

    /// <summary>How many jobs have started since the beginning, including those the bounded job list has let go.</summary>
    public long JobsStarted => _nextJobNumber - 1;

    /// <summary>Every protected item of every vault, soft-deleted ones included.</summary>
    public IEnumerable<ProtectedItem> Items => _vaults.SelectMany(v => v.Items);

    public void RunUntil(Instant until) => Engine.RunUntil(until);

    public void RunFor(Duration duration) => Engine.RunUntil(Now + duration);

    public bool Step() => Engine.Step();

    public Vault? FindVault(string name) =>
        _vaults.FirstOrDefault(v => string.Equals(v.Name.Value, name, StringComparison.OrdinalIgnoreCase));

    public DataSource? FindDataSource(string name) => _dataSourcesByName.GetValueOrDefault(name);

    /// <summary>The item a name refers to: <c>vault/name</c> names the item in that vault; a data source's name alone, its current item.</summary>
    /// <remarks>
    /// The current item is the one whose schedule is active (there is at most one), else the one protected last: after
    /// backup is reconfigured in another vault, the name means the new vault's item, and the old one is
    /// <c>old-vault/name</c>. Null when nothing of that name is protected (or soft-deleted).
    /// </remarks>
    public ProtectedItem? FindItem(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (FindDataSource(reference) is { } source)
        {
            return CurrentItem(source);
        }

        var parsed = ItemReference.Parse(reference);
        return parsed.Vault is not null && FindDataSource(parsed.DataSource) is { } named ? ItemsOf(named).FirstOrDefault(parsed.Matches) : null;
    }

    /// <summary>The vault and time of the last purge of the data source's backup data; null when none was purged.</summary>
    public (string Vault, Instant At)? LastPurge(DataSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return _purges.TryGetValue(source, out var purge) ? purge : null;
    }

    /// <summary>The items of a data source, in the order they were last protected (configured or resumed): one per vault that protects it or still keeps its data.</summary>
    public IReadOnlyList<ProtectedItem> ItemsOf(DataSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return _protection.TryGetValue(source, out var items) ? items : [];
    }

    /// <summary>The job of this id, its whole GUID as a lab records it; null once it has left the job list.</summary>
    /// <remarks>The whole id: an id cut short, or emptied by an edit of a lab's file, would match some other job.</remarks>
    public BackupJob? FindJob(string id) => _jobs.FirstOrDefault(j => string.Equals(j.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>Publishes a line of narration (scenarios use it for training and demos).</summary>
    public void Narrate(string text) => Journal.Publish(new Narration(Now, text));

    /// <summary>Publishes a scenario step's refusal as narration, in the journal's words, keeping the refusal for a screen to word its way.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="refusal"/> is null.</exception>
    public void Narrate(OperationRefusedException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        Journal.Publish(new Narration(Now, refusal.Message) { Refusal = refusal });
    }

    void IEventHandler.Handle(in ScheduledEvent scheduled)
    {
        switch ((EventKind)scheduled.Kind)
        {
            case EventKind.ScheduledJobStart:
                OnScheduledJobStart((ProtectedItem)scheduled.Subject!, scheduled.Version);
                break;
            case EventKind.SnapshotDone:
                OnSnapshotDone((BackupJob)scheduled.Subject!);
                break;
            case EventKind.TransferDone:
                OnTransferDone((BackupJob)scheduled.Subject!);
                break;
            case EventKind.OperationDone:
                OnOperationDone((BackupJob)scheduled.Subject!);
                break;
            case EventKind.SnapshotExpiry:
            case EventKind.VaultExpiry:
                OnExpiry((ProtectedItem)scheduled.Subject!, scheduled.Version);
                break;
            case EventKind.Purge:
                OnPurge((ProtectedItem)scheduled.Subject!, scheduled.Version);
                break;
            case EventKind.MarsTransferDone:
                OnMarsTransferDone((BackupJob)scheduled.Subject!);
                break;
            case EventKind.MarsSeedImported:
                OnMarsSeedImported((BackupJob)scheduled.Subject!);
                break;
            default:
                throw new InvalidOperationException($"Unknown event kind {scheduled.Kind}.");
        }
    }

    /// <remarks>
    /// Every event's handling leads to the item: a job's, or the item itself for a scheduled run or a point's expiry.
    /// Depth 1 asks for the item, several lines of it (the subject was asked for before; an item that is the subject
    /// needs nothing more yet), and the point a transfer's completion or an expiry reads, found in the log by its id
    /// without reading the item; depth 2 for the parts of the item that handlers read: its data source, active jobs
    /// and ring of points.
    /// </remarks>
    void IEventHandler.Prefetch(in ScheduledEvent scheduled, int depth)
    {
        var item = scheduled.Subject switch
        {
            BackupJob job => job.Item,
            ProtectedItem subject => depth == 1 ? null : subject,
            _ => null,
        };
        if (depth == 1)
        {
            Simulator.Core.Engine.Prefetch.Object(item, ItemPrefetchLines);

            // A transfer's completion reads the point its snapshot made hours earlier, and an expiry one made weeks
            // earlier. The job is in cache by now (asked for as the subject), so asking costs no wait.
            switch ((EventKind)scheduled.Kind)
            {
                case EventKind.TransferDone when scheduled.Subject is BackupJob { PointId: not 0 and var id }:
                    _pointLog.Prefetch(id);
                    break;
                case EventKind.SnapshotExpiry or EventKind.VaultExpiry:
                    _pointLog.Prefetch(scheduled.Version);
                    break;
            }
        }
        else
        {
            item?.PrefetchParts();
        }
    }

    private void Schedule(Instant at, EventPriority priority, EventKind kind, object subject, long version = 0) =>
        Engine.Schedule(at, priority, this, (int)kind, subject, version);

    private JobName NewJobId()
    {
        var number = _nextJobNumber++;
        return new JobName(Random.NextBits(JobIdHigh, number), Random.NextBits(JobIdLow, number));
    }

    private void AddDataSource(DataSource source)
    {
        _dataSources.Add(source);
        _dataSourcesByName.Add(source.Name, source);
    }

    private static OperationRefusedException Refuse(string operation, object target, string reason) =>
        new(operation, target.ToString() ?? string.Empty, reason);

    /// <summary>A refusal whose reason's times and job operations stay values, for a screen to word its own way (<see cref="RefusalWording"/>).</summary>
    private static OperationRefusedException Refuse(string operation, object target, FormattableString reason) =>
        new(operation, target.ToString() ?? string.Empty, reason);

    /// <summary>A reason of plain words, or none.</summary>
    private static FormattableString? Plain(string? reason) => reason is null ? null : OperationRefusedException.Plain(reason);
}
