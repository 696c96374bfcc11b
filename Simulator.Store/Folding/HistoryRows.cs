using Microsoft.Data.Sqlite;
using Simulator.Store.Recording;

namespace Simulator.Store.Folding;

/// <summary>Writes a job's or a point's row from its history: one row each, replaced if it is there already.</summary>
/// <remarks>
/// Replace, because a suspended lab writes its jobs in flight and points alive, and the continued run writes them
/// again when they finish or go. A recording that began with no rows writes each row once, and inserts without
/// replacing (<paramref name="replace"/> false): with an index on the table, SQLite keeps a statement journal for an
/// <c>INSERT OR REPLACE</c>, but not for an <c>INSERT</c>, so such a recording keeps the index of points alive as it
/// goes (<see cref="Schema.ItemIndexes"/>). A reader rebuilding a killed run's open jobs and points writes the same
/// rows into tables of its own. Rows name their item by its number in <paramref name="items"/>, which they own from
/// here.
/// </remarks>
internal sealed class HistoryRows(SqliteConnection connection, ItemKeys items, string jobsTable = "jobs", string pointsTable = "recovery_points", bool replace = true) : IDisposable
{
    // The table names are this class's constants or the reader's, never input.
    private readonly RawStatement _job = new(connection, $"""
        {Insert(replace)} INTO {jobsTable} (seq, id, item_id, operation, trigger, status, start_at, end_at, error_code, transfer_gb,
            snapshot_status, snapshot_start, snapshot_end, transfer_status, transfer_start, transfer_end)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
        """);

    private readonly RawStatement _point = new(connection, $"""
        {Insert(replace)} INTO {pointsTable} (id, item_id, time, tag, consistency, is_full, tier, snapshot_expiry, vault_expiry, vault_size_gb,
            created_at, vaulted_at, snapshot_expired_at, deleted_at, delete_reason)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
        """);

    /// <summary>True when a row that is there already is replaced; false when each row is written once.</summary>
    public bool Replaces => replace;

    private static string Insert(bool replace) => replace ? "INSERT OR REPLACE" : "INSERT";

    public void Write(in JobHistory job) =>
        _job.Bind(1, job.Seq).Bind(2, job.Id).Bind(3, items.Of(job.Vault, job.Item, job.ItemNumber)).Bind(4, job.Operation).Bind(5, job.Trigger).Bind(6, job.Status)
            .Bind(7, job.Start.Ticks).Bind(8, job.End.Ticks).Bind(9, job.ErrorCode).Bind(10, job.TransferGb)
            .Bind(11, job.Snapshot.Status).Bind(12, job.Snapshot.Start.Ticks).Bind(13, job.Snapshot.End.Ticks)
            .Bind(14, job.Transfer.Status).Bind(15, job.Transfer.Start.Ticks).Bind(16, job.Transfer.End.Ticks)
            .Run();

    public void Write(in PointHistory point) =>
        _point.Bind(1, point.Id).Bind(2, items.Of(point.Vault, point.Item, point.ItemNumber)).Bind(3, point.Time.Ticks).Bind(4, point.Tag).Bind(5, point.Consistency)
            .Bind(6, point.IsFull ? 1L : 0L).Bind(7, point.Tier).Bind(8, point.SnapshotExpiry.Ticks).Bind(9, point.VaultExpiry.Ticks)
            .Bind(10, point.VaultSizeGb).Bind(11, point.CreatedAt.Ticks).Bind(12, point.VaultedAt.Ticks)
            .Bind(13, point.SnapshotExpiredAt.Ticks).Bind(14, point.DeletedAt.Ticks).Bind(15, point.DeleteReason)
            .Run();

    /// <summary>The number the item's rows name it by, for a row of another table that names it too.</summary>
    public long ItemId(string vault, string item) => items.Of(vault, item);

    public void Dispose()
    {
        items.Dispose();
        _job.Dispose();
        _point.Dispose();
    }
}
