namespace Simulator.Store.Schema;

/// <summary>Version 1: one run per file, its world, every event, and the jobs and points derived from the events.</summary>
/// <remarks>
/// Times are ISO 8601 TEXT (see <see cref="InstantHandler"/>). An event's columns are those every event has (what the
/// journal prints); what a kind of event adds lives in the table it feeds (jobs, job_phases, recovery_points,
/// point_tiers), not in a copy of the event as JSON, which doubled the file and the writer's time on big fleets.
/// Phases and tier steps are keyed by their event, so they need no second index. <c>events.seq</c> counts the journal from 1 without
/// gaps, and each batch row names the events its transaction committed, so a file cut short by a crash can be
/// checked for whole batches.
/// </remarks>
internal static class SchemaV1
{
    public const string Sql = """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            scenario_name TEXT NOT NULL,
            scenario_file TEXT NOT NULL,
            scenario_text TEXT NOT NULL,
            seed INTEGER NOT NULL,
            start_at TEXT NOT NULL,
            end_at TEXT NOT NULL,
            mode TEXT NOT NULL CHECK (mode IN ('headless', 'interactive')),
            status TEXT NOT NULL CHECK (status IN ('incomplete', 'complete')),
            reached TEXT NOT NULL,
            events INTEGER NOT NULL DEFAULT 0,
            items_as_of TEXT,
            checks INTEGER,
            failed_checks INTEGER
        );
        CREATE TABLE batches (
            id INTEGER PRIMARY KEY,
            first_event INTEGER,
            last_event INTEGER,
            reached TEXT NOT NULL
        );
        CREATE TABLE events (
            seq INTEGER PRIMARY KEY,
            batch INTEGER NOT NULL REFERENCES batches (id),
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            vault TEXT,
            item TEXT,
            job_id TEXT,
            what TEXT NOT NULL,
            state TEXT NOT NULL
        );
        CREATE TABLE vaults (
            name TEXT PRIMARY KEY,
            region TEXT NOT NULL,
            redundancy TEXT NOT NULL,
            soft_delete INTEGER NOT NULL,
            soft_delete_days INTEGER NOT NULL,
            cross_region_restore INTEGER NOT NULL
        );
        CREATE TABLE policies (
            vault TEXT NOT NULL REFERENCES vaults (name),
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            summary TEXT NOT NULL,
            saved_at TEXT NOT NULL,
            PRIMARY KEY (vault, name)
        );
        CREATE TABLE data_sources (
            name TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            region TEXT NOT NULL,
            resource_group TEXT,
            os TEXT,
            power_state TEXT,
            agent_status TEXT,
            used_gb REAL NOT NULL,
            churn_gb REAL NOT NULL,
            throughput_mbps REAL NOT NULL
        );
        CREATE TABLE items (
            name TEXT PRIMARY KEY REFERENCES data_sources (name),
            vault TEXT NOT NULL REFERENCES vaults (name),
            policy TEXT NOT NULL,
            protection_state TEXT NOT NULL,
            delete_state TEXT NOT NULL,
            last_backup_status TEXT NOT NULL,
            health TEXT NOT NULL,
            last_backup_time TEXT,
            last_recovery_point TEXT
        );
        CREATE TABLE jobs (
            id TEXT PRIMARY KEY,
            vault TEXT NOT NULL,
            item TEXT NOT NULL,
            operation TEXT NOT NULL,
            trigger TEXT,
            status TEXT NOT NULL,
            start_at TEXT NOT NULL,
            end_at TEXT,
            error_code TEXT,
            transfer_gb REAL NOT NULL DEFAULT 0
        );
        CREATE INDEX jobs_item ON jobs (item);
        CREATE TABLE job_phases (
            event INTEGER PRIMARY KEY REFERENCES events (seq),
            job_id TEXT NOT NULL REFERENCES jobs (id),
            phase TEXT NOT NULL,
            status TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE TABLE recovery_points (
            id INTEGER PRIMARY KEY,
            vault TEXT NOT NULL,
            item TEXT NOT NULL,
            time TEXT NOT NULL,
            tag TEXT NOT NULL,
            consistency TEXT NOT NULL,
            is_full INTEGER NOT NULL,
            tier TEXT NOT NULL,
            snapshot_expiry TEXT,
            vault_expiry TEXT NOT NULL,
            vault_size_gb REAL NOT NULL DEFAULT 0,
            deleted_at TEXT,
            delete_reason TEXT
        );
        CREATE INDEX recovery_points_item ON recovery_points (item);
        CREATE TABLE point_tiers (
            event INTEGER PRIMARY KEY REFERENCES events (seq),
            point_id INTEGER NOT NULL REFERENCES recovery_points (id),
            at TEXT NOT NULL,
            tier TEXT NOT NULL,
            reason TEXT NOT NULL,
            vault_size_gb REAL NOT NULL
        );
        CREATE TABLE outcomes (
            id INTEGER PRIMARY KEY,
            location TEXT NOT NULL,
            subject TEXT NOT NULL,
            expected TEXT NOT NULL,
            actual TEXT NOT NULL,
            at TEXT NOT NULL,
            passed INTEGER NOT NULL
        );
        CREATE TABLE actions (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            verb TEXT NOT NULL,
            json TEXT NOT NULL
        );
        """;
}
