using Dapper;

namespace Simulator.Store.Reading;

public sealed partial class RunReader
{
    /// <summary>Refuses a file whose items lack one the run had, as a row deleted by hand leaves it.</summary>
    /// <remarks>
    /// A complete run writes every item it ends with, and an item goes only when its backup data is purged, which a run
    /// begun at schema 6 or later records in <c>purges</c>: so an item of <c>item_keys</c> (one that had jobs or points)
    /// with neither a row nor a purge was deleted, and the list would be shorter without a word. An incomplete run's
    /// items are as of its start or last suspension, before the items that came later, and an older file has purges its
    /// rows don't tell: both are read as they are. A lookup per key, of a few thousand; jobs are not read.
    /// </remarks>
    /// <exception cref="MissingRowException">An item has no row.</exception>
    private void RefuseMissingItem()
    {
        if (!Summary.IsComplete || !_purgesRecorded)
        {
            return;
        }

        var missing = _connection.QueryFirstOrDefault<(long Id, string Vault, string Item)?>("""
            SELECT k.id, k.vault, k.item FROM item_keys k
            WHERE NOT EXISTS (SELECT 1 FROM items i WHERE i.vault = k.vault AND i.name = k.item)
              AND NOT EXISTS (SELECT 1 FROM purges u WHERE u.item_id = k.id)
            ORDER BY k.id LIMIT 1
            """);
        if (missing is { } item)
        {
            throw new MissingRowException("items", ItemRowKey(item.Vault, item.Item),
                $"the item that table 'item_keys' names in its row with id {item.Id}: it had jobs or points, and table 'purges' holds no purge of it");
        }
    }
}
