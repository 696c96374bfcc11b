using Microsoft.Data.Sqlite;

namespace Simulator.Store.Reading;

public sealed partial class RunReader
{
    /// <summary>The columns of a job's row that Dapper reads as a number or text, which a value of another kind makes it fail on.</summary>
    private static readonly StoredColumn[] JobCells =
    [
        StoredCells.Text("id", optional: false), StoredCells.Ticks("start_at", optional: false), StoredCells.Ticks("end_at", optional: true), StoredWords.Operations.Column("operation"),
        StoredWords.Triggers.Column("trigger"), StoredWords.JobStatuses.Column("status"), StoredWords.PhaseStatuses.Column("snapshot_status"),
        StoredWords.PhaseStatuses.Column("transfer_status"), StoredCells.Text("error_code", optional: true), StoredCells.Gigabytes("transfer_gb"),
    ];

    /// <summary>The columns of a point's row that Dapper reads as a number or text.</summary>
    private static readonly StoredColumn[] PointCells =
    [
        StoredCells.Ticks("time", optional: false), StoredCells.Ticks("snapshot_expiry", optional: true), StoredCells.Ticks("vault_expiry", optional: false),
        StoredWords.Tags.Column("tag"), StoredWords.Consistencies.Column("consistency"), StoredWords.Tiers.Column("tier"), StoredWords.DeleteReasons.Column("delete_reason"),
        new("is_full", "'integer'", IsFullExpected), StoredCells.Gigabytes("vault_size_gb"),
    ];

    /// <summary>What a point's <c>is_full</c> holds, as a person is told where a file holds something else.</summary>
    private const string IsFullExpected = "1 (the item's full copy) or 0";

    /// <summary>The columns of an item's row that its query reads as text.</summary>
    private static readonly StoredColumn[] ItemCells =
    [
        StoredCells.Text("vault", optional: false), StoredCells.Text("name", optional: false), StoredCells.Text("policy", optional: false),
        StoredWords.ProtectionStates.Column("protection_state"), StoredWords.DeleteStates.Column("delete_state"), StoredWords.LastBackupStatuses.Column("last_backup_status"),
        StoredWords.Healths.Column("health"), StoredCells.IsoText("last_backup_time", optional: true), StoredCells.IsoText("last_recovery_point", optional: true),
    ];

    /// <summary>The columns of a data source's row that the items' query reads.</summary>
    private static readonly StoredColumn[] SourceCells = [StoredCells.Text("resource_group", optional: true), StoredWords.SourceTypes.Column("type")];

    /// <summary>Runs a query that reads <paramref name="columns"/> of <paramref name="table"/>; when it fails, names the first cell of them that holds another kind of value, if one does.</summary>
    private TResult ReadingCells<TResult>(string table, string key, StoredColumn[] columns, Func<TResult> query) =>
        ReadingCells(e => StoredCells.FirstOfAnotherKind(_connection, table, key, columns, e), query);

    /// <summary>Runs a query; when it fails, throws what <paramref name="firstOfAnotherKind"/> finds, the first cell it read that holds another kind of value, if there is one.</summary>
    private static TResult ReadingCells<TResult>(Func<Exception, UnreadableCellException?> firstOfAnotherKind, Func<TResult> query)
    {
        try
        {
            return query();
        }
        // Dapper fails on a row's value with a DataException, and on the first row's with an invalid cast or a missing
        // constructor. A failure of SQLite's own is not about a value; querying again would fail the same way.
        catch (Exception e) when (e is not SqliteException && IsDamage(e) && firstOfAnotherKind(e) is { } unreadable)
        {
            throw unreadable;
        }
    }
}
