namespace Simulator.Tui.Dashboard.Input;

/// <summary>What a key asks the dashboard to do.</summary>
internal enum CommandKind
{
    Quit,

    /// <summary>Ctrl+Z: stop under the shell's job control; the driver and the loop act on it, as the screen must be left first.</summary>
    Suspend,
    TogglePause,
    Faster,
    Slower,
    NextEvent,
    GoToTime,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    NextPane,
    PreviousPane,
    Open,
    Back,
    Filter,
    Help,
    CycleJobFilter,
    CycleSort,
    ToggleTimeline,

    /// <summary>Opens the full-screen event log over the screen it is pressed on.</summary>
    ShowLog,

    /// <summary>Protect a VM or MARS server in the selected vault, the portal's "+ Backup".</summary>
    ConfigureProtection,
    BackupNow,
    StopProtection,
    ResumeProtection,
    ChangePolicy,
    DeleteBackupData,
    Undelete,
    DeleteVm,

    /// <summary>Re-create a deleted VM with the same name and resource group: what X does where the VM is gone.</summary>
    RecreateVm,

    /// <summary>Re-create one of the deleted VMs of the selected vault's region: X on the vault list, for a VM with no item left to press X on.</summary>
    RecreateDeletedVm,
    TogglePower,
    ToggleAgent,
    CancelJob,
    Accept,
    Erase,
    Type,

    /// <summary>A key that does nothing in this mode or pane (a menu, a confirmation, help included): said so on the status line rather than ignored.</summary>
    Unbound,
}
