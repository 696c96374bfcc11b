namespace Simulator.Core.Protection;

/// <summary>The last backup status column of the item list.</summary>
public enum LastBackupStatus
{
    IRPending,
    Healthy,
    Unhealthy,
}
