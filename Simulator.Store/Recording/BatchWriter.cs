using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Simulator.Core.Journal;
using Simulator.Store.Rows;
using Simulator.Store.Schema;

namespace Simulator.Store.Recording;

/// <summary>Writes one batch of queued work in one transaction: the events, the jobs and points they change, and the rest.</summary>
/// <remarks>
/// Rows are grouped by statement so Dapper runs each statement once per row on one prepared command. The order of
/// the groups keeps every foreign key satisfied (a job before its phases, a point before its tiers) and applies
/// updates in event order, which is all the order the tables need.
/// </remarks>
internal sealed class BatchWriter(SqliteConnection connection)
{
    private readonly List<EventRow> _events = [];
    private readonly List<JobRow> _jobsStarted = [];
    private readonly List<JobPhaseRow> _phases = [];
    private readonly List<JobRow> _jobsFinished = [];
    private readonly List<PointRow> _pointsCreated = [];
    private readonly List<PointTierRow> _tiers = [];
    private readonly List<object> _pointUpdates = [];
    private readonly List<ActionRow> _actions = [];

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
        var at = InstantHandler.Format(e.At);
        var seq = ++LastEvent;
        _events.Add(new EventRow(seq, batchId, at, e.GetType().Name, e.Vault, e.Item, e.JobId, e.What, e.State, JsonSerializer.Serialize(e, e.GetType(), StoreJson.Options)));
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
                _pointsCreated.Add(new PointRow(c.PointId, c.VaultName, c.ItemName, InstantHandler.Format(c.Time ?? c.At), c.Tag, c.Consistency, c.IsFull ? 1 : 0, tier,
                    InstantHandler.Format(c.SnapshotExpiry), InstantHandler.Format(c.VaultExpiry), 0, null, null));
                _tiers.Add(new PointTierRow(c.PointId, seq, at, tier, "created", 0));
                break;
            case RecoveryPointTierChanged t:
                _tiers.Add(new PointTierRow(t.PointId, seq, at, t.Tier, t.Reason, t.VaultSizeGb));
                _pointUpdates.Add(t);
                break;
            case RecoveryPointRetentionChanged or RecoveryPointDeleted:
                _pointUpdates.Add(e);
                break;
        }

        return at;
    }

    private void WriteWorld(WorldRows world, SqliteTransaction tx)
    {
        connection.Execute("INSERT INTO vaults VALUES (@Name, @Region, @Redundancy, @SoftDelete, @SoftDeleteDays, @CrossRegionRestore)", world.Vaults, tx);
        connection.Execute("INSERT INTO policies VALUES (@Vault, @Name, @Kind, @Summary, @SavedAt)", world.Policies, tx);
        connection.Execute("INSERT INTO data_sources VALUES (@Name, @Type, @Region, @ResourceGroup, @Os, @PowerState, @AgentStatus, @UsedGb, @ChurnGb, @ThroughputMbps)", world.DataSources, tx);
        WriteItems(world.Items, tx);
        connection.Execute("UPDATE runs SET items_as_of = (SELECT start_at FROM runs) WHERE id = 1", transaction: tx);
    }

    private void WriteEvents(SqliteTransaction tx)
    {
        connection.Execute("INSERT INTO events VALUES (@Seq, @Batch, @At, @Kind, @Vault, @Item, @JobId, @What, @State, @Data)", _events, tx);
        connection.Execute("INSERT INTO jobs VALUES (@Id, @Vault, @Item, @Operation, @Trigger, @Status, @StartAt, NULL, NULL, 0)", _jobsStarted, tx);
        connection.Execute("INSERT INTO job_phases VALUES (@JobId, @Event, @Phase, @Status, @At)", _phases, tx);
        connection.Execute("UPDATE jobs SET status = @Status, end_at = @EndAt, error_code = @ErrorCode, transfer_gb = @TransferGb WHERE id = @Id", _jobsFinished, tx);
        connection.Execute("INSERT INTO recovery_points VALUES (@Id, @Vault, @Item, @Time, @Tag, @Consistency, @IsFull, @Tier, @SnapshotExpiry, @VaultExpiry, @VaultSizeGb, NULL, NULL)", _pointsCreated, tx);
        connection.Execute("INSERT INTO point_tiers VALUES (@PointId, @Event, @At, @Tier, @Reason, @VaultSizeGb)", _tiers, tx);
        foreach (var update in _pointUpdates)
        {
            var (sql, args) = update switch
            {
                RecoveryPointTierChanged t => ("UPDATE recovery_points SET tier = @tier, vault_size_gb = @size WHERE id = @id", (object)new { id = t.PointId, tier = t.Tier, size = t.VaultSizeGb }),
                RecoveryPointRetentionChanged r => ("UPDATE recovery_points SET vault_expiry = @expiry WHERE id = @id", new { id = r.PointId, expiry = InstantHandler.Format(r.VaultExpiry) }),
                RecoveryPointDeleted d => ("UPDATE recovery_points SET deleted_at = @at, delete_reason = @reason WHERE id = @id", new { id = d.PointId, at = InstantHandler.Format(d.At), reason = d.Reason }),
                _ => throw new InvalidOperationException($"No point update for {update.GetType().Name}."),
            };
            connection.Execute(sql, args, tx);
        }
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
        connection.Execute("INSERT INTO items VALUES (@Name, @Vault, @Policy, @ProtectionState, @DeleteState, @LastBackupStatus, @LastBackupTime, @LastRecoveryPoint)", items, tx);

    private void Clear()
    {
        _events.Clear();
        _jobsStarted.Clear();
        _phases.Clear();
        _jobsFinished.Clear();
        _pointsCreated.Clear();
        _tiers.Clear();
        _pointUpdates.Clear();
        _actions.Clear();
    }
}
