namespace Simulator.Core.Jobs;

/// <summary>What a job does, as the API's <c>JobOperationType</c> names it.</summary>
public enum JobOperation
{
    ConfigureBackup,
    Backup,
    DisableBackup,
    DeleteBackupData,
    Undelete,
}
