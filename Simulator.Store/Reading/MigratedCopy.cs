using Microsoft.Data.Sqlite;
using Simulator.Store.Schema;

namespace Simulator.Store.Reading;

/// <summary>Reads a file of an older schema through a temporary copy brought up to date, leaving the file itself as it was.</summary>
/// <remarks>
/// The copy is made with SQLite's backup API from a read-only connection, upgraded by the same migrations a writer
/// applies, and deleted when the reader is disposed. It goes to a file, not to memory: an old file can be gigabytes.
/// </remarks>
internal static class MigratedCopy
{
    /// <exception cref="SqliteException">The file can't be copied or upgraded.</exception>
    public static RunReader Open(string path, string fullPath)
    {
        var copy = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"vaultsim-{Guid.NewGuid():N}.db");
        SqliteConnection? connection = null;
        try
        {
            using (var source = Database.OpenReadOnly(fullPath))
            {
                connection = Database.OpenReadWrite(copy);
                source.BackupDatabase(connection);
            }

            using (var version = connection.CreateCommand())
            {
                version.CommandText = "PRAGMA user_version";
                Migrations.Apply(connection, Convert.ToInt32(version.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
            }

            return new RunReader(path, connection, copy);
        }
        catch
        {
            connection?.Dispose();
            Delete(copy);
            throw;
        }
    }

    public static void Delete(string copy)
    {
        // The copy keeps the original's journal mode: SQLite removes its WAL files on a clean close, not after a failure.
        foreach (var file in new[] { copy, copy + "-journal", copy + "-wal", copy + "-shm" })
        {
            File.Delete(file);
        }
    }
}
