namespace Simulator.Core.Protection;

/// <summary>The health column of the item list (the API's <c>ProtectedItemHealthStatus</c>).</summary>
public enum ProtectedItemHealth
{
    /// <summary>The initial backup has not run yet.</summary>
    IRPending,
    Healthy,

    /// <summary>The latest backup failed or completed with warnings.</summary>
    Unhealthy,

    /// <summary>The data source is gone (a deleted VM): backups can't reach it.</summary>
    NotReachable,
}
