using Dapper;

namespace Simulator.Store.Reading;

public sealed partial class RunReader
{
    /// <summary>One item's filter of the points alive; it lets through, to be refused, a point whose item number names no item, when one may be there.</summary>
    /// <remarks>
    /// Such a point, edited by hand, may have been this item's, and the list would be shorter without a word. Finding it
    /// means reading every point alive, hundreds of thousands on a big run, where the item's own are read through their
    /// index: so it is done only when the ends of that index and the keys' few thousand numbers say it may exist. Keys
    /// are given out from 1 without gaps, so any other whole number lies outside them; a fraction edited within them
    /// is found by a pass over the index alone (a year of 10,000 VMs keeps 300,000 points alive: 20-30 ms), and then
    /// read whole too, so that it is refused by the same mapping as every other point naming no item.
    /// </remarks>
    /// <returns>The join of the points to their items, and the filter; an inner join, where SQLite finds the item first and its points by their index (a left one it reads every point alive for).</returns>
    private (string Join, string Filter) ItemsPoints()
    {
        const string Item = "k.item = @Item AND (@Vault IS NULL OR k.vault = @Vault)";
        var mayHaveOrphans = _connection.ExecuteScalar<bool>("""
            SELECT coalesce((SELECT min(id) FROM item_keys) IS NOT 1
                OR (SELECT count(*) FROM item_keys) <> (SELECT max(id) FROM item_keys)
                OR (SELECT min(item_id) FROM recovery_points WHERE deleted_at IS NULL) < 1
                OR (SELECT max(item_id) FROM recovery_points WHERE deleted_at IS NULL) > (SELECT max(id) FROM item_keys)
                OR EXISTS (SELECT 1 FROM recovery_points WHERE deleted_at IS NULL AND item_id <> CAST(item_id AS INTEGER)), 0)
            """);
        return mayHaveOrphans ? ("LEFT JOIN", $"AND (k.id IS NULL OR ({Item}))") : ("JOIN", $"AND {Item}");
    }
}
