using Dapper;
using Microsoft.Data.Sqlite;

namespace Simulator.Tests.Support;

/// <summary>Writes into a SQLite file behind vaultsim's back, as a person with another tool would.</summary>
internal static class SqliteFiles
{
    /// <summary>Runs <paramref name="sql"/> on the file, creating it if missing; the connection is not pooled, so the file is closed after.</summary>
    public static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        connection.Execute(sql);
    }

    /// <summary>The first column of the first row <paramref name="sql"/> returns.</summary>
    public static long Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection.ExecuteScalar<long>(sql);
    }

    /// <summary>The first column of the first row <paramref name="sql"/> returns, as text.</summary>
    public static string? Text(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection.ExecuteScalar<string>(sql);
    }
}
