using Dapper;
using Microsoft.Data.Sqlite;

namespace Simulator.Tests.Support;

/// <summary>What <c>kill -9</c> leaves of a recording still open: its file and its log as they stand, with nothing closed.</summary>
/// <remarks>
/// The recording runs in the test's own process, so it can't be killed; its files are copied instead, once the
/// writer has committed what it was given (so no commit is half-copied). What the writer was never given, a kill
/// loses, and so does the copy.
/// </remarks>
internal static class KilledRecording
{
    /// <summary>Waits (ten seconds at most) until <paramref name="sql"/> on the file gives <paramref name="expected"/>, reading it as a report would.</summary>
    /// <returns>False when it never did: the writer was never given it, or is slow.</returns>
    public static bool WaitFor<T>(string file, string sql, T expected)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            Thread.Sleep(20);
            using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
            connection.Open();
            if (Equals(connection.ExecuteScalar<T>(sql), expected))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Copies the file and its log to <paramref name="copy"/>, as a kill would leave them.</summary>
    public static string Copy(string file, string copy)
    {
        File.Copy(file, copy);
        File.Copy(file + "-wal", copy + "-wal");
        return copy;
    }
}
