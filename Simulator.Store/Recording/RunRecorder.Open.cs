using Dapper;
using Microsoft.Data.Sqlite;
using Simulator.Scenarios.Files;
using Simulator.Store.Folding;
using Simulator.Store.Schema;

namespace Simulator.Store.Recording;

public sealed partial class RunRecorder
{
    /// <summary>Starts recording a new run into <paramref name="path"/>: a new file, an empty one, or an empty SQLite database.</summary>
    /// <exception cref="RunStoreException">The path can't take a new run: it holds one already, is read-only, is not a run file, sits in a missing folder…</exception>
    public static RunRecorder Create(string path, RunHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var file = StoreFile.Inspect(path);
        if (file.HasRun)
        {
            // An incomplete run may still be being recorded by another vaultsim: deleting it then would end that one.
            throw new RunStoreException(path, file.IsComplete
                ? "the file already holds a recorded run; it was left untouched. Record into a new file, or delete this one first."
                : "the file already holds a recorded run, not complete: one still being recorded, or stopped before its end; it was left untouched. Record into a new file.");
        }

        RefuseReadOnly(path, file, "Make it writable, or record into another file.");
        var createdFile = file.Kind == FileKind.Absent && CreateNew(path, file.FullPath);
        if (file.Kind == FileKind.Absent && !createdFile && StoreFile.Inspect(path).HasRun)
        {
            throw TakenMeanwhile(path);
        }

        var connection = OpenForWriting(path, file, header.Mode, connection => WriteHeader(connection, header));
        var fold = new RunFold();
        var writer = new StoreWriter(path, connection, new BatchWriter(connection, recordedEvents: 0, fold));
        return new RunRecorder(path, writer, new BatchBuilder(recordedEvents: 0, fold), createdFile, actionsToSkip: 0, worldRecorded: false);
    }

    /// <summary>Creates the absent file, unless another process has just done so: only the process that made it may remove it.</summary>
    /// <remarks>
    /// Two runs started at once into one new file both found it absent; the one refused then removed it, with the
    /// other's recording in it. Made here at once and exclusively, the file has one maker.
    /// </remarks>
    private static bool CreateNew(string path, string fullPath)
    {
        try
        {
            using (new FileStream(fullPath, FileMode.CreateNew, FileAccess.Write))
            {
            }

            return true;
        }
        catch (UnauthorizedAccessException)
        {
            throw ReadOnlyFolder(path, fullPath);
        }
        catch (IOException) when (Path.Exists(fullPath))
        {
            return false;
        }
        catch (IOException e)
        {
            throw new RunStoreException(path, $"the file could not be created: {WriteFailure.Describe(e)}", e);
        }
    }

    /// <summary>The refusal of a recording that another vaultsim began in the same file at the same moment.</summary>
    private static RunStoreException TakenMeanwhile(string path) =>
        new(path, "another vaultsim began recording a run into the file at the same moment; it was left to that recording. Record into another file.");

    /// <summary>The run's one row, and the policy files its scenario imports, in one transaction.</summary>
    /// <remarks>The run's row is looked for inside the transaction, which holds the file's lock: a run started at the same moment wrote it first.</remarks>
    private static void WriteHeader(SqliteConnection connection, RunHeader header)
    {
        using var tx = connection.BeginTransaction();
        if (connection.ExecuteScalar<long>("SELECT count(*) FROM runs", transaction: tx) > 0)
        {
            throw new FileChangedMeanwhileException();
        }

        connection.Execute("""
            INSERT INTO runs (id, scenario_name, scenario_file, scenario_text, seed, start_at, end_at, mode, status, reached, first_version)
            VALUES (1, @ScenarioName, @ScenarioFile, @ScenarioText, @Seed, @start, @end, @mode, @status, @start, @version)
            """, new { header.ScenarioName, header.ScenarioFile, header.ScenarioText, header.Seed, start = InstantHandler.Format(header.Start), end = InstantHandler.Format(header.End),
            mode = header.Mode.ToString().ToLowerInvariant(), status = RunStatus.Incomplete, version = Migrations.Current }, tx);
        connection.Execute("INSERT INTO policy_files (file, text) VALUES (@File, @Text)", header.PolicyFiles, tx);
        tx.Commit();
    }

    /// <summary>Goes on recording a run that stopped before its end (a lab closed, or a run killed).</summary>
    /// <remarks>
    /// Replay the run from its start (see <see cref="Reading.RunStore.OpenForReopen"/>) with this recorder subscribed: the
    /// events and actions the file holds already are recognised by their count and not written twice.
    /// </remarks>
    /// <exception cref="RunStoreException">The file holds no run, a finished one, is read-only, is not a run file, or is open elsewhere.</exception>
    public static RunRecorder Continue(string path)
    {
        var file = StoreFile.Inspect(path);
        if (!file.HasRun)
        {
            throw new RunStoreException(path, "the file holds no recorded run to continue.");
        }

        if (file.IsComplete)
        {
            throw new RunStoreException(path, "the run in this file is complete; it opens read-only, for browsing and reports.");
        }

        // Going on records into it; what it holds already can still be listed, which a person reopening a copy wants said.
        RefuseReadOnly(path, file, $"Going on with its run records into it: make it writable, or list what it holds with 'vaultsim report {path} jobs'.");
        RefuseInUse(path, file);
        var connection = OpenForWriting(path, file, RunMode.Interactive, _ => { });
        var recordedEvents = Count(connection, "SELECT events FROM runs WHERE id = 1");
        var fold = new RunFold();
        var batches = new BatchWriter(connection, recordedEvents, fold)
        {
            LastBatch = Count(connection, "SELECT coalesce(max(id), 0) FROM batches"),
            LastAction = Count(connection, "SELECT coalesce(max(seq), 0) FROM actions"),
        };
        var writer = new StoreWriter(path, connection, batches);
        // The replay performs again only the people's actions, not the speeds chosen among them (SpeedJson).
        var replayed = connection.ExecuteScalar<long>("SELECT count(*) FROM actions WHERE verb <> @speed", new { speed = SpeedJson.Verb });
        return new RunRecorder(path, writer, new BatchBuilder(recordedEvents, fold), createdFile: false, replayed, worldRecorded: true);
    }

    /// <param name="wayOut">What to do instead, for a file that is itself read-only.</param>
    /// <remarks>Asked of the system by trying, as a report's path is (<see cref="WriteProbe"/>): root records where the bits say read-only.</remarks>
    private static void RefuseReadOnly(string path, FileInspection file, string wayOut)
    {
        var exists = file.Kind != FileKind.Absent;
        if (exists && WriteProbe.IsRefused(file.FullPath, exists: true))
        {
            throw new RunStoreException(path, $"the file is read-only; it was left untouched. {wayOut}");
        }

        // SQLite writes a journal beside the file; refused here, a read-only folder would surface as its "unable to
        // open database file" or, for a writable file in it, the misleading "attempt to write a readonly database".
        // The folder is tried with a new file beside it, of a name no SQLite looks for (a journal's name, even empty
        // for an instant, could be met by a reader of the file). An absent file tries the folder by being created
        // (CreateNew): a probe of its own name, made and removed, had a run started at the same moment find it there.
        var probe = exists ? NewBeside(file.FullPath) : null;
        if (probe is not null && WriteProbe.IsRefused(probe, exists: false))
        {
            throw ReadOnlyFolder(path, file.FullPath);
        }
    }

    private static RunStoreException ReadOnlyFolder(string path, string fullPath) =>
        new(path, $"the folder '{Path.GetDirectoryName(fullPath)}' is read-only, and a run file needs its journal beside it; nothing was written. Make the folder writable, or record into another folder.");

    /// <summary>A name beside the file that nothing has, to try creating a file in its folder; null in the unlikely case it is taken.</summary>
    private static string? NewBeside(string fullPath) =>
        fullPath + ".vaultsim-probe" is var probe && !Path.Exists(probe) ? probe : null;

    /// <summary>Refuses a run file another connection has open: most likely a recording still going on.</summary>
    /// <remarks>
    /// A run, a benchmark or another dashboard's lab recording into the file would interleave its batches with this
    /// one's, and whichever closed last would overwrite where the other stopped. A file being recorded is in WAL, and
    /// only leaves it when no other connection has it open (<see cref="RollbackJournal"/>); a report that is finishing
    /// gets a second to let go, as a recording's close gives it.
    /// </remarks>
    private static void RefuseInUse(string path, FileInspection file)
    {
        if (!file.IsWal)
        {
            return;
        }

        bool alone;
        try
        {
            alone = RollbackJournal.Leave(file.FullPath, attempts: 10);
        }
        catch (SqliteException e)
        {
            throw SqliteFailure.Recording(path, e);
        }

        if (!alone)
        {
            throw new RunStoreException(path, "the file is open in another vaultsim, most likely still recording it (a run, a benchmark or a lab); it was left untouched. Open it again once that one has finished or quit.");
        }
    }

    /// <param name="mode">
    /// A headless run is synced to disk only as the operating system sees fit: its file holds nothing its scenario
    /// and seed can't replay, and the syncs at checkpoints were a twelfth of a big recording. A lab holds what people
    /// did, so it is synced at every checkpoint.
    /// </param>
    private static SqliteConnection OpenForWriting(string path, FileInspection file, RunMode mode, Action<SqliteConnection> start)
    {
        var leftovers = LeftoversOfAFailedStart(file);
        SqliteConnection? connection = null;
        try
        {
            connection = Database.OpenReadWrite(file.FullPath);

            // 64 KiB pages, SQLite's largest, for a new file (an existing one keeps its own): a big fleet's event blocks
            // span a page or two, and the B-trees of jobs and points split a sixteenth as often as with 4 KiB. A year of
            // 10,000 VMs recorded in a tenth less time with 16 KiB than with 4 KiB, and 3-7% less again with 64 KiB
            // (docs/performance.md). It must come before WAL, which fixes the page size.
            connection.Execute("PRAGMA page_size = 65536");

            // WAL lets reports read while a run records, and a killed process never leaves a half-written page in the
            // file: it loses nothing committed, whatever the sync setting. NORMAL syncs at checkpoints, so only a
            // power cut could lose the last commits; OFF leaves it to the operating system, and a power cut while
            // recording could damage the file.
            connection.Execute("PRAGMA journal_mode = WAL");
            connection.Execute(mode == RunMode.Headless ? "PRAGMA synchronous = OFF" : "PRAGMA synchronous = NORMAL");

            // A checkpoint every 64 MiB of log (1,024 pages of 64 KiB) rather than every 4: each one syncs the file,
            // and pages rewritten in between (the last page of every table, at each commit) are copied once. A longer
            // log (128 or 256 MiB) measured slower, a shorter one (32 MiB) no faster.
            connection.Execute("PRAGMA wal_autocheckpoint = 1024");

            // 64 MiB of pages: the tables a big fleet appends to stay in memory between checkpoints.
            connection.Execute("PRAGMA cache_size = -65536");
            if (file.Version < Migrations.Current)
            {
                Migrations.Apply(connection, file.Version);
            }

            start(connection);
            return connection;
        }
        catch (FileChangedMeanwhileException)
        {
            // The other recording's file and journals: nothing here is this one's to remove.
            connection?.Dispose();
            throw TakenMeanwhile(path);
        }
        catch (SqliteException e)
        {
            connection?.Dispose();
            if (!HoldsRunNow(path))
            {
                foreach (var leftover in leftovers)
                {
                    File.Delete(leftover);
                }
            }

            throw SqliteFailure.Recording(path, e);
        }
    }

    /// <summary>Whether the file holds a run by now, which another vaultsim began at the same moment; false when it can't be told.</summary>
    private static bool HoldsRunNow(string path)
    {
        try
        {
            return StoreFile.Inspect(path).HasRun;
        }
        catch (RunStoreException)
        {
            return false;
        }
    }

    /// <summary>The files a failed start would leave that were not there before it: the file itself when it was absent, and its journals.</summary>
    /// <remarks>
    /// A refused recording should leave nothing behind; a device such as <c>/dev/null</c> takes SQLite's first write and
    /// then fails, leaving a <c>/dev/null-journal</c>. Only a file holding no run is cleaned up: it has nothing for a
    /// journal to restore, whereas a run being continued may need its journal to roll back. Nor is one that holds a
    /// run by the time this one failed, which another vaultsim began at the same moment: they are its files.
    /// </remarks>
    private static string[] LeftoversOfAFailedStart(FileInspection file)
    {
        if (file.HasRun)
        {
            return [];
        }

        string[] journals = [file.FullPath + "-journal", file.FullPath + "-wal", file.FullPath + "-shm"];
        var absent = journals.Where(f => !File.Exists(f));
        return [.. file.Kind == FileKind.Absent ? absent.Prepend(file.FullPath) : absent];
    }

    private static long Count(SqliteConnection connection, string sql) => connection.ExecuteScalar<long>(sql);
}
