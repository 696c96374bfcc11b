using Dapper;
using Microsoft.Data.Sqlite;

namespace Simulator.Store.Schema;

/// <summary>Opens connections configured the one way the store uses them.</summary>
internal static class Database
{
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
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        connection.Execute("PRAGMA foreign_keys = ON");
        return connection;
    }

    /// <summary>A connection that can't write, so inspecting or reporting on a file never changes it.</summary>
    public static SqliteConnection OpenReadOnly(string path)
    {
        Configure();
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        connection.Execute("PRAGMA foreign_keys = ON");
        return connection;
    }
}
