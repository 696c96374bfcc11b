using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using NodaTime;
using Simulator.Store.Rows;
using Simulator.Store.Schema;

namespace Simulator.Store.Reading;

public sealed partial class RunReader
{
    /// <summary>The jobs that match, in the order they started.</summary>
    public IReadOnlyList<JobRecord> Jobs(JobQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Read(() => QueryJobs(query, jobs => jobs.ToList()));
    }

    /// <summary>The jobs that match, in the order they started, read from the file one by one as they are enumerated.</summary>
    /// <remarks>
    /// A year of a big fleet has millions, too many to hold (<see cref="Jobs(JobQuery)"/> held 2 KB a job). Each
    /// enumeration queries the file again, and reads the same rows, as the reader reads the file as it was when it
    /// opened. A damaged row fails the enumeration where it is met, as it fails <see cref="Jobs(JobQuery)"/>.
    /// </remarks>
    public IEnumerable<JobRecord> EachJob(JobQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new GuardedSequence<JobRecord>(() => QueryJobs(query, jobs => jobs), step => Read(() => ReadingCells("jobs", "seq", JobCells, step)));
    }

    /// <summary>The protected items, by vault then name, as they were at <see cref="ItemsAsOf"/>.</summary>
    public IReadOnlyList<ItemRecord> Items() => Read(QueryItems);

    /// <summary>When the items were written: the run's end for a complete run, its start (or last suspension) otherwise.</summary>
    public Instant? ItemsAsOf => Read(() => StoredCells.IsoOptional(_connection.ExecuteScalar<string?>("SELECT items_as_of FROM runs WHERE id = 1"), "runs", RunRowKey, "items_as_of"));

    /// <summary>The points of one item kept at the end of the run, oldest first; null when the run has no such item.</summary>
    /// <param name="item">A data source's name (its items in every vault), or <c>vault/name</c> (its item in that vault).</param>
    public IReadOnlyList<PointRecord>? Points(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Read(() => ResolveItem(item) is { } found ? KeptPoints(ItemsPoints(), found) : null);
    }

    /// <summary>When the item's backup data was deleted for good (purged), with the points it still had then, oldest first; empty when it never was.</summary>
    /// <param name="item">A data source's name (its items in every vault), or <c>vault/name</c> (its item in that vault).</param>
    /// <remarks>Told by the purge's own row, so an item purged with no point left is found too (in a file begun before schema 6, only by the points it had).</remarks>
    public IReadOnlyList<PurgeRecord> Purges(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Read(() => ResolveItem(item) is { } found ? QueryPurges(found) : []);
    }

    /// <summary>Every item's purge, by time then vault and item: what <see cref="Purges"/> tells of one item, told of all.</summary>
    public IReadOnlyList<PurgeRecord> AllPurges() => Read(() => QueryPurges(null));

    /// <summary>Whether the run had a VM, server or protected item of that name, or <c>vault/name</c> (ignoring case, as the simulator does).</summary>
    public bool HasItem(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Read(() => ResolveItem(item) is not null);
    }

    /// <summary>Whether the run protected the VM or server named in a vault: whether it recorded an item, a job or a point of it.</summary>
    /// <remarks>A VM the scenario has and never protects is a name the run had (<see cref="HasItem"/>), with no job or point to list.</remarks>
    /// <param name="item">A data source's name, or <c>vault/name</c>, which names an item only where the run had one.</param>
    public bool WasProtected(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Read(() => ResolveItem(item) is { } found
            && (found.Vault is not null || _connection.ExecuteScalar<long>("SELECT EXISTS (SELECT 1 FROM item_keys WHERE item = @Item) OR EXISTS (SELECT 1 FROM items WHERE name = @Item)", new { found.Item }) == 1));
    }

    /// <summary>Every point kept at the end of the run, by item then time.</summary>
    public IReadOnlyList<PointRecord> AllPoints() => Read(QueryAllPoints);

    private List<PointRecord> QueryAllPoints() => KeptPoints(("LEFT JOIN", string.Empty), null);

    /// <param name="take">What is done with the jobs, read one by one as it asks for them: a year of a big fleet has millions.</param>
    private TResult QueryJobs<TResult>(JobQuery query, Func<IEnumerable<JobRecord>, TResult> take)
    {
        var item = query.Item is null ? null : ResolveItem(query.Item) ?? new StoredItem(null, query.Item);
        // A row whose item number names no item is let through, to be refused as it is mapped: it may have been this item's.
        var itemFilter = item is null ? string.Empty : "AND (k.id IS NULL OR (k.item = @item AND (@vault IS NULL OR k.vault = @vault)))";
        return ReadingCells("jobs", "seq", JobCells, () => take(_connection.Query<JobRow>($"""
                {JobRowsSql}
                WHERE (@status IS NULL OR status = @status COLLATE NOCASE OR {StoredWords.JobStatuses.NotOneOf("status")})
                  AND (@operation IS NULL OR operation = @operation COLLATE NOCASE OR {StoredWords.Operations.NotOneOf("operation")})
                  {itemFilter}
                  AND (@from IS NULL OR start_at >= @from)
                  AND (@to IS NULL OR start_at <= @to)
                ORDER BY seq
                """, new { status = query.Status, operation = query.Operation, item = item?.Item, vault = item?.Vault, from = TimeColumn.ToTicks(query.From), to = TimeColumn.ToTicks(query.To) }, buffered: false)
            .Select(MapJob)));
    }

    /// <summary>A job's row as a record, its words checked: a filter on a word also lets through a word vaultsim never writes, so that it is refused here rather than left out.</summary>
    private JobRecord MapJob(JobRow j)
    {
        if (j.Vault is null || j.Item is null)
        {
            throw StoredCells.NoItem(_connection, "jobs", "seq", j.Seq);
        }

        string? Word(StoredWords words, string? cell, string column) => words.Read(cell, "jobs", "seq", j.Seq, column);
        var (operation, trigger, status) = (Word(StoredWords.Operations, j.Operation, "operation")!, Word(StoredWords.Triggers, j.Trigger, "trigger"), Word(StoredWords.JobStatuses, j.Status, "status")!);
        _ = Word(StoredWords.PhaseStatuses, j.SnapshotStatus, "snapshot_status");
        _ = Word(StoredWords.PhaseStatuses, j.TransferStatus, "transfer_status");
        var row = StoredCells.Row("seq", j.Seq);
        // A job ends no earlier than it starts: an end edited before it would be listed with a negative duration.
        if (j.EndAt < j.StartAt)
        {
            throw new UnreadableCellException("jobs", row, "end_at", StoredCells.Ticks(j.EndAt.Value),
                string.Create(CultureInfo.InvariantCulture, $"a time no earlier than its start_at, {j.StartAt} ({TimeColumn.FromTicks(j.StartAt)})"));
        }

        var (start, end) = (RunTime(j.StartAt, "jobs", row, "start_at"), j.EndAt is { } endAt ? RunTime(endAt, "jobs", row, "end_at") : (Instant?)null);
        return new JobRecord(j.Id, j.Vault, j.Item, operation, trigger, status, start, end, j.ErrorCode,
            StoredCells.Gigabytes(j.TransferGb, "jobs", row, "transfer_gb"));
    }

    /// <summary>The columns of a job's row that <see cref="MapJob"/> maps, and where they are read from.</summary>
    private const string JobRowsSql = """
        SELECT seq AS Seq, j.id AS Id, k.vault AS Vault, k.item AS Item, operation AS Operation, trigger AS Trigger, status AS Status,
               start_at AS StartAt, end_at AS EndAt, error_code AS ErrorCode, transfer_gb AS TransferGb,
               snapshot_status AS SnapshotStatus, transfer_status AS TransferStatus
        FROM jobs j LEFT JOIN item_keys k ON k.id = j.item_id
        """;

    /// <summary>Maps job <paramref name="seq"/>'s row as report jobs does, refusing what it refuses; for a count that read the row's cells in SQL.</summary>
    private void CheckJob(long seq) =>
        ReadingCells("jobs", "seq", JobCells, () => MapJob(_connection.QuerySingle<JobRow>($"{JobRowsSql} WHERE seq = @seq", new { seq })));

    /// <summary>The items' rows, refused where the file lacks one (<see cref="RefuseMissingItem"/>), after a cell of theirs that can't be read.</summary>
    private List<ItemRecord> QueryItems()
    {
        var items = QueryItemRows();
        RefuseMissingItem();
        return items;
    }

    private List<ItemRecord> QueryItemRows() =>
        ReadingCells(e => StoredCells.FirstOfAnotherKind(_connection, "items", ["vault", "name"], ItemCells, e) ?? StoredCells.FirstOfAnotherKind(_connection, "data_sources", ["name"], SourceCells, e), () =>
            _connection.Query<(string Name, string Vault, string Policy, string State, string DeleteState, string LastBackup, string Health, string? LastBackupTime, string? LastPoint, string? ResourceGroup, string? Type)>("""
                    SELECT i.name, i.vault, i.policy, i.protection_state, i.delete_state, i.last_backup_status, i.health, i.last_backup_time, i.last_recovery_point, d.resource_group, d.type
                    FROM items i LEFT JOIN data_sources d ON d.name = i.name
                    ORDER BY i.vault, i.name
                    """)
                .Select(i =>
                {
                    var row = ItemRowKey(i.Vault, i.Name);
                    string? Word(StoredWords words, string? cell, string column) => words.Read(cell, "items", row, column);
                    return new ItemRecord(i.Name, i.Vault, i.Policy, Word(StoredWords.ProtectionStates, i.State, "protection_state")!, Word(StoredWords.DeleteStates, i.DeleteState, "delete_state")!,
                        Word(StoredWords.LastBackupStatuses, i.LastBackup, "last_backup_status")!, Word(StoredWords.Healths, i.Health, "health")!,
                        StoredCells.IsoOptional(i.LastBackupTime, "items", row, "last_backup_time"), StoredCells.IsoOptional(i.LastPoint, "items", row, "last_recovery_point"), i.ResourceGroup,
                        // Every item's data source is written with the world (a foreign key holds it there): without it, the
                        // item would be listed without its resource group, and as a VM whatever it was.
                        i.Type is null
                            ? throw new UnreadableCellException("items", row, "name", StoredCells.Shown(i.Name), "the name of a data source in table 'data_sources'")
                            : StoredWords.SourceTypes.Read(i.Type, "data_sources", StoredCells.Row(("name", i.Name)), "type"));
                })
                .ToList());

    /// <param name="items">How the points are joined to their items, and which are kept: a left join lets a point whose item number names no item through, to be refused.</param>
    private List<PointRecord> KeptPoints((string Join, string Filter) items, object? args) => WithKeptReasons(
        ReadingCells("recovery_points", "id", PointCells, () => _connection.Query<PointRow>($"""
                SELECT p.id AS Id, k.vault AS Vault, k.item AS Item, time AS Time, tag AS Tag, consistency AS Consistency, is_full AS IsFull, tier AS Tier,
                       snapshot_expiry AS SnapshotExpiry, vault_expiry AS VaultExpiry, vault_size_gb AS VaultSizeGb, delete_reason AS DeleteReason
                FROM recovery_points p {items.Join} item_keys k ON k.id = p.item_id
                WHERE deleted_at IS NULL {items.Filter}
                ORDER BY k.item, time, p.id
                """, args)
            .Select(MapPoint)
            .ToList()));

    /// <summary>A kept point's row as a record, its words checked.</summary>
    private PointRecord MapPoint(PointRow p)
    {
        if (p.Vault is null || p.Item is null)
        {
            throw StoredCells.NoItem(_connection, "recovery_points", "id", p.Id);
        }

        string? Word(StoredWords words, string? cell, string column) => words.Read(cell, "recovery_points", "id", p.Id, column);
        var (tag, consistency, tier) = (Word(StoredWords.Tags, p.Tag, "tag")!, Word(StoredWords.Consistencies, p.Consistency, "consistency")!, Word(StoredWords.Tiers, p.Tier, "tier")!);
        _ = Word(StoredWords.DeleteReasons, p.DeleteReason, "delete_reason");
        // A point is created with its snapshot's expiry, or without a snapshot for good: one kept without it would show no expiry at all.
        if (p.SnapshotExpiry is null && tier.StartsWith("Snapshot", StringComparison.Ordinal))
        {
            throw new UnreadableCellException("recovery_points", StoredCells.Row("id", p.Id), "snapshot_expiry", "nothing (NULL)", $"the time its snapshot expires, which its tier '{tier}' keeps");
        }

        // Read as "not 0", a 2 edited in would list the point as the item's full copy.
        if (p.IsFull is not (0 or 1))
        {
            throw new UnreadableCellException("recovery_points", StoredCells.Row("id", p.Id), "is_full", string.Create(CultureInfo.InvariantCulture, $"the whole number {p.IsFull}"), IsFullExpected);
        }

        var row = StoredCells.Row("id", p.Id);
        var time = RunTime(p.Time, "recovery_points", row, "time");
        Instant? snapshotExpiry = p.SnapshotExpiry is { } snapshot ? StoredCells.Expiry(snapshot, time, "recovery_points", row, "snapshot_expiry") : null;
        return new PointRecord(p.Id, p.Vault, p.Item, time, consistency, tag, tier, p.IsFull == 1, snapshotExpiry, StoredCells.Expiry(p.VaultExpiry, time, "recovery_points", row, "vault_expiry"),
            StoredCells.Gigabytes(p.VaultSizeGb, "recovery_points", row, "vault_size_gb"));
    }

    // The count is of the points that went with the purge: those its item still had, deleted at its instant for that reason.
    // Told in the same pass over the points (there is no index of the deleted ones), the first of them deleted then for a
    // reason vaultsim never writes comes as its id made negative, to be refused: it may have gone with the purge.
    private List<PurgeRecord> QueryPurges(StoredItem? item) =>
        ReadingCells("purges", "item_id", [StoredCells.Ticks("at", optional: false)], () => _connection.Query<(long ItemId, string? Vault, string? Item, long At, long Points)>($"""
                SELECT u.item_id, k.vault, k.item, u.at,
                       (SELECT coalesce(-min(CASE WHEN {StoredWords.DeleteReasons.NotOneOf("p.delete_reason")} THEN p.id END), count(CASE WHEN p.delete_reason = @Reason THEN 1 END))
                        FROM recovery_points p WHERE p.item_id = u.item_id AND p.deleted_at = u.at)
                FROM purges u LEFT JOIN item_keys k ON k.id = u.item_id
                WHERE k.id IS NULL OR ((@Item IS NULL OR k.item = @Item) AND (@Vault IS NULL OR k.vault = @Vault))
                ORDER BY u.at, k.vault, k.item
                """, new { Reason = Core.Journal.RecoveryPointDeleted.DataDeleted, item?.Item, item?.Vault })
            .Select(p => p.Vault is null || p.Item is null
                ? throw StoredCells.NoItem("purges", StoredCells.Row("item_id", p.ItemId), p.ItemId.ToString(CultureInfo.InvariantCulture))
                : p.Points < 0 ? throw StoredWords.DeleteReasons.Refusal(_connection, "recovery_points", "id", -p.Points, "delete_reason")
                : new PurgeRecord(p.Vault, p.Item, RunTime(p.At, "purges", StoredCells.Row("item_id", p.ItemId), "at"), p.Points))
            .ToList());

    /// <summary>A job's, point's or purge's time, which the engine made within the run (<see cref="StoredCells.RunTime"/>).</summary>
    private Instant RunTime(long ticks, string table, string row, string column) => StoredCells.RunTime(ticks, Summary.Start, Summary.End, table, row, column);

    private static string ItemRowKey(string vault, string name) => StoredCells.Row(("vault", vault), ("name", name));

    /// <summary>The names of the run's data sources and of every item that had a job or point.</summary>
    private const string ItemNamesSql = "SELECT name FROM data_sources UNION SELECT item FROM item_keys";

    /// <summary>The stored spelling of what a reference names: a data source's name alone, or <c>vault/name</c>, its item in one
    /// vault (a VM whose backup was reconfigured in another vault has an item in each); null when the run had none.</summary>
    private StoredItem? ResolveItem(string reference)
    {
        if (ResolveName(ItemNamesSql, reference) is { } name)
        {
            return new StoredItem(null, name);
        }

        var parsed = Core.Protection.ItemReference.Parse(reference);
        return parsed.Vault is null ? null : _connection.Query<StoredItem>("SELECT vault AS Vault, item AS Item FROM item_keys UNION SELECT vault, name FROM items")
            .FirstOrDefault(k => parsed.Matches(k.Vault, k.Item));
    }

    private sealed record StoredItem(string? Vault, string Item);

    /// <summary>The stored spelling of a name, matched ignoring case the way the simulator does (SQLite's NOCASE folds ASCII only).</summary>
    private string? ResolveName(string namesSql, string name) =>
        _connection.Query<string>(namesSql).FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
}
