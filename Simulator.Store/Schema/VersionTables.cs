using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Simulator.Store.Schema;

/// <summary>The tables and columns of each schema version, to check that a file's <c>PRAGMA user_version</c> tells the truth before it is upgraded.</summary>
/// <remarks>
/// <para>
/// A migration trusts the version: a file whose number was lowered by hand has the columns its next step adds, and
/// SQLite's "duplicate column name" said nothing of why. The versions' tables are built here by the migrations
/// themselves, in memory, so there is no second list to keep in step with them.
/// </para>
/// <para>
/// Only the names of tables and columns some version has are compared: a table a person added for their own notes
/// is not a version's, and harms no migration. Versions 3 and 4 differ only in the key of <c>items</c>, so a file of
/// one taken for the other passes; step 4 only rebuilds that table, which does no harm done twice.
/// </para>
/// </remarks>
internal static class VersionTables
{
    /// <summary>The tables' columns after each version ("runs.seed"), at index version - 1.</summary>
    private static readonly Lazy<IReadOnlyList<HashSet<string>>> Versions = new(Build);

    /// <summary>Every table and column any version has.</summary>
    private static readonly Lazy<HashSet<string>> Known = new(() => Versions.Value.SelectMany(v => v).ToHashSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>The version whose tables the file has, or what sets them apart from <paramref name="version"/>'s; null when they are that version's.</summary>
    public static VersionMismatch? Mismatch(SqliteConnection connection, int version)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var found = Columns(connection).Where(Known.Value.Contains).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var claimed = Versions.Value[version - 1];
        if (found.SetEquals(claimed))
        {
            return null;
        }

        var actual = Enumerable.Range(1, Versions.Value.Count).FirstOrDefault(v => found.SetEquals(Versions.Value[v - 1]));
        if (actual != 0)
        {
            return new VersionMismatch(actual, string.Create(CultureInfo.InvariantCulture, $"its tables are those of version {actual}"));
        }

        var differences = new[]
        {
            Differences(found, claimed) is { } extra ? string.Create(CultureInfo.InvariantCulture, $"it has {extra}, which version {version} has not") : null,
            Differences(claimed, found) is { } missing ? string.Create(CultureInfo.InvariantCulture, $"it lacks {missing}, which version {version} has") : null,
        };
        return new VersionMismatch(null, $"its tables are not that version's: {string.Join("; ", differences.OfType<string>())}");
    }

    /// <summary>What of <paramref name="version"/>'s the file lacks, as a refusal names it ("table 'jobs'", "column 'seq' in table 'jobs'"): the first missing table by name, else the first missing column; null when it has them all.</summary>
    /// <remarks>
    /// A command reads only some tables, and one dropped from a file of the current version was met only by a command
    /// that reads it: a report of jobs, or a comparison, took a file without its event blocks for a whole run, and a
    /// table remade without its columns was told by the column alone, if at all.
    /// </remarks>
    public static string? Missing(SqliteConnection connection, int version)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var found = Columns(connection).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var tables = found.Select(Table).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var wanted = Versions.Value[version - 1].Order(StringComparer.Ordinal).ToList();
        return wanted.Select(Table).FirstOrDefault(table => !tables.Contains(table)) is { } missingTable
            ? $"table '{missingTable}'"
            : wanted.FirstOrDefault(column => !found.Contains(column)) is { } missingColumn
            ? $"column '{missingColumn[(missingColumn.IndexOf('.', StringComparison.Ordinal) + 1)..]}' in table '{Table(missingColumn)}'"
            : null;
    }

    /// <summary>The tables and columns of <paramref name="these"/> that <paramref name="those"/> has not, a table named once for its columns; the first three, and how many more; null for none.</summary>
    private static string? Differences(HashSet<string> these, HashSet<string> those)
    {
        var tablesOfThose = those.Select(Table).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = these.Except(those, StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .Select(column => tablesOfThose.Contains(Table(column)) ? $"column '{column}'" : $"table '{Table(column)}'")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return names.Count switch
        {
            0 => null,
            <= 3 => string.Join(", ", names),
            _ => string.Create(CultureInfo.InvariantCulture, $"{string.Join(", ", names.Take(3))} and {names.Count - 3} more"),
        };
    }

    private static string Table(string column) => column[..column.IndexOf('.', StringComparison.Ordinal)];

    private static IReadOnlyList<HashSet<string>> Build()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var versions = new List<HashSet<string>>();
        for (var version = 1; version <= Migrations.Current; version++)
        {
            connection.Execute(Migrations.StepTo(version));
            versions.Add(Columns(connection).ToHashSet(StringComparer.OrdinalIgnoreCase));
        }

        return versions;
    }

    /// <summary>Each column of the file's own tables as "table.column"; SQLite's (sqlite_sequence, sqlite_stat1) are no version's.</summary>
    private static IEnumerable<string> Columns(SqliteConnection connection) =>
        connection.Query<string>("""
            SELECT t.name || '.' || c.name
            FROM sqlite_schema t JOIN pragma_table_info(t.name) c
            WHERE t.type = 'table' AND t.name NOT LIKE 'sqlite\_%' ESCAPE '\'
            """);
}
