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
