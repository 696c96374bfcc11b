using Dapper;

namespace Simulator.Store.Reading;

public sealed partial class RunReader
{
    /// <summary>Every item's outcome, by name: items with jobs or points, and items protected at the end.</summary>
    public IReadOnlyList<ItemOutcome> ItemOutcomes() => Read(QueryOutcomes);

    private List<ItemOutcome> QueryOutcomes()
    {
        var jobs = _connection.Query<(string Item, string Status, long Count)>("SELECT k.item, status, count(*) FROM jobs j JOIN item_keys k ON k.id = j.item_id GROUP BY k.item, status")
            .ToLookup(j => j.Item, StringComparer.Ordinal);
        var points = AllPoints().ToLookup(p => p.Item, StringComparer.Ordinal);
        var names = jobs.Select(g => g.Key).Concat(points.Select(g => g.Key)).Concat(Items().Select(i => i.Name)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return names.Select(name => new ItemOutcome(
                name,
                jobs[name].ToDictionary(j => j.Status, j => j.Count, StringComparer.Ordinal),
                points[name].GroupBy(p => p.Tier, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal),
                points[name].Where(p => p.InVault).Sum(p => p.VaultSizeGb)))
            .ToList();
    }
}
