namespace Simulator.Store.Schema;

/// <summary>Version 4: a data source may have an item in several vaults, so an item is keyed by its vault and name.</summary>
/// <remarks>
/// Backup stopped with its data kept in one vault can be reconfigured in another (the alternate-vault tutorial, see
/// the repository's README.md): the old vault keeps its item and points while the new one protects the VM, and the
/// one-row-per-name key refused to record the second. SQLite can't change a primary key, so the table is rebuilt.
/// </remarks>
internal static class SchemaV4
{
    public const string Sql = """
        CREATE TABLE items_v4 (
            name TEXT NOT NULL REFERENCES data_sources (name),
            vault TEXT NOT NULL REFERENCES vaults (name),
            policy TEXT NOT NULL,
            protection_state TEXT NOT NULL,
            delete_state TEXT NOT NULL,
            last_backup_status TEXT NOT NULL,
            health TEXT NOT NULL,
            last_backup_time TEXT,
            last_recovery_point TEXT,
            PRIMARY KEY (vault, name)
        );
        INSERT INTO items_v4 SELECT name, vault, policy, protection_state, delete_state, last_backup_status, health, last_backup_time, last_recovery_point FROM items;
        DROP TABLE items;
        ALTER TABLE items_v4 RENAME TO items;
        """;
}
