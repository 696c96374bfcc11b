using Dapper;

namespace Simulator.Store.Reading;

public sealed partial class RunReader
{
    /// <summary>The world's references to the rows they name: the table and its column, the table named and what it holds.</summary>
    /// <remarks>In the order the world is written, so the first refused is the first a person would look at.</remarks>
    private static readonly (string Table, string Column, string Parent, string What)[] WorldReferences =
    [
        ("policies", "vault", "vaults", "vault"),
        ("items", "vault", "vaults", "vault"),
        ("items", "name", "data_sources", "data source"),
    ];

    /// <summary>Refuses a policy or item whose vault or data source names no row, as a hand edit of a name leaves it.</summary>
    /// <remarks>
    /// A lab goes on recording into the file, and its foreign keys would stop it at its first write, with the
    /// dashboard already open and the file written to; a read-only connection does not check them, so they are here.
    /// The world is a few thousand rows at most.
    /// </remarks>
    /// <exception cref="UnreadableCellException">A reference names no row.</exception>
    private void RefuseBrokenReferences()
    {
        foreach (var (table, column, parent, what) in WorldReferences)
        {
            var broken = _connection.QueryFirstOrDefault<(string Vault, string Name, string Value)?>($"""
                SELECT CAST(c.vault AS TEXT), CAST(c.name AS TEXT), CAST(c.{column} AS TEXT) FROM {table} c
                WHERE NOT EXISTS (SELECT 1 FROM {parent} p WHERE p.name = c.{column})
                ORDER BY c.vault, c.name LIMIT 1
                """);
            if (broken is { } row)
            {
                throw new UnreadableCellException(table, StoredCells.Row(("vault", row.Vault), ("name", row.Name)), column, StoredCells.Shown(row.Value), $"the name of a {what} in table '{parent}'");
            }
        }
    }
}
