using Dapper;

namespace Simulator.Store.Reading;

public sealed partial class RunReader
{
    /// <summary>Every item's outcome, by vault and name: items with jobs or points, and items protected at the end.</summary>
    /// <remarks>A VM whose backup was reconfigured in another vault has an item, and an outcome, in each.</remarks>
    public IReadOnlyList<ItemOutcome> ItemOutcomes() => Read(QueryOutcomes);

    private List<ItemOutcome> QueryOutcomes()
    {
        // By the first job of each count, so that a status vaultsim never writes, or jobs whose item number names no
        // item (counted together, without a vault or item), are named at their first row.
        var jobs = ReadingCells("jobs", "seq", [StoredWords.JobStatuses.Column("status")], () => _connection.Query<(string? Vault, string? Item, string Status, long Count, long First)>(
                "SELECT k.vault, k.item, status, count(*), min(seq) FROM jobs j LEFT JOIN item_keys k ON k.id = j.item_id GROUP BY k.vault, k.item, status ORDER BY 5")
            .Select(j => j.Vault is null || j.Item is null
                ? throw StoredCells.NoItem(_connection, "jobs", "seq", j.First)
                : (Vault: j.Vault, Item: j.Item, Status: StoredWords.JobStatuses.Read(j.Status, "jobs", "seq", j.First, "status"), j.Count))
            .ToList())
            .ToLookup(j => (j.Vault, j.Item));
        var points = AllPoints().ToLookup(p => (p.Vault, p.Item));
        var keys = jobs.Select(g => g.Key).Concat(points.Select(g => g.Key)).Concat(Items().Select(i => (i.Vault, Item: i.Name)))
            .Distinct().OrderBy(k => k.Item, StringComparer.Ordinal).ThenBy(k => k.Vault, StringComparer.Ordinal);
        return keys.Select(key => new ItemOutcome(
                key.Vault,
                key.Item,
                jobs[key].ToDictionary(j => j.Status, j => j.Count, StringComparer.Ordinal),
                points[key].GroupBy(p => p.Tier, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal),
                points[key].GroupBy(p => p.Tag, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal),
                points[key].Select(p => (p.Time, p.KeptBy is null ? p.Expiry : null, p.KeptBy)).ToList(),
                points[key].Where(p => p.InVault).Sum(p => p.VaultSizeGb)))
            .ToList();
    }
}
