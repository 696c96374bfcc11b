using Dapper;
using Microsoft.Data.Sqlite;
using Simulator.Core.Journal;
using Simulator.Store.Rows;
using Simulator.Store.Schema;

namespace Simulator.Store.Recording;

/// <summary>Writes one batch of queued work in one transaction: the events, the jobs and points they change, and the rest.</summary>
/// <remarks>
/// Rows are grouped by statement, each run on one prepared command. The order of the groups keeps every foreign key
/// satisfied (a job before its phases, a point before its tiers); updates of one kind keep event order, and updates
/// of different kinds touch different columns, which is all the order the tables need.
/// </remarks>
internal sealed partial class BatchWriter(SqliteConnection connection) : IDisposable
{
    private readonly List<EventRow> _events = [];
    private readonly List<JobRow> _jobsStarted = [];
    private readonly List<JobPhaseRow> _phases = [];
    private readonly List<JobRow> _jobsFinished = [];
    private readonly List<PointRow> _pointsCreated = [];
    private readonly List<PointTierRow> _tiers = [];
    private readonly List<PointTierRow> _tierChanges = [];
    private readonly List<RecoveryPointRetentionChanged> _retention = [];
    private readonly List<RecoveryPointDeleted> _deleted = [];
    private readonly List<ActionRow> _actions = [];
    private readonly TimeText _time = new();

    public long LastEvent { get; set; }

    public long LastBatch { get; set; }

    public long LastAction { get; set; }

    public void Write(IReadOnlyList<object> batch)
    {
        Clear();
        WorldRows? world = null;
        FinalRows? final = null;
        string? reached = null;
        var batchId = LastBatch + 1;
        var firstEvent = LastEvent + 1;
        foreach (var work in batch)
        {
            switch (work)
            {
                case DomainEvent e:
                    reached = Add(e, batchId);
                    break;
                case ActionRow action:
                    _actions.Add(action with { Seq = ++LastAction });
                    break;
                case WorldRows w:
                    world = w;
                    break;
                case FinalRows f:
                    final = f;
                    break;
                default:
                    throw new InvalidOperationException($"The store can't write a {work.GetType().Name}.");
            }
        }

        using var tx = connection.BeginTransaction();
        if (world is not null)
        {
            WriteWorld(world, tx);
        }

        reached = final?.Reached ?? reached;
        connection.Execute("INSERT INTO batches (id, first_event, last_event, reached) VALUES (@batchId, @first, @last, coalesce(@reached, (SELECT reached FROM runs)))",
            new { batchId, first = _events.Count > 0 ? firstEvent : (long?)null, last = _events.Count > 0 ? LastEvent : (long?)null, reached }, tx);
        WriteEvents(tx);
        connection.Execute("INSERT INTO actions (seq, at, verb, json) VALUES (@Seq, @At, @Verb, @Json)", _actions, tx);
        connection.Execute("UPDATE runs SET events = @events, reached = max(reached, coalesce(@reached, reached)) WHERE id = 1", new { events = LastEvent, reached }, tx);
        if (final is not null)
        {
            WriteFinal(final, tx);
        }

        tx.Commit();
        LastBatch = batchId;
    }

    private string Add(DomainEvent e, long batchId)
    {
        var at = _time.Format(e.At);
        var seq = ++LastEvent;
        _events.Add(new EventRow(seq, batchId, at, e.GetType().Name, e.Vault, e.Item, e.JobId, e.What, e.State));
        switch (e)
        {
            case JobStarted j:
                _jobsStarted.Add(new JobRow(j.Id, j.VaultName, j.ItemName, j.Operation, j.Trigger.Length == 0 ? null : j.Trigger, "InProgress", at, null, null, 0));
                break;
            case JobPhaseChanged p:
                _phases.Add(new JobPhaseRow(p.Id, seq, p.Phase, p.Status, at));
                break;
            case JobFinished f:
                _jobsFinished.Add(new JobRow(f.Id, f.VaultName, f.ItemName, f.Operation, null, f.Status, string.Empty, at, f.ErrorCode, f.TransferSizeGb));
                break;
            case RecoveryPointCreated c:
                var tier = c.SnapshotExpiry is null ? "VaultStandard" : "Snapshot";
                _pointsCreated.Add(new PointRow(c.PointId, c.VaultName, c.ItemName, _time.Format(c.Time), c.Tag, c.Consistency, c.IsFull ? 1 : 0, tier,
                    InstantHandler.Format(c.SnapshotExpiry), InstantHandler.Format(c.VaultExpiry), 0, null, null));
                _tiers.Add(new PointTierRow(c.PointId, seq, at, tier, "created", 0));
                break;
            case RecoveryPointTierChanged t:
                var change = new PointTierRow(t.PointId, seq, at, t.Tier, t.Reason, t.VaultSizeGb);
                _tiers.Add(change);
                _tierChanges.Add(change);
                break;
            case RecoveryPointRetentionChanged r:
                _retention.Add(r);
                break;
            case RecoveryPointDeleted d:
                _deleted.Add(d);
                break;
        }

        return at;
    }

    private void WriteEvents(SqliteTransaction tx)
    {
        _insertEvent.Run(_events, tx);
        _insertJob.Run(_jobsStarted, tx);
        _insertPhase.Run(_phases, tx);
        _finishJob.Run(_jobsFinished, tx);
        _insertPoint.Run(_pointsCreated, tx);
        _insertTier.Run(_tiers, tx);
        _updateTier.Run(_tierChanges, tx);
        _updateRetention.Run(_retention, tx);
        _deletePoint.Run(_deleted, tx);
    }

    private void WriteWorld(WorldRows world, SqliteTransaction tx)
    {
        connection.Execute("INSERT INTO vaults VALUES (@Name, @Region, @Redundancy, @SoftDelete, @SoftDeleteDays, @CrossRegionRestore)", world.Vaults, tx);
        connection.Execute("INSERT INTO policies VALUES (@Vault, @Name, @Kind, @Summary, @SavedAt)", world.Policies, tx);
        connection.Execute("INSERT INTO data_sources VALUES (@Name, @Type, @Region, @ResourceGroup, @Os, @PowerState, @AgentStatus, @UsedGb, @ChurnGb, @ThroughputMbps)", world.DataSources, tx);
        WriteItems(world.Items, tx);
        connection.Execute("UPDATE runs SET items_as_of = (SELECT start_at FROM runs) WHERE id = 1", transaction: tx);
    }

    private void WriteFinal(FinalRows final, SqliteTransaction tx)
    {
        connection.Execute("DELETE FROM items", transaction: tx);
        WriteItems(final.Items, tx);
        if (final.Outcomes is { } outcomes)
        {
            connection.Execute("DELETE FROM outcomes", transaction: tx);
            connection.Execute("INSERT INTO outcomes (location, subject, expected, actual, at, passed) VALUES (@Location, @Subject, @Expected, @Actual, @At, @Passed)", outcomes, tx);
        }

        connection.Execute("""
            UPDATE runs SET reached = @Reached, items_as_of = @Reached, status = @status,
                checks = (SELECT count(*) FROM outcomes), failed_checks = (SELECT count(*) FROM outcomes WHERE passed = 0)
            WHERE id = 1
            """, new { final.Reached, status = final.Complete ? RunStatus.Complete : RunStatus.Incomplete }, tx);
    }

    private void WriteItems(IReadOnlyList<ItemRow> items, SqliteTransaction tx) =>
        connection.Execute("INSERT INTO items VALUES (@Name, @Vault, @Policy, @ProtectionState, @DeleteState, @LastBackupStatus, @Health, @LastBackupTime, @LastRecoveryPoint)", items, tx);

    private void Clear()
    {
        _events.Clear();
        _jobsStarted.Clear();
        _phases.Clear();
        _jobsFinished.Clear();
        _pointsCreated.Clear();
        _tiers.Clear();
        _tierChanges.Clear();
        _retention.Clear();
        _deleted.Clear();
        _actions.Clear();
    }
}
