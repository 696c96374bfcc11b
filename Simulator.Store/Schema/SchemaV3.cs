namespace Simulator.Store.Schema;

/// <summary>Version 3: jobs and points name their item by number, and actions say where among the events they were taken.</summary>
/// <remarks>
/// <para>
/// Every job and point row spelled out its vault and item, 33 bytes a row in a year of a 10,000-VM estate: about a
/// tenth of the file. Now <c>item_keys</c> numbers each vault and item once, and the rows carry the number. The
/// tables are rebuilt, as version 2 did, so the new column is NOT NULL and sits beside the key. It is not declared a
/// foreign key: the writer inserts a key before the first row that names it, in the same transaction, and with
/// foreign keys on, SQLite would look the key up again for each of millions of rows.
/// </para>
/// <para>
/// An action taken in the dashboard follows the events that had run, checks of its instant included; replayed at its
/// instant alone it could go before some of them. <c>events_before</c> counts them. Older files keep a null, and their
/// actions replay after every event due by their instant, as the dashboard ran them between frames.
/// </para>
/// </remarks>
internal static class SchemaV3
{
    public const string Sql = """
        ALTER TABLE actions ADD COLUMN events_before INTEGER;
        CREATE TABLE item_keys (
            id INTEGER PRIMARY KEY,
            vault TEXT NOT NULL,
            item TEXT NOT NULL,
            UNIQUE (vault, item)
        );
        INSERT INTO item_keys (vault, item) SELECT vault, item FROM jobs UNION SELECT vault, item FROM recovery_points ORDER BY 1, 2;
        CREATE TABLE jobs_v3 (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            item_id INTEGER NOT NULL,
            operation TEXT NOT NULL,
            trigger TEXT,
            status TEXT NOT NULL,
            start_at INTEGER NOT NULL,
            end_at INTEGER,
            error_code TEXT,
            transfer_gb REAL NOT NULL,
            snapshot_status TEXT,
            snapshot_start INTEGER,
            snapshot_end INTEGER,
            transfer_status TEXT,
            transfer_start INTEGER,
            transfer_end INTEGER
        );
        INSERT INTO jobs_v3
        SELECT j.seq, j.id, k.id, j.operation, j.trigger, j.status, j.start_at, j.end_at, j.error_code, j.transfer_gb,
            j.snapshot_status, j.snapshot_start, j.snapshot_end, j.transfer_status, j.transfer_start, j.transfer_end
        FROM jobs j JOIN item_keys k ON k.vault = j.vault AND k.item = j.item
        ORDER BY j.seq;
        DROP TABLE jobs;
        ALTER TABLE jobs_v3 RENAME TO jobs;
        CREATE TABLE recovery_points_v3 (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL,
            time INTEGER NOT NULL,
            tag TEXT NOT NULL,
            consistency TEXT NOT NULL,
            is_full INTEGER NOT NULL,
            tier TEXT NOT NULL,
            snapshot_expiry INTEGER,
            vault_expiry INTEGER NOT NULL,
            vault_size_gb REAL NOT NULL,
            created_at INTEGER NOT NULL,
            vaulted_at INTEGER,
            snapshot_expired_at INTEGER,
            deleted_at INTEGER,
            delete_reason TEXT
        );
        INSERT INTO recovery_points_v3
        SELECT p.id, k.id, p.time, p.tag, p.consistency, p.is_full, p.tier, p.snapshot_expiry, p.vault_expiry, p.vault_size_gb,
            p.created_at, p.vaulted_at, p.snapshot_expired_at, p.deleted_at, p.delete_reason
        FROM recovery_points p JOIN item_keys k ON k.vault = p.vault AND k.item = p.item
        ORDER BY p.id;
        DROP TABLE recovery_points;
        ALTER TABLE recovery_points_v3 RENAME TO recovery_points;
        CREATE INDEX IF NOT EXISTS recovery_points_item ON recovery_points (item_id) WHERE deleted_at IS NULL;
        """;
}
