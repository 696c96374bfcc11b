namespace Simulator.Store.Schema;

/// <summary>The index of the points alive by item, which reports use and a writer does without.</summary>
/// <remarks>
/// <para>
/// A writer drops it when it first writes to a file and builds it when the recording closes (0.5 s of a year's close),
/// so a run that is killed has none: its reports scan. Kept while writing, it costs far more than its own rows, though
/// nearly none enter it (a point's row is written when the point is deleted): with any index on the table, SQLite
/// keeps a statement journal for each <c>INSERT OR REPLACE</c>, a copy of every 64 KiB page the row touches. A year's
/// recording wrote 80 times the bytes and took twice as long (docs/performance.md).
/// </para>
/// <para>
/// Points by item only while alive, the ones reports list: a year of 10,000 VMs keeps 293,000 of 3.6 million. Jobs
/// have no index by item: sorting a year's 3.66 million of them took 3.3 s at the end of every such recording, a
/// seventh of it, while a report of one item's jobs scans them in under half a second.
/// </para>
/// </remarks>
internal static class ItemIndexes
{
    /// <summary>Drops the index, and the jobs index files of earlier versions had.</summary>
    public const string Drop = "DROP INDEX IF EXISTS jobs_item; DROP INDEX IF EXISTS recovery_points_item;";

    public const string Create = "CREATE INDEX IF NOT EXISTS recovery_points_item ON recovery_points (item_id) WHERE deleted_at IS NULL;";
}
