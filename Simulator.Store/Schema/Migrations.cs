using Dapper;
using Microsoft.Data.Sqlite;

namespace Simulator.Store.Schema;

/// <summary>The schema's versions, applied in order; <c>PRAGMA user_version</c> says which ones a file has.</summary>
/// <remarks>
/// A migration is appended, never edited: a file written by an older vaultsim is brought up to date step by step.
/// <c>PRAGMA application_id</c> marks the file as a vaultsim run, so another program's SQLite file is never taken for one.
/// </remarks>
internal static class Migrations
{
    /// <summary>"VSIM" in ASCII.</summary>
    public const long ApplicationId = 0x5653494D;

    private static readonly string[] Steps = [SchemaV1.Sql, SchemaV2.Sql, SchemaV3.Sql, SchemaV4.Sql, SchemaV5.Sql, SchemaV6.Sql, SchemaV7.Sql];

    /// <summary>The newest version this build reads and writes.</summary>
    public static int Current => Steps.Length;

    /// <summary>The SQL that brings a file of version <paramref name="version"/> - 1 to <paramref name="version"/>.</summary>
    public static string StepTo(int version) => Steps[version - 1];

    /// <summary>Brings the file to <see cref="Current"/> in one transaction, so a failed upgrade leaves it as it was.</summary>
    public static void Apply(SqliteConnection connection, int from)
    {
        using var tx = connection.BeginTransaction();

        // Read again under the transaction's lock: another vaultsim starting a run into the same new file at the same
        // moment may have brought it up to date first, and its tables are not to be made twice.
        if (connection.ExecuteScalar<long>("PRAGMA user_version", transaction: tx) != from)
        {
            throw new FileChangedMeanwhileException();
        }

        for (var version = from; version < Current; version++)
        {
            connection.Execute(Steps[version], transaction: tx);
        }

        // PRAGMA takes no parameters; both values are integers of this class, never user input.
        connection.Execute($"PRAGMA application_id = {ApplicationId}", transaction: tx);
        connection.Execute($"PRAGMA user_version = {Current}", transaction: tx);
        tx.Commit();
    }
}
