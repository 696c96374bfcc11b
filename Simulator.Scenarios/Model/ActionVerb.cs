namespace Simulator.Scenarios.Model;

/// <summary>What a timeline step does: one command of the core, or a fault.</summary>
public enum ActionVerb
{
    BackupNow,
    CancelJob,
    ConfigureProtection,
    StopProtection,
    ResumeProtection,
    ChangePolicy,
    DeleteBackupData,
    Undelete,
    DeleteVm,
    RecreateVm,
    DeallocateVm,
    StartVm,
    BreakAgent,
    RemoveAgent,
    RepairAgent,
    FailNextTransfer,
    SetThroughput,
    UpdatePolicy,
    ResavePolicy,
    SetRedundancy,
    SetSoftDelete,
    SetCrossRegionRestore,
}
