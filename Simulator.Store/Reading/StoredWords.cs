using System.Diagnostics.CodeAnalysis;
using Dapper;
using Microsoft.Data.Sqlite;
using Simulator.Core.DataSources;
using Simulator.Core.Jobs;
using Simulator.Core.Journal;
using Simulator.Core.Policies;
using Simulator.Core.Protection;
using Simulator.Core.RecoveryPoints;

namespace Simulator.Store.Reading;

/// <summary>The words vaultsim writes in a column of a run file (a job's status, a point's tier), against which a cell is checked as its row is mapped.</summary>
/// <remarks>
/// <para>
/// A word edited into a file was shown as it was, as if vaultsim had written it. Checking each cell as it is read
/// costs a lookup; a scan before each query would cost a pass over millions of rows on a big run.
/// </para>
/// <para>
/// The writer spells enums as <see cref="Enum.ToString()"/> does (the journal's <c>EnumText</c>, pinned to it by a
/// test), and no value has been renamed since schema version 1, so these sets take every version's files. A cell
/// comes back as the set's own string: a list of a million rows holds a few strings, not one per cell.
/// </para>
/// </remarks>
internal sealed class StoredWords
{
    public static readonly StoredWords JobStatuses = Of<JobStatus>();
    public static readonly StoredWords Operations = Of<JobOperation>();
    public static readonly StoredWords Triggers = Of<BackupTrigger>(optional: true);
    public static readonly StoredWords PhaseStatuses = Of<PhaseStatus>(optional: true);
    public static readonly StoredWords Tags = Of<RetentionTag>();
    public static readonly StoredWords Consistencies = Of<Consistency>();
    public static readonly StoredWords Tiers = Of<RecoveryPointTier>();
    public static readonly StoredWords DeleteReasons = new([RecoveryPointDeleted.Expired, RecoveryPointDeleted.DataDeleted], optional: true);
    public static readonly StoredWords ProtectionStates = Of<ProtectionState>();
    public static readonly StoredWords DeleteStates = Of<DeleteState>();
    public static readonly StoredWords LastBackupStatuses = Of<LastBackupStatus>();
    public static readonly StoredWords Healths = Of<ProtectedItemHealth>();
    public static readonly StoredWords SourceTypes = Of<DataSourceType>();
    public static readonly StoredWords RunModes = new(Enum.GetNames<RunMode>().Select(m => m.ToLowerInvariant()), optional: false);
    public static readonly StoredWords RunStatuses = new([RunStatus.Incomplete, RunStatus.Complete], optional: false);

    // A handful each: a look along the array finds a word before a hash of it would be computed.
    private readonly string[] _words;
    private readonly bool _optional;

    private StoredWords(IEnumerable<string> words, bool optional)
    {
        _words = [.. words];
        _optional = optional;
        Expected = $"one of {string.Join(", ", _words.Select(w => $"'{w}'"))}{(optional ? ", or nothing (NULL)" : string.Empty)}";
    }

    /// <summary>What belongs in the column, as a person is told it: "one of 'Scheduled', 'OnDemand', or nothing (NULL)".</summary>
    public string Expected { get; }

    /// <summary>A column of these words, as vaultsim writes it: text (or null, where it may be).</summary>
    public StoredColumn Column(string name) => new(name, _optional ? "'text', 'null'" : "'text'", Expected);

    /// <summary>SQL that is true where <paramref name="column"/> holds a word outside the set (a filter that lets it through, to be refused as it is mapped).</summary>
    /// <remarks>
    /// A filter evaluates it for every row it does not take, millions on a big run: as comparisons, which mostly fail
    /// at the first byte, <c>report jobs --status Failed</c> scanned a year's 3,650,000 jobs in 0.29 s against 0.54 s
    /// for <c>NOT IN</c>'s lookup (0.24 s without the check).
    /// </remarks>
    /// <param name="column">The column's name: code's constants, never input; the words are code's too.</param>
    public string NotOneOf(string column) => $"({string.Join(" AND ", _words.Select(w => $"{column} <> '{w.Replace("'", "''", StringComparison.Ordinal)}'"))})";

    /// <summary>The cell of the row keyed <paramref name="key"/> <paramref name="value"/> ("seq 3"), as the set spells it.</summary>
    /// <exception cref="UnreadableCellException">The cell holds a word vaultsim never writes there.</exception>
    [return: NotNullIfNotNull(nameof(cell))]
    public string? Read(string? cell, string table, string key, long value, string column) =>
        Known(cell, out var word) ? word : throw Refusal(cell, table, StoredCells.Row(key, value), column);

    /// <summary>The cell of the row named <paramref name="row"/> ("vault 'v' and name 'n'"), as the set spells it.</summary>
    /// <exception cref="UnreadableCellException">The cell holds a word vaultsim never writes there.</exception>
    [return: NotNullIfNotNull(nameof(cell))]
    public string? Read(string? cell, string table, string row, string column) =>
        Known(cell, out var word) ? word : throw Refusal(cell, table, row, column);

    private static StoredWords Of<T>(bool optional = false)
        where T : struct, Enum => new(Enum.GetNames<T>(), optional);

    private bool Known(string? cell, out string? word)
    {
        var index = cell is null ? -1 : Array.IndexOf(_words, cell);
        word = index < 0 ? null : _words[index];
        return index >= 0 || (cell is null && _optional);
    }

    /// <summary>The refusal of the cell that a query found outside the set (<see cref="NotOneOf"/>), read again from the row keyed <paramref name="key"/> <paramref name="value"/>.</summary>
    /// <param name="table">The table or view, <paramref name="key"/> its integer key and <paramref name="column"/> the cell's column: code's constants, never input.</param>
    public UnreadableCellException Refusal(SqliteConnection connection, string table, string key, long value, string column)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return Refusal(connection.ExecuteScalar<string?>($"SELECT {column} FROM {table} WHERE {key} = @value", new { value }), table, StoredCells.Row(key, value), column);
    }

    private UnreadableCellException Refusal(string? cell, string table, string row, string column) =>
        new(table, row, column, cell is null ? "nothing (NULL)" : StoredCells.Shown(cell), Expected);
}
