namespace Simulator.Store.Schema;

/// <summary>Version 2: events as one compact block per batch, and one row per job and per point carrying its whole history.</summary>
/// <remarks>
/// Version 1 wrote about five rows or updates per event, most keyed by random GUIDs; a year of a 10,000-VM fleet
/// took ten minutes and 10 GB. Now a batch's events are one BLOB (<see cref="EventBlock"/>), and the writer keeps the
/// jobs in flight and the points alive in memory (<see cref="Folding.RunFold"/>), writing a job's row once when it
/// finishes and a point's once when it is deleted (and the rest when the recording closes). Jobs are keyed by their
/// order of start, so rows land near the end of the B-tree; the GUID is a column. Times in these rows are INTEGER
/// ticks (<see cref="TimeColumn"/>). The phases and tier steps become columns, replacing job_phases and point_tiers.
/// A version 1 file is converted here in SQL; its <c>events</c> rows stay where they are, and readers read them
/// before the blocks (their seqs come first). The item indexes are dropped by a writer and built when it closes.
/// The tier steps' reasons are spelled as version 1 wrote them, so the journal's words may change without changing
/// what this migration reads.
/// </remarks>
internal static class SchemaV2
{
    // The phase names as version 2 wrote them: a migration reads what files of its version hold, whatever the core calls them now.
    private const string SnapshotPhase = "'Take Snapshot'";
    private const string TransferPhase = "'Transfer data to vault'";

    public static readonly string Sql = $"""
        CREATE TABLE event_blocks (
            batch INTEGER PRIMARY KEY REFERENCES batches (id),
            first_seq INTEGER NOT NULL,
            last_seq INTEGER NOT NULL,
            data BLOB NOT NULL
        );
        CREATE TABLE jobs_v2 (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            vault TEXT NOT NULL,
            item TEXT NOT NULL,
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
        CREATE INDEX job_phases_job ON job_phases (job_id, phase, event);
        INSERT INTO jobs_v2
        SELECT j.rowid, j.id, j.vault, j.item, j.operation, j.trigger, j.status, {Ticks("j.start_at")}, {Ticks("j.end_at")}, j.error_code, j.transfer_gb,
            {Phase(SnapshotPhase, "status", null)}, {Phase(SnapshotPhase, Ticks("at"), "= 'InProgress'")}, {Phase(SnapshotPhase, Ticks("at"), "<> 'InProgress'")},
            {Phase(TransferPhase, "status", null)}, {Phase(TransferPhase, Ticks("at"), "= 'InProgress'")}, {Phase(TransferPhase, Ticks("at"), "<> 'InProgress'")}
        FROM jobs j;
        DROP TABLE job_phases;
        DROP TABLE jobs;
        ALTER TABLE jobs_v2 RENAME TO jobs;
        CREATE TABLE recovery_points_v2 (
            id INTEGER PRIMARY KEY,
            vault TEXT NOT NULL,
            item TEXT NOT NULL,
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
        CREATE INDEX point_tiers_point ON point_tiers (point_id, reason, event);
        INSERT INTO recovery_points_v2
        SELECT p.id, p.vault, p.item, {Ticks("p.time")}, p.tag, p.consistency, p.is_full, p.tier, {Ticks("p.snapshot_expiry")}, {Ticks("p.vault_expiry")}, p.vault_size_gb,
            coalesce({Tier("'created'")}, {Ticks("p.time")}), {Tier("'transferred to vault'")}, {Tier("'snapshot expired'")},
            {Ticks("p.deleted_at")}, p.delete_reason
        FROM recovery_points p;
        DROP TABLE point_tiers;
        DROP TABLE recovery_points;
        ALTER TABLE recovery_points_v2 RENAME TO recovery_points;
        CREATE INDEX IF NOT EXISTS recovery_points_item ON recovery_points (item) WHERE deleted_at IS NULL;
        """;

    /// <summary>Version 1's ISO text (nine fraction digits) as <see cref="TimeColumn"/> ticks; null stays null.</summary>
    private static string Ticks(string column) =>
        $"(unixepoch(substr({column}, 1, 19)) * 10000000 + CAST(substr({column}, 21, 7) AS INTEGER))";

    /// <summary>The last value of a phase's changes, as the fold keeps it: the status, the start (InProgress) or the end (any other move).</summary>
    private static string Phase(string phase, string value, string? statusIs) =>
        $"(SELECT {value} FROM job_phases p WHERE p.job_id = j.id AND p.phase = {phase}{(statusIs is null ? string.Empty : $" AND p.status {statusIs}")} ORDER BY p.event DESC LIMIT 1)";

    private static string Tier(string reason) =>
        $"(SELECT {Ticks("t.at")} FROM point_tiers t WHERE t.point_id = p.id AND t.reason = {reason} ORDER BY t.event DESC LIMIT 1)";
}
