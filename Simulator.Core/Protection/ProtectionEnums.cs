namespace Simulator.Core.Protection;

/// <summary>The protection state of an item (the API's <c>ProtectionState</c>).</summary>
public enum ProtectionState
{
    /// <summary>Protection is configured and the initial backup has not completed yet.</summary>
    IRPending,
    Protected,

    /// <summary>The latest backup failed.</summary>
    ProtectionError,

    /// <summary>Stopped with data retained forever: no policy, nothing expires.</summary>
    ProtectionStopped,

    /// <summary>Stopped with data retained as per policy: points keep expiring, the newest stays.</summary>
    BackupsSuspended,
}

/// <summary>Whether an item is soft-deleted (the API's <c>DeleteState</c>).</summary>
public enum DeleteState
{
    NotDeleted,
    ToBeDeleted,
}

/// <summary>The last backup status column of the item list.</summary>
public enum LastBackupStatus
{
    IRPending,
    Healthy,
    Unhealthy,
}

/// <summary>The health column of the item list (the API's <c>ProtectedItemHealthStatus</c>).</summary>
public enum ProtectedItemHealth
{
    /// <summary>No backup has finished yet.</summary>
    IRPending,
    Healthy,

    /// <summary>The latest backup failed or completed with warnings.</summary>
    Unhealthy,

    /// <summary>The data source is gone, so Azure Backup can't reach it.</summary>
    NotReachable,
}

/// <summary>How protection is stopped.</summary>
public enum StopProtectionMode
{
    RetainForever,
    RetainAsPerPolicy,
    DeleteData,
}
