using Microsoft.Data.Sqlite;
using SQLitePCL;
using Simulator.Scenarios.Files;

namespace Simulator.Store.Schema;

/// <summary>The one rule for taking a run file out of WAL: only when no other connection has it open.</summary>
/// <remarks>
/// A file records in WAL, and a read-only connection to a file in WAL leaves an empty <c>-wal</c> and a <c>-shm</c>
/// beside it, which it has no right to remove; out of WAL, reading a file creates nothing. SQLite checkpoints the log
/// into the file before it leaves WAL, as a close would, so nothing committed is lost. It refuses (BUSY) while
/// another connection has the file open, a recording or a reader: the file then stays in WAL, as that connection
/// needs it, until a later close or read finds it alone.
/// </remarks>
internal static class RollbackJournal
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);

    /// <summary>Switches the connection's file to a rollback journal, or leaves it in WAL when another connection has it open.</summary>
    /// <param name="connection">An open read-write connection, with no transaction.</param>
    /// <param name="attempts">
    /// How many times to try, a tenth of a second apart. A writer that closes gives a report that is finishing a
    /// second; a reader tries once, since whoever holds the file may be a recording that goes on for hours.
    /// </param>
    /// <returns>True when the file left WAL; false when another connection still had it open at the last attempt.</returns>
    /// <exception cref="SqliteException">SQLite failed for another reason than the file being in use.</exception>
    public static bool Leave(SqliteConnection connection, int attempts)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);
        var handle = connection.Handle ?? throw new InvalidOperationException("The connection must be open to leave WAL.");

        // Straight through SQLitePCLRaw: Microsoft.Data.Sqlite retries a busy statement until its timeout, at least a
        // second, and a report must not wait that long on every read of a file being recorded.
        for (var attempt = 1; ; attempt++)
        {
            var result = raw.sqlite3_exec(handle, "PRAGMA journal_mode = DELETE");
            if (result is not (raw.SQLITE_BUSY or raw.SQLITE_LOCKED))
            {
                SqliteException.ThrowExceptionForRC(result, handle);
                return true;
            }

            if (attempt == attempts)
            {
                return false;
            }

            Thread.Sleep(Pause);
        }
    }

    /// <summary>Opens the file read-write for a moment and switches it to a rollback journal, as <see cref="Leave(SqliteConnection, int)"/> does.</summary>
    /// <param name="fullPath">An existing run file, never created here.</param>
    /// <param name="attempts">How many times to try (see <see cref="Leave(SqliteConnection, int)"/>).</param>
    /// <returns>True when the file left WAL, or was not in it; false when another connection still had it open.</returns>
    /// <exception cref="SqliteException">The file can't be opened read-write, or SQLite failed for another reason than the file being in use.</exception>
    public static bool Leave(string fullPath, int attempts)
    {
        using var connection = Database.OpenReadWrite(fullPath, create: false);
        return Leave(connection, attempts);
    }

    /// <summary>Returns a run file that a recording left in WAL to a rollback journal, before it is read, if it may.</summary>
    /// <remarks>
    /// A recording that closed while a report had its file open could not leave WAL (see <see cref="Leave(SqliteConnection, int)"/>), and a
    /// killed one never tried. A read-only file, or one in a read-only folder, stays as it is; so does a file another
    /// connection has open, and any failure leaves the read to go on in WAL, as before.
    /// </remarks>
    public static void Restore(FileInspection file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!file.IsWal || StoreFile.IsReadOnly(file.FullPath) || RegularFile.ReadOnlyFolder(file.FullPath) is not null)
        {
            return;
        }

        try
        {
            _ = Leave(file.FullPath, attempts: 1);
        }
        catch (SqliteException)
        {
            // The file is read as it is: nothing is lost but the tidying, which the next read tries again.
        }
    }
}
