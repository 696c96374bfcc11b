using Dapper;
using Microsoft.Data.Sqlite;
using Simulator.Store.Rows;

namespace Simulator.Store.Recording;

/// <summary>Writes the world at the start of a run and the state it closes with; a few rows, so Dapper does it.</summary>
internal static class WorldWriter
{
    public static void Write(SqliteConnection connection, WorldRows world, SqliteTransaction tx)
    {
        connection.Execute("INSERT INTO vaults VALUES (@Name, @Region, @Redundancy, @SoftDelete, @SoftDeleteDays, @CrossRegionRestore)", world.Vaults, tx);
        connection.Execute("INSERT INTO policies VALUES (@Vault, @Name, @Kind, @Summary, @SavedAt)", world.Policies, tx);
        connection.Execute("INSERT INTO data_sources VALUES (@Name, @Type, @Region, @ResourceGroup, @Os, @PowerState, @AgentStatus, @UsedGb, @ChurnGb, @ThroughputMbps)", world.DataSources, tx);
        WriteItems(connection, world.Items, tx);
        connection.Execute("UPDATE runs SET items_as_of = (SELECT start_at FROM runs) WHERE id = 1", transaction: tx);
    }

    public static void WriteFinal(SqliteConnection connection, FinalRows final, SqliteTransaction tx)
    {
        connection.Execute("DELETE FROM items", transaction: tx);
        WriteItems(connection, final.Items, tx);
        if (final.Outcomes is { } outcomes)
        {
            connection.Execute("DELETE FROM outcomes", transaction: tx);
            connection.Execute("INSERT INTO outcomes (location, subject, expected, actual, at, passed) VALUES (@Location, @Subject, @Expected, @Actual, @At, @Passed)", outcomes, tx);
        }

        connection.Execute("""
            UPDATE runs SET reached = @Reached, items_as_of = @Reached, status = @status,
                checks = (SELECT count(*) FROM outcomes), failed_checks = (SELECT count(*) FROM outcomes WHERE passed = 0)
            WHERE id = 1
            """, new { final.Reached, status = final.Complete ? RunStatus.Complete : RunStatus.Incomplete }, tx);
    }

    private static void WriteItems(SqliteConnection connection, IReadOnlyList<ItemRow> items, SqliteTransaction tx) =>
        connection.Execute("INSERT INTO items VALUES (@Name, @Vault, @Policy, @ProtectionState, @DeleteState, @LastBackupStatus, @Health, @LastBackupTime, @LastRecoveryPoint)", items, tx);
}
