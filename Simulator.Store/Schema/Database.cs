using Dapper;
using Microsoft.Data.Sqlite;

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
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = BusyWaitSeconds }.ToString());
        connection.Open();
        connection.Execute("PRAGMA foreign_keys = ON");
        return connection;
    }
}
