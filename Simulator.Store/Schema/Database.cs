using Dapper;
using Microsoft.Data.Sqlite;
using Simulator.Scenarios.Files;

namespace Simulator.Store.Schema;

/// <summary>Opens connections configured the one way the store uses them.</summary>
internal static class Database
{
    /// <summary>How long a statement waits for a file another program has locked before it is refused, in seconds.</summary>
    /// <remarks>
    /// Long enough to ride out another connection's commit or checkpoint; a recording in WAL never blocks its readers.
    /// Microsoft.Data.Sqlite's own 30 seconds left a person before a blank dashboard, or a report, for half a minute
    /// before saying the file was locked.
    /// </remarks>
    public const int BusyWaitSeconds = 3;

    private static readonly Lazy<bool> Configured = new(() =>
    {
        SqlMapper.AddTypeHandler(new InstantHandler());
        return true;
    });

    /// <summary>Registers the type handlers once; Dapper's handler map is global to the process, and a second thread waits for the first.</summary>
    public static void Configure() => _ = Configured.Value;

    /// <summary>A read-write connection with foreign keys on; the file is created if missing, unless <paramref name="create"/> is false.</summary>
    public static SqliteConnection OpenReadWrite(string path, bool create = true)
    {
        Configure();
        var mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite;
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false, DefaultTimeout = BusyWaitSeconds }.ToString());
        connection.Open();
        connection.Execute("PRAGMA foreign_keys = ON");
        return connection;
    }

    /// <summary>A connection that can't write, so inspecting or reporting on a file never changes it.</summary>
    public static SqliteConnection OpenReadOnly(string path)
    {
        Configure();
        var source = IsSettledWal(path) ? $"{new Uri(Path.GetFullPath(path)).AbsoluteUri}?immutable=1" : path;
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = BusyWaitSeconds }.ToString());

        // A read-only file read through its log gets a -shm from SQLite, which no later read may tidy away with the
        // log (RollbackJournal.Restore leaves a read-only file as it is): taken away as the connection closes, as it
        // was not there before, so that reading the run leaves nothing beside it.
        var index = path + "-shm";
        if (!File.Exists(index) && StoreFile.IsReadOnly(path))
        {
            connection.StateChange += (_, change) =>
            {
                if (change.CurrentState == System.Data.ConnectionState.Closed)
                {
                    StoreFile.RemoveMadeForTheRead(index, wasThere: false);
                }
            };
        }

        connection.Open();
        connection.Execute("PRAGMA foreign_keys = ON");
        return connection;
    }

    /// <summary>True for a file left in WAL with nothing in its log, which no connection has open or this user may not tidy (RollbackJournal.Restore).</summary>
    /// <remarks>
    /// Read as it is, such a file had SQLite make an empty <c>-wal</c> and a <c>-shm</c> beside it for the reader, which
    /// it then could not remove, nor a later reader take the file out of WAL past them. Read as immutable, SQLite makes
    /// nothing: with nothing in its log, the file is all there is. That holds while no one may write it, and while no
    /// connection has it open, which a missing <c>-shm</c> tells (SQLite keeps one while any has): a report that refused
    /// another program's database, or a recording's file copied without its log, left both behind. A log with something
    /// in it (a killed recording's) is read as SQLite reads any, as it may hold the run's last batches.
    /// </remarks>
    private static bool IsSettledWal(string path)
    {
        try
        {
            var log = new FileInfo(path + "-wal");
            return DatabaseHeader.IsWal(DatabaseHeader.ReadStart(path)) && !(log.Exists && log.Length > 0)
                && (!File.Exists(path + "-shm") || StoreFile.IsReadOnly(path) || RegularFile.ReadOnlyFolder(Path.GetFullPath(path)) is not null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
