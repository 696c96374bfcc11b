namespace Simulator.Core.RecoveryPoints;

/// <summary>Why a tier of a recovery point outlives the date its retention gave it (see <see cref="KeptPastExpiry"/>).</summary>
public enum KeptReason
{
    /// <summary>Decision D3: retention never removes an item's newest point (or the newest vault copy while the newest point is snapshot-only).</summary>
    NewestPoint,

    /// <summary>Decision D4: nothing expires while protection is stopped with its data retained.</summary>
    ProtectionStopped,

    /// <summary>Decision D4: nothing expires while the item is soft-deleted.</summary>
    SoftDeleted,

    /// <summary>A snapshot past its date that a running transfer still copies to the vault: it goes when the copy is done.</summary>
    Transferring,

    /// <summary>A tier that expired while protection was stopped, which goes once the resume's job completes, as Azure's cleanup then runs (D4).</summary>
    Resuming,
}
