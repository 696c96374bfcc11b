using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Simulator.Scenarios.Files;

namespace Simulator.Store.Schema;

/// <summary>Checks a path before the store uses it, without ever writing to it.</summary>
/// <remarks>
/// Everything here reads: the folder, the first 16 bytes, then a read-only connection. A file that fails a check is
/// left byte for byte as it was, which is why these checks run before any read-write connection is opened.
/// </remarks>
internal static class StoreFile
{
    /// <exception cref="RunStoreException">The path can't be used (see the message).</exception>
    public static FileInspection Inspect(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = FullPath(path);
        var folder = Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new RunStoreException(path, RegularFile.MissingFolder(folder));
        }

        if (Directory.Exists(full))
        {
            throw new RunStoreException(path, "this is a folder; name a run file (for example run.db).");
        }

        // .NET takes a device or a pipe for an empty file, which a recording would then fail to write (SQLite's "disk
        // I/O error") and a report would call a file with no run; reading a pipe would wait for a writer.
        if (RegularFile.Refusal(full) is { } refusal)
        {
            throw new RunStoreException(path, $"{refusal}; it was left untouched. Name a run file (for example run.db).");
        }

        if (!File.Exists(full))
        {
            RefuseTooLongName(path, full);
            return new FileInspection(full, FileKind.Absent, 0, false, false);
        }

        if (new FileInfo(full).Length == 0)
        {
            return new FileInspection(full, FileKind.Empty, 0, false, false);
        }

        return InspectDatabase(path, full, CheckHeader(path, full));
    }

    /// <summary>True when the file exists and is marked read-only (its owner's write permission is off).</summary>
    /// <remarks>
    /// Only for a reader's tidying, which leaves a file so marked alone even where the system would let it be written
    /// (for root). Whether a file vaultsim is told to write may be written is asked of the system (<see cref="WriteProbe"/>).
    /// </remarks>
    public static bool IsReadOnly(string fullPath) =>
        File.Exists(fullPath) && File.GetAttributes(fullPath).HasFlag(FileAttributes.ReadOnly);

    private static string FullPath(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            // The runtime's own words here would be "The value cannot be an empty string. (Parameter 'path')".
            throw new RunStoreException($"'{path}'", "no file is named; name a run file (for example run.db).");
        }

        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new RunStoreException(path, $"this is not a usable path: {e.Message}");
        }
    }

    private static string Mismatched(long version, VersionMismatch mismatch) =>
        mismatch.Actual is { } actual
            ? string.Create(CultureInfo.InvariantCulture, $"this run file has schema version {version}, but {mismatch.Found} (was the number changed by hand?); it was left untouched. Set it back with 'PRAGMA user_version = {actual}' in the sqlite3 shell, or restore it from a copy.")
            : string.Create(CultureInfo.InvariantCulture, $"this run file has schema version {version}, but {mismatch.Found} (was it edited?); it was left untouched. {SqliteFailure.RestoreOrRecordAgain}");

    /// <summary>Refuses a name longer than the file system takes (255 bytes on most), which File.Exists calls absent.</summary>
    /// <remarks>
    /// Taken for a new file, it reached SQLite, which could not open it, and then the clean-up of what it might have left,
    /// which threw the runtime's PathTooLongException out of the command line.
    /// </remarks>
    private static void RefuseTooLongName(string path, string full)
    {
        try
        {
            _ = File.GetAttributes(full);
        }
        catch (PathTooLongException)
        {
            throw new RunStoreException(path, "the name is longer than the file system allows (most take 255 bytes), so there is no such file and none can be made; name a shorter one (for example run.db).");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Absent, as File.Exists said: the file is created later, and any other trouble is told there.
        }
    }

    /// <summary>The file's first bytes, once they say it is a SQLite database.</summary>
    private static byte[] CheckHeader(string path, string full)
    {
        byte[] start;
        try
        {
            start = DatabaseHeader.ReadStart(full);
        }
        catch (UnauthorizedAccessException e)
        {
            // In the words a scenario file gets, rather than .NET's sentence naming the whole path again.
            throw new RunStoreException(path, "the file can't be read (permission denied); make it readable, or name another file. It was left untouched.", e);
        }
        catch (IOException e)
        {
            throw new RunStoreException(path, $"the file can't be read: {e.Message}", e);
        }

        if (!DatabaseHeader.IsDatabase(start))
        {
            throw new RunStoreException(path, "this is not a vaultsim run file: it is not a SQLite database; it was left untouched.");
        }

        return start;
    }

    /// <remarks>
    /// A file in WAL with something in its log is read through it, and SQLite makes a <c>-shm</c> for the reader when
    /// none is there. When the file is then refused (another program's database, a file edited), the files SQLite made
    /// for this read alone are taken away again: the refusal says the file was left untouched.
    /// </remarks>
    private static FileInspection InspectDatabase(string path, string full, byte[] header)
    {
        var (walBefore, shmBefore) = (File.Exists(full + "-wal"), File.Exists(full + "-shm"));
        try
        {
            return ReadInspection(path, full, header);
        }
        catch (RunStoreException)
        {
            RemoveMadeForTheRead(full + "-shm", shmBefore);
            RemoveMadeForTheRead(full + "-wal", walBefore);
            throw;
        }
    }

    /// <summary>Deletes a file beside the database that was not there before the read, and that an empty log or any -shm is.</summary>
    internal static void RemoveMadeForTheRead(string file, bool wasThere)
    {
        try
        {
            if (!wasThere && File.Exists(file) && (file.EndsWith("-shm", StringComparison.Ordinal) || new FileInfo(file).Length == 0))
            {
                File.Delete(file);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left as SQLite made it; the refusal stands.
        }
    }

    /// <summary>The first table, by name, that holds a row; null when all are empty.</summary>
    /// <remarks>Only with no run's row: 'runs' holds at most the one, its id checked to be 1 by the schema.</remarks>
    private static string? TableWithRows(SqliteConnection connection) =>
        connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name")
            .FirstOrDefault(table => connection.ExecuteScalar<long>($"SELECT EXISTS (SELECT 1 FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\")") == 1);

    private static FileInspection ReadInspection(string path, string full, byte[] header)
    {
        try
        {
            using var connection = Database.OpenReadOnly(full);
            var applicationId = connection.ExecuteScalar<long>("PRAGMA application_id");
            var version = connection.ExecuteScalar<long>("PRAGMA user_version");
            var tables = connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master WHERE type = 'table'");
            if (applicationId == 0 && version == 0 && tables == 0)
            {
                return new FileInspection(full, FileKind.Empty, 0, false, false, DatabaseHeader.IsWal(header));
            }

            if (applicationId != Migrations.ApplicationId || version < 1)
            {
                throw new RunStoreException(path, "this SQLite database is not a vaultsim run file (its schema is unknown); it was left untouched.");
            }

            if (version > Migrations.Current)
            {
                throw new RunStoreException(path, $"this run file has schema version {version}, newer than the {Migrations.Current} this vaultsim knows; it was written by a newer vaultsim. Upgrade vaultsim to open it.");
            }

            // A migration trusts the number, and would add again a column the file has (SQLite's "duplicate column name").
            if (version < Migrations.Current && VersionTables.Mismatch(connection, (int)version) is { } mismatch)
            {
                throw new RunStoreException(path, Mismatched(version, mismatch));
            }

            if (version == Migrations.Current && VersionTables.Missing(connection, (int)version) is { } missing)
            {
                throw new RunStoreException(path, $"it has no {missing}, which every vaultsim run file holds (was it edited?); it was left untouched. {SqliteFailure.RestoreOrRecordAgain}");
            }

            // Every version has had the runs table, so an older file's run is seen too (and never taken for an empty file).
            // Read untyped: Dapper can't turn a BLOB an edit left there into text, and would throw past the refusals.
            var status = connection.ExecuteScalar("SELECT status FROM runs WHERE id = 1") switch
            {
                null or DBNull => null,
                string text => text,
                _ => throw new RunStoreException(path, "table 'runs', column 'status', in the row with id 1: found a value that is not text, expected 'complete' or 'incomplete' (was it edited?); it was left untouched. Restore it from a copy, or record the run again."),
            };
            // Pages zeroed by a failing disk or a bad copy can take the run's row with them and read as a table with no
            // rows: told as a file with no run, it sent the person to look for a run never recorded. The check reads
            // the whole file, which only a file with no run pays for.
            if (status is null && connection.ExecuteScalar<string>("PRAGMA quick_check") != "ok")
            {
                throw new RunStoreException(path, "the file is damaged: SQLite finds its pages malformed; it was left untouched. " + SqliteFailure.RestoreOrRecordAgain);
            }

            // A run's row is written before any other, so rows without it are a run whose row was taken out: recorded
            // into as an empty file, the new run was mixed with the old one's rows.
            if (status is null && TableWithRows(connection) is { } table)
            {
                throw new RunStoreException(path, $"table '{table}' holds rows, but table 'runs' holds no run (was it edited?); it was left untouched. {SqliteFailure.RestoreOrRecordAgain}");
            }

            // From the header: a file read as immutable (Database.OpenReadOnly) reports the rollback journal it is read with.
            var wal = DatabaseHeader.IsWal(header);
            return new FileInspection(full, FileKind.Store, (int)version, status is not null, status == RunStatus.Complete, wal);
        }
        catch (SqliteException e)
        {
            throw SqliteFailure.Reading(path, e);
        }
    }
}
