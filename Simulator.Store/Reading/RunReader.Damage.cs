using System.Data;
using Microsoft.Data.Sqlite;
using Simulator.Store.Schema;

namespace Simulator.Store.Reading;

public sealed partial class RunReader
{
    /// <summary>Runs a query of the file, turning what a damaged or hand-edited file makes it throw into the file's error.</summary>
    /// <remarks>
    /// A file that passed the checks on opening can still hold a page SQLite can't read, a table someone dropped, or
    /// a value no run wrote (a time that is not a time, text where a number goes). Each surfaces deep in a query, as
    /// an exception of SQLite, Dapper, NodaTime or the journal's fold; a person needs the file's name and the reason.
    /// </remarks>
    private T Read<T>(Func<T> query)
    {
        try
        {
            return query();
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw Damaged(Path, WithCellNamed(e));
        }
    }

    /// <summary>What a query failed on: the cell of <c>item_keys</c> that holds another kind of value, where the failure names none.</summary>
    private Exception WithCellNamed(Exception e) => e is SqliteException or UnreadableCellException or MissingRowException ? e : KeyOfAnotherKind(e) ?? e;

    /// <summary>The first cell of <c>item_keys</c> that holds another kind of value than vaultsim writes there, once a query failed; null where none does.</summary>
    /// <remarks>Nearly every query joins the keys, or matches a name among them, so a key edited into a BLOB fails any of them; they are a few thousand rows, looked at only then.</remarks>
    private UnreadableCellException? KeyOfAnotherKind(Exception inner)
    {
        try
        {
            return StoredCells.FirstOfAnotherKind(_connection, "item_keys", "id", [StoredCells.Text("vault", optional: false), StoredCells.Text("item", optional: false)], inner);
        }
        // A file without the table (dropped by hand) is told by the query that failed first.
        catch (SqliteException)
        {
            return null;
        }
    }

    private static bool IsDamage(Exception e) =>
        e is SqliteException or DataException or FormatException or InvalidDataException or InvalidCastException or OverflowException
            or ArgumentException or InvalidOperationException;

    private static RunStoreException Damaged(string path, Exception e)
    {
        if (e is SqliteException sqlite)
        {
            return SqliteFailure.Reading(path, sqlite);
        }

        // A cell found wrong is named with what belongs there, so a person can put it right by hand.
        if (e is UnreadableCellException or MissingRowException)
        {
            return new RunStoreException(path, $"{e.Message} (was it edited?); it was left untouched. {SqliteFailure.RestoreOrRecordAgain}", e);
        }

        // SQLite, Dapper's column errors, NodaTime and the block decoder name the table, column or value; a failed
        // mapping or cast names only the program's own types, which say nothing to the file's owner.
        var reason = e is DataException or FormatException or InvalidDataException
            ? e.Message
            : "it holds a value no vaultsim run writes (was it edited?)";
        return new RunStoreException(path, $"the file can't be read: {reason}", e);
    }
}
