using System.Globalization;
using Dapper;
using NodaTime;
using Simulator.Store.Schema;

namespace Simulator.Store.Reading;

public sealed partial class RunReader
{
    /// <summary>Every item's outcome, by vault and name: items with jobs or points, and items protected at the end.</summary>
    /// <remarks>A VM whose backup was reconfigured in another vault has an item, and an outcome, in each.</remarks>
    public IReadOnlyList<ItemOutcome> ItemOutcomes() => Read(QueryOutcomes);

    private List<ItemOutcome> QueryOutcomes()
    {
        // Counted in SQL: a year of a big fleet has millions of jobs. Every cell of theirs must be one report jobs
        // takes, though a count reads only some (the times summed: whole numbers, within the run, no end before its
        // start; an id, a size and the phases' words besides): the first row that might not be is mapped as report
        // jobs maps it, which refuses it in its words. A comparison of files report refuses is no comparison.
        var (start, end) = (TimeColumn.ToTicks(Summary.Start), TimeColumn.ToTicks(Summary.End));
        if (_connection.ExecuteScalar<long?>($"""
                SELECT min(seq) FROM jobs
                WHERE typeof(start_at) <> 'integer' OR start_at NOT BETWEEN @start AND @end
                   OR (end_at IS NOT NULL AND (typeof(end_at) <> 'integer' OR end_at NOT BETWEEN @start AND @end OR end_at < start_at))
                   OR typeof(id) <> 'text'
                   OR typeof(transfer_gb) NOT IN ('integer', 'real') OR NOT transfer_gb BETWEEN 0 AND {double.MaxValue.ToString("R", CultureInfo.InvariantCulture)}
                   OR (snapshot_status IS NOT NULL AND {StoredWords.PhaseStatuses.NotOneOf("snapshot_status")})
                   OR (transfer_status IS NOT NULL AND {StoredWords.PhaseStatuses.NotOneOf("transfer_status")})
                """, new { start, end }) is { } suspect)
        {
            CheckJob(suspect);
        }

        // By the first job of each count, so that an operation, trigger or status vaultsim never writes, or jobs whose item number names no
        // item (counted together, without a vault or item), are named at their first row.
        var cells = new[] { StoredWords.Operations.Column("operation"), StoredWords.Triggers.Column("trigger"), StoredWords.JobStatuses.Column("status"), StoredCells.Text("error_code", optional: true) };
        var jobs = ReadingCells("jobs", "seq", cells, () => _connection.Query<(string? Vault, string? Item, string Operation, string? Trigger, string Status, string? ErrorCode, long Count, long First, long? Ticks)>("""
                SELECT k.vault, k.item, operation, trigger, status, error_code, count(*), min(seq), sum(end_at - start_at)
                FROM jobs j LEFT JOIN item_keys k ON k.id = j.item_id GROUP BY k.vault, k.item, operation, trigger, status, error_code ORDER BY 8
                """)
            .Select(j => j.Vault is null || j.Item is null ? throw StoredCells.NoItem(_connection, "jobs", "seq", j.First)
                : (Vault: j.Vault, Item: j.Item, Kind: new JobKind(
                    StoredWords.Operations.Read(j.Operation, "jobs", "seq", j.First, "operation"),
                    StoredWords.Triggers.Read(j.Trigger, "jobs", "seq", j.First, "trigger"),
                    StoredWords.JobStatuses.Read(j.Status, "jobs", "seq", j.First, "status"),
                    j.ErrorCode), j.Count, Time: Duration.FromTicks(j.Ticks ?? 0)))
            .ToList())
            .ToLookup(j => (j.Vault, j.Item));
        var points = AllPoints().ToLookup(p => (p.Vault, p.Item));
        var keys = jobs.Select(g => g.Key).Concat(points.Select(g => g.Key)).Concat(Items().Select(i => (i.Vault, Item: i.Name)))
            .Distinct().OrderBy(k => k.Item, StringComparer.Ordinal).ThenBy(k => k.Vault, StringComparer.Ordinal);
        return keys.Select(key => new ItemOutcome(
                key.Vault,
                key.Item,
                jobs[key].GroupBy(j => j.Kind.Status, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(j => j.Count), StringComparer.Ordinal),
                points[key].GroupBy(p => p.Tier, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal),
                points[key].GroupBy(p => p.Tag, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal),
                points[key].Select(p => (p.Time, p.KeptBy is null ? p.Expiry : null, p.KeptBy)).ToList(),
                points[key].Where(p => p.InVault).Sum(p => p.VaultSizeGb))
            {
                ErrorsByCode = jobs[key].Where(j => j.Kind.ErrorCode is not null).GroupBy(j => j.Kind.ErrorCode!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(j => j.Count), StringComparer.Ordinal),
                JobsByKind = jobs[key].ToDictionary(j => j.Kind, j => j.Count),
                JobTime = jobs[key].Aggregate(Duration.Zero, (time, j) => time + j.Time),
            })
            .ToList();
    }
}
