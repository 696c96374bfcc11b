using Simulator.Store.Schema;

namespace Simulator.Store.Reading;

/// <summary>Opens recorded runs: for reports and comparisons, or to continue a lab in the dashboard.</summary>
/// <remarks>
/// Nothing here changes what a file holds: it is opened read-only, after checks that only read it. A file of an older
/// schema is read through an upgraded temporary copy, so reports never change it. The one write is to the file's
/// journal mode: a file a recording left in WAL goes back to a rollback journal first, when nobody else has it open
/// and it may be written (<see cref="RollbackJournal.Restore"/>), so that reading it leaves no files beside it.
/// </remarks>
public static class RunStore
{
    /// <summary>Opens a run file for reading.</summary>
    /// <param name="path">The run file.</param>
    /// <param name="upgrading">Told the file's schema version before an older file is copied and upgraded, which takes seconds for a large one.</param>
    /// <exception cref="RunStoreException">The file is missing, not a run file, of a newer schema, or holds no run.</exception>
    public static RunReader Open(string path, Action<int>? upgrading = null)
    {
        var file = StoreFile.Inspect(path);
        if (file.Kind == FileKind.Absent)
        {
            // Many tools read standard input for '-'; a run file is a database, which SQLite reads only from a file.
            throw new RunStoreException(path, path == "-"
                ? "a run file is read from a file, not from standard input; name the file (for example run.db)."
                : "no such file. Record a run with 'vaultsim run SCENARIO --db FILE'.");
        }

        // A killed recording's file in WAL, found without its log: copied alone, most likely. Its run is in that log
        // until a checkpoint, so the file may hold no run at all, or the run as far as the last checkpoint.
        var logMissing = file.IsWal && !File.Exists(file.FullPath + "-wal");
        if (!file.HasRun)
        {
            throw new RunStoreException(path, logMissing
                ? $"the file holds no recorded run, and its log is not beside it: a recording keeps what it writes in '{Path.GetFileName(file.FullPath)}-wal' until it closes. If the file was copied from a recording that was killed, copy that -wal file with it."
                : "the file holds no recorded run.");
        }

        // An unfinished run reads as far as the file holds it, and the file is left in WAL, so that the log, copied next
        // to it later, is still read.
        logMissing &= !file.IsComplete;
        try
        {
            if (!logMissing)
            {
                RollbackJournal.Restore(file);
            }

            if (file.Version < Migrations.Current)
            {
                upgrading?.Invoke(file.Version);
                return MigratedCopy.Open(path, file.FullPath);
            }

            return new RunReader(path, Database.OpenReadOnly(file.FullPath)) { IsMissingItsLog = logMissing };
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            throw SqliteFailure.Reading(path, e);
        }
    }

    /// <summary>True when the path holds a recorded run, to reopen; false where a new run may be recorded: no file, an empty one, or an empty SQLite database.</summary>
    /// <exception cref="RunStoreException">The path can't hold a run: a folder, a file in a missing folder, a file that is not a run file, or of a newer schema.</exception>
    public static bool HoldsRun(string path) => StoreFile.Inspect(path).HasRun;

    /// <summary>Reads what the dashboard needs to continue a recorded lab where it stopped, or to browse a finished run.</summary>
    /// <exception cref="RunStoreException">The file is missing, not a run file, of a newer schema, or holds no run.</exception>
    public static ReopenedRun OpenForReopen(string path)
    {
        using var reader = Open(path);

        // Continued, it would record after what the file alone holds, and the log's batches, copied beside it later,
        // could never be read again.
        return reader.IsMissingItsLog
            ? throw new RunStoreException(path, $"this unfinished run's file is in WAL and its log, '{Path.GetFileName(path)}-wal', which may hold its last batches, is not beside it; continued, they would be lost. Copy the -wal file beside it, or read what the file holds alone with 'vaultsim report {path} jobs' (a read-write sqlite3 folds the log into the file and deletes it, and leaves no -wal to copy).")
            : reader.Reopen();
    }
}
