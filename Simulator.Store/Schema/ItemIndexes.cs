namespace Simulator.Store.Schema;

/// <summary>The index of the points alive by item, which reports use.</summary>
/// <remarks>
/// <para>
/// A recording into a file with no job or point row yet keeps it as it writes: it only inserts rows, each once, and a
/// point's row is written when the point is deleted, so nearly none enter the index until the points alive are written
/// at the close. A recording that goes on in a file with rows (a reopened lab) replaces the rows its suspended lab wrote
/// while they were open, and with any index on the table SQLite keeps a statement journal for each
/// <c>INSERT OR REPLACE</c>, a copy of every 64 KiB page the row touches: kept like that, a year's recording wrote 80
/// times the bytes and took twice as long (docs/performance.md). Such a recording drops the index when it first writes
/// and builds it again when it closes, so a killed one has none, and its reports scan.
/// </para>
/// <para>
/// Points by item only while alive, the ones reports list: a year of 10,000 VMs keeps 293,000 of 3.6 million. Jobs
/// have no index by item: sorting a year's 3.66 million of them took 3.3 s at the end of every such recording, a
/// seventh of it, while a report of one item's jobs scans them in under half a second.
/// </para>
/// </remarks>
internal static class ItemIndexes
{
    /// <summary>Drops the index, and the jobs index files of earlier versions had, for a recording that replaces rows.</summary>
    public const string Drop = "DROP INDEX IF EXISTS jobs_item; DROP INDEX IF EXISTS recovery_points_item;";

    /// <summary>For a recording that only inserts: the index is kept (made if it is missing), and the jobs index of earlier versions dropped.</summary>
    public const string KeepWhileInserting = "DROP INDEX IF EXISTS jobs_item; " + Create;

    public const string Create = "CREATE INDEX IF NOT EXISTS recovery_points_item ON recovery_points (item_id) WHERE deleted_at IS NULL;";
}
