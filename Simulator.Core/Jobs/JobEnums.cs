namespace Simulator.Core.Jobs;

/// <summary>A job's status, as the API's <c>JobStatus</c> names it.</summary>
public enum JobStatus
{
    InProgress,
    Completed,
    CompletedWithWarnings,
    Failed,
    Cancelled,
}

/// <summary>What a job does, as the API's <c>JobOperationType</c> names it.</summary>
public enum JobOperation
{
    ConfigureBackup,
    Backup,
    DisableBackup,
    DeleteBackupData,
    Undelete,
}

/// <summary>The state of one phase (sub task) of a backup job.</summary>
public enum PhaseStatus
{
    NotStarted,
    InProgress,
    Completed,
    Failed,
    Skipped,
    Cancelled,
}

/// <summary>Why a backup job ran.</summary>
public enum BackupTrigger
{
    Scheduled,
    OnDemand,
}

/// <summary>The phases of a backup job (decision D11).</summary>
public enum JobPhaseKind
{
    Snapshot,
    TransferToVault,
}

/// <summary>The backup pre-check result shown for a job.</summary>
public enum PreCheckResult
{
    Passed,
    Critical,
}
