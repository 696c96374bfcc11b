namespace Simulator.Tui.Dashboard;

/// <summary>The orders the protected item list can be sorted in.</summary>
internal enum ItemSort
{
    Name,
    ProtectionState,
    LastBackupStatus,
    LatestRestorePoint,
}
