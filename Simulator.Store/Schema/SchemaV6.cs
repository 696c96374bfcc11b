namespace Simulator.Store.Schema;

/// <summary>Version 6: an item's backup data deleted for good (purged) has a row of its own.</summary>
/// <remarks>
/// Until version 5 a purge was told only by the points that went with it (<c>delete_reason</c>), so an item purged
/// when it had no point left, its data deleted before its first backup or after its last point expired, left no
/// trace but its journal event, and <c>report points</c> said nothing of it. An older file's purges are filled from
/// its points, the most its rows tell: a purge without points there stays untold. Times are ticks, as the points'.
/// </remarks>
internal static class SchemaV6
{
    public const string Sql = """
        CREATE TABLE purges (
            item_id INTEGER NOT NULL,
            at INTEGER NOT NULL,
            PRIMARY KEY (item_id, at)
        );
        INSERT INTO purges (item_id, at)
            SELECT DISTINCT item_id, deleted_at FROM recovery_points WHERE delete_reason = 'backup data deleted' AND deleted_at IS NOT NULL;
        """;
}
