using System.Globalization;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using NodaTime;
using Simulator.Core;
using Simulator.Core.Policies;
using Simulator.Store.Schema;

namespace Simulator.Store.Reading;

/// <summary>Reads the cells of a run file's rows, naming the cell when one holds what vaultsim never writes there (a time that is not a time, text for a number).</summary>
internal static class StoredCells
{
    /// <summary>What is shown of a value found in the file, at most.</summary>
    private const int ShownLength = 40;

    /// <summary>An ISO text time (<see cref="InstantHandler"/>) of the cell at <paramref name="table"/>, <paramref name="row"/>, <paramref name="column"/>.</summary>
    /// <exception cref="UnreadableCellException">The cell holds anything else.</exception>
    public static Instant Iso(string? text, string table, string row, string column) =>
        text is not null && InstantHandler.TryParse(text, out var at)
            ? at
            : throw new UnreadableCellException(table, row, column, text is null ? "nothing (NULL)" : Shown(text), InstantHandler.Expected);

    /// <summary>A JSON cell (an action, a speed) read by <paramref name="read"/>, naming the cell where it holds anything else.</summary>
    /// <param name="expected">What belongs there, as a person is told it.</param>
    /// <exception cref="UnreadableCellException">The cell is not JSON that <paramref name="read"/> takes, or holds a value it can't read (a time that is not one).</exception>
    public static T Json<T>(string text, string table, string row, string column, string expected, Func<string, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            return read(text);
        }
        catch (JsonNameException e) when (e.Path is ['$', '.', .. var field])
        {
            throw new UnreadableCellException(table, row, column, $"{e.Found} as its {field}", $"a {field.ToLowerInvariant()}'s name, such as '{e.Example}'", e);
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            throw new UnreadableCellException(table, row, column, Shown(text), expected, e);
        }
    }

    /// <summary>A row named by its integer key, as <see cref="UnreadableCellException.Row"/> names it: "seq 3".</summary>
    public static string Row(string key, long value) => string.Create(CultureInfo.InvariantCulture, $"{key} {value}");

    /// <inheritdoc cref="Iso"/>
    public static Instant? IsoOptional(string? text, string table, string row, string column) =>
        text is null ? null : Iso(text, table, row, column);

    /// <summary>A text column, as vaultsim writes it, with whether it may be null.</summary>
    public static StoredColumn Text(string name, bool optional) => new(name, optional ? "'text', 'null'" : "'text'", optional ? "text, or nothing (NULL)" : "text");

    /// <summary>A column of whole numbers, as vaultsim writes it, with whether it may be null.</summary>
    public static StoredColumn WholeNumber(string name, bool optional) =>
        new(name, optional ? "'integer', 'null'" : "'integer'", optional ? "a whole number or nothing (NULL)" : "a whole number");

    /// <summary>What a size in GB is, as a person is told where a file holds something else.</summary>
    private const string GigabytesExpected = "a number of GB, 0 or more";

    /// <summary>A column of sizes in GB, as vaultsim writes it (SQLite keeps a whole number put in a REAL column as a real).</summary>
    public static StoredColumn Gigabytes(string name) => new(name, "'real', 'integer'", GigabytesExpected);

    /// <summary>A size in GB of the cell at <paramref name="table"/>, <paramref name="row"/>, <paramref name="column"/>.</summary>
    /// <remarks>A number past a double's range reads as infinite, which JSON can't hold; no size vaultsim writes is negative.</remarks>
    /// <exception cref="UnreadableCellException">The size is infinite or negative.</exception>
    public static double Gigabytes(double value, string table, string row, string column) =>
        double.IsFinite(value) && value >= 0
            ? value
            : throw new UnreadableCellException(table, row, column, Described("real", value.ToString(CultureInfo.InvariantCulture), null), GigabytesExpected);

    /// <summary>An ISO time column (<see cref="InstantHandler"/>), as vaultsim writes it, with whether it may be null.</summary>
    public static StoredColumn IsoText(string name, bool optional) =>
        new(name, optional ? "'text', 'null'" : "'text'", optional ? $"{InstantHandler.Expected}, or nothing (NULL)" : InstantHandler.Expected);

    /// <summary>A tick column (<see cref="TimeColumn"/>), as vaultsim writes it, with whether it may be null.</summary>
    public static StoredColumn Ticks(string name, bool optional) => new(name, optional ? "'integer', 'null'" : "'integer'", TimeColumn.Expected);

    /// <summary>A job's, point's or purge's time (<see cref="TimeColumn"/> ticks) of the cell at <paramref name="table"/>, <paramref name="row"/>, <paramref name="column"/>, which the engine made within the run.</summary>
    /// <remarks>
    /// Bounded by the run's end, not by how far it is said to have reached: a killed recording's rows may be ahead of
    /// its <c>reached</c>, but the engine never runs past the scenario's end. A time beyond it was edited, and would be
    /// listed as "never" or as a job of millions of days.
    /// </remarks>
    /// <exception cref="UnreadableCellException">The time is before the run's start or after its end.</exception>
    public static Instant RunTime(long ticks, Instant start, Instant end, string table, string row, string column)
    {
        var at = TimeColumn.FromTicks(ticks);
        return at >= start && at <= end
            ? at
            : throw new UnreadableCellException(table, row, column, Ticks(ticks), string.Create(CultureInfo.InvariantCulture,
                $"a time within the run, from its start_at to its end_at: {TimeColumn.ToTicks(start)} ({start}) to {TimeColumn.ToTicks(end)} ({end})"));
    }

    /// <summary>A point's expiry (<see cref="TimeColumn"/> ticks) of the cell at <paramref name="table"/>, <paramref name="row"/>, <paramref name="column"/>, which the engine sets from the point's time to the longest retention after it.</summary>
    /// <remarks>
    /// Unlike the point's own time, not bounded by the run: a point is kept for weeks or years past its end. But no
    /// point expires before it was taken, nor later than any rule or retain-until keeps one
    /// (<see cref="RetentionCalculator.LatestExpiry"/>): such a time was edited, and would be listed as kept, or expired, for no reason.
    /// </remarks>
    /// <exception cref="UnreadableCellException">The expiry is before the point's time or past the longest retention after it.</exception>
    public static Instant Expiry(long ticks, Instant pointTime, string table, string row, string column)
    {
        var (at, latest) = (TimeColumn.FromTicks(ticks), RetentionCalculator.LatestExpiry(pointTime));
        return at >= pointTime && at <= latest
            ? at
            : throw new UnreadableCellException(table, row, column, Ticks(ticks), string.Create(CultureInfo.InvariantCulture,
                $"a time from its point's time to {PolicyLimits.MaxYearlyYears} years after it, the longest retention vaultsim keeps: {TimeColumn.ToTicks(pointTime)} ({pointTime}) to {TimeColumn.ToTicks(latest)} ({latest})"));
    }

    /// <summary>A tick cell as a person is told it: the number, with the time it is where there is one.</summary>
    public static string Ticks(long ticks) => TimeColumn.IsTime(ticks)
        ? string.Create(CultureInfo.InvariantCulture, $"the whole number {ticks} ({TimeColumn.FromTicks(ticks)})")
        : string.Create(CultureInfo.InvariantCulture, $"the whole number {ticks}, beyond any time");

    /// <summary>The first cell, by <paramref name="key"/>, of <paramref name="columns"/> whose kind of SQLite value is not one vaultsim writes there; null when each one's is.</summary>
    /// <remarks>
    /// Called once a query of those columns failed: Dapper says only "Error parsing column 6", while this names the
    /// row. Checking every row before each query would cost a scan of millions of rows on a big run, for nothing.
    /// </remarks>
    /// <param name="table">The table or view, and <paramref name="key"/> its integer key: code's constants, never input.</param>
    /// <param name="columns">The columns the failed query read.</param>
    public static UnreadableCellException? FirstOfAnotherKind(SqliteConnection connection, string table, string key, IEnumerable<StoredColumn> columns, Exception inner) =>
        FirstOfAnotherKind(connection, table, key, value => Row(key, value), columns, inner);

    /// <summary>The first cell of <paramref name="columns"/> of a table keyed by text (an item by vault and name) whose kind of SQLite value is not one vaultsim writes there; null when each one's is.</summary>
    /// <remarks>The row is named by its key, as its other refusals name it, or by its rowid where the key itself holds no text.</remarks>
    /// <param name="table">The table, and <paramref name="keyColumns"/> its key: code's constants, never input.</param>
    public static UnreadableCellException? FirstOfAnotherKind(SqliteConnection connection, string table, string[] keyColumns, IEnumerable<StoredColumn> columns, Exception inner)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(keyColumns);
        string RowOf(long rowid)
        {
            var key = connection.QuerySingle($"SELECT {string.Join(", ", keyColumns)} FROM {table} WHERE rowid = @rowid", new { rowid }) as IDictionary<string, object?>;
            var texts = keyColumns.Select(c => key![c] as string).ToArray();
            return texts.All(t => t is not null) ? Row([.. keyColumns.Zip(texts, (c, t) => (c, t!))]) : Row("rowid", rowid);
        }

        return FirstOfAnotherKind(connection, table, "rowid", RowOf, columns, inner);
    }

    /// <summary>A row named by its text key, as <see cref="UnreadableCellException.Row"/> names it: "vault 'v' and name 'n'".</summary>
    /// <remarks>The key is text of the file's too, and is quoted as a refused cell is (<see cref="Shown"/>): written raw, an escape sequence an edit left in a name drove the terminal.</remarks>
    public static string Row(params (string Column, string Value)[] key) => string.Join(" and ", key.Select(k => $"{k.Column} {Shown(k.Value)}"));

    private static UnreadableCellException? FirstOfAnotherKind(SqliteConnection connection, string table, string key, Func<long, string> row, IEnumerable<StoredColumn> columns, Exception inner)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(columns);
        var found = columns
            .Select(column => (Column: column, Cell: connection.QueryFirstOrDefault<Cell>($"""
                SELECT {key} AS Key, typeof({column.Name}) AS Type, CAST({column.Name} AS TEXT) AS Text, length({column.Name}) AS Length FROM {table}
                WHERE typeof({column.Name}) NOT IN ({column.Kinds})
                ORDER BY {key} LIMIT 1
                """)))
            .Where(c => c.Cell is not null)
            .OrderBy(c => c.Cell!.Key)
            .FirstOrDefault();
        return found.Cell is { } cell
            ? new UnreadableCellException(table, row(cell.Key), found.Column.Name, Described(cell.Type, cell.Text, cell.Length), found.Column.Expected, inner)
            : null;
    }

    /// <summary>The item number of the row keyed <paramref name="key"/> <paramref name="value"/> of <paramref name="table"/> ("seq 5" of jobs), which names no item of <c>item_keys</c>.</summary>
    /// <remarks>Read again from the file, once a query found the row without its item, so that any kind of value an edit left there is told as it is.</remarks>
    /// <param name="table">The table or view, and <paramref name="key"/> its integer key: code's constants, never input.</param>
    public static UnreadableCellException NoItem(SqliteConnection connection, string table, string key, long value)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var cell = connection.QuerySingle<Cell>($"SELECT {key} AS Key, typeof(item_id) AS Type, CAST(item_id AS TEXT) AS Text, length(item_id) AS Length FROM {table} WHERE {key} = @value", new { value });
        return NoItem(table, Row(key, value), cell.Type == "integer" ? cell.Text! : Described(cell.Type, cell.Text, cell.Length));
    }

    /// <summary>The item number <paramref name="found"/> of the row named <paramref name="row"/>, which names no item of <c>item_keys</c>.</summary>
    public static UnreadableCellException NoItem(string table, string row, string found) =>
        new(table, row, "item_id", found, "the number of an item in table 'item_keys'");

    /// <summary>What a cell holds, as a person is told it: quoted when it is text, described when it is anything else.</summary>
    private static string Described(string type, string? text, long? length) => type switch
    {
        "null" => "nothing (NULL)",
        "integer" => $"the whole number {text}",
        "real" => $"the real number {text}",
        "blob" => $"a BLOB of {CountText.Grouped(length ?? 0, "byte")}",
        _ => Shown(text ?? string.Empty),
    };

    /// <summary>The text quoted, cut after <see cref="ShownLength"/> characters, with control characters shown as their codes (<c>\u001B</c>).</summary>
    /// <remarks>Cut, so that a page pasted into a cell does not fill the terminal; and the control characters written
    /// as codes, so that an escape sequence in a file can't drive it, and a person reads the character the policy
    /// reader would name (<see cref="ControlCharacters.Visible"/>), where a '?' could have been typed.</remarks>
    internal static string Shown(string text)
    {
        // Never cut between the halves of a character outside the BMP.
        var cut = text.Length <= ShownLength ? text.Length : char.IsHighSurrogate(text[ShownLength - 1]) ? ShownLength - 1 : ShownLength;
        var shown = ControlCharacters.Visible(text[..cut]);
        return cut < text.Length ? $"'{shown}…' ({CountText.Grouped(text.Length, "character")})" : $"'{shown}'";
    }

    private sealed record Cell(long Key, string Type, string? Text, long? Length);
}

/// <summary>A column of a run file as vaultsim writes it: the kinds of SQLite value it holds (<c>'integer', 'null'</c>), and how a person is told what belongs there.</summary>
internal sealed record StoredColumn(string Name, string Kinds, string Expected);
