namespace Simulator.Tui.Dashboard;

/// <summary>The commands of the core the dashboard can run on an item, its VM or a job.</summary>
internal enum ActionKind
{
    BackupNow,
    StopProtection,
    ResumeProtection,
    ChangePolicy,
    DeleteBackupData,
    Undelete,
    DeleteVm,
    DeallocateVm,
    StartVm,
    BreakAgent,
    RepairAgent,
    CancelJob,
}
