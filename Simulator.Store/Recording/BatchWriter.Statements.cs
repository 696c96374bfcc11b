using Simulator.Core.Journal;
using Simulator.Store.Rows;
using Simulator.Store.Schema;

namespace Simulator.Store.Recording;

internal sealed partial class BatchWriter
{
    private readonly PreparedCommand<EventRow> _insertEvent = PreparedCommand<EventRow>.Insert(connection, "events",
        ["seq", "batch", "at", "kind", "vault", "item", "job_id", "what", "state"],
        (e, i) => i switch { 0 => e.Seq, 1 => e.Batch, 2 => e.At, 3 => e.Kind, 4 => e.Vault, 5 => e.Item, 6 => e.JobId, 7 => e.What, _ => e.State });

    private readonly PreparedCommand<JobRow> _insertJob = PreparedCommand<JobRow>.Insert(connection, "jobs",
        ["id", "vault", "item", "operation", "trigger", "status", "start_at"],
        (j, i) => i switch { 0 => j.Id, 1 => j.Vault, 2 => j.Item, 3 => j.Operation, 4 => j.Trigger, 5 => j.Status, _ => j.StartAt });

    private readonly PreparedCommand<JobPhaseRow> _insertPhase = PreparedCommand<JobPhaseRow>.Insert(connection, "job_phases",
        ["event", "job_id", "phase", "status", "at"],
        (p, i) => i switch { 0 => p.Event, 1 => p.JobId, 2 => p.Phase, 3 => p.Status, _ => p.At });

    private readonly PreparedCommand<JobRow> _finishJob = new(connection,
        "UPDATE jobs SET status = @p0, end_at = @p1, error_code = @p2, transfer_gb = @p3 WHERE id = @p4", 5,
        (j, i) => i switch { 0 => j.Status, 1 => j.EndAt, 2 => j.ErrorCode, 3 => j.TransferGb, _ => j.Id });

    private readonly PreparedCommand<PointRow> _insertPoint = PreparedCommand<PointRow>.Insert(connection, "recovery_points",
        ["id", "vault", "item", "time", "tag", "consistency", "is_full", "tier", "snapshot_expiry", "vault_expiry"],
        (p, i) => i switch { 0 => p.Id, 1 => p.Vault, 2 => p.Item, 3 => p.Time, 4 => p.Tag, 5 => p.Consistency, 6 => p.IsFull, 7 => p.Tier, 8 => p.SnapshotExpiry, _ => p.VaultExpiry });

    private readonly PreparedCommand<PointTierRow> _insertTier = PreparedCommand<PointTierRow>.Insert(connection, "point_tiers",
        ["event", "point_id", "at", "tier", "reason", "vault_size_gb"],
        (t, i) => i switch { 0 => t.Event, 1 => t.PointId, 2 => t.At, 3 => t.Tier, 4 => t.Reason, _ => t.VaultSizeGb });

    // Tier changes in event order, so the last one of a point leaves its current tier and size (creation sets the first).
    private readonly PreparedCommand<PointTierRow> _updateTier = new(connection,
        "UPDATE recovery_points SET tier = @p0, vault_size_gb = @p1 WHERE id = @p2", 3,
        (t, i) => i switch { 0 => t.Tier, 1 => t.VaultSizeGb, _ => t.PointId });

    private readonly PreparedCommand<RecoveryPointRetentionChanged> _updateRetention = new(connection,
        "UPDATE recovery_points SET vault_expiry = @p0 WHERE id = @p1", 2,
        (r, i) => i switch { 0 => InstantHandler.Format(r.VaultExpiry), _ => r.PointId });

    private readonly PreparedCommand<RecoveryPointDeleted> _deletePoint = new(connection,
        "UPDATE recovery_points SET deleted_at = @p0, delete_reason = @p1 WHERE id = @p2", 3,
        (d, i) => i switch { 0 => InstantHandler.Format(d.At), 1 => d.Reason, _ => d.PointId });

    public void Dispose()
    {
        _insertEvent.Dispose();
        _insertJob.Dispose();
        _insertPhase.Dispose();
        _finishJob.Dispose();
        _insertPoint.Dispose();
        _insertTier.Dispose();
        _updateTier.Dispose();
        _updateRetention.Dispose();
        _deletePoint.Dispose();
    }
}
