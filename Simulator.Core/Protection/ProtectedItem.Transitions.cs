namespace Simulator.Core.Protection;

/// <summary>The protection state machine, declared in one place.</summary>
public sealed partial class ProtectedItem
{
    /// <summary>What can happen to an item's protection.</summary>
    internal enum Trigger
    {
        BackupSucceeded,
        BackupFailed,
        StopRetainForever,
        StopRetainAsPerPolicy,
        DeleteData,
        Resume,
        Undelete,
    }

    /// <summary>The state a trigger leads to from the current one, or the reason it is refused.</summary>
    internal (ProtectionState? Next, string? Refusal) Evaluate(Trigger trigger) => (State, trigger) switch
    {
        // The initial backup is done when a copy has reached the vault: a job whose transfer was skipped behind a still
        // running first transfer completes, but leaves the item pending.
        (ProtectionState.IRPending, Trigger.BackupSucceeded) => (HasVaultBaseline ? ProtectionState.Protected : ProtectionState.IRPending, null),
        (ProtectionState.Protected or ProtectionState.ProtectionError, Trigger.BackupSucceeded) => (ProtectionState.Protected, null),
        // A failure told after a late initial copy arrived (the failed run started after it) ends the pending state too.
        (ProtectionState.IRPending, Trigger.BackupFailed) => (HasVaultBaseline ? ProtectionState.ProtectionError : ProtectionState.IRPending, null),
        (ProtectionState.Protected or ProtectionState.ProtectionError, Trigger.BackupFailed) => (ProtectionState.ProtectionError, null),

        // A job that was running when protection stopped still finishes, without changing the stopped state.
        (ProtectionState.ProtectionStopped or ProtectionState.BackupsSuspended, Trigger.BackupSucceeded or Trigger.BackupFailed) => (State, null),

        (ProtectionState.IRPending or ProtectionState.Protected or ProtectionState.ProtectionError, Trigger.StopRetainForever) => (ProtectionState.ProtectionStopped, null),
        (ProtectionState.IRPending or ProtectionState.Protected or ProtectionState.ProtectionError, Trigger.StopRetainAsPerPolicy) => (ProtectionState.BackupsSuspended, null),
        (ProtectionState.ProtectionStopped or ProtectionState.BackupsSuspended, Trigger.StopRetainForever or Trigger.StopRetainAsPerPolicy) =>
            (null, $"protection of '{Name}' is already stopped ({State}). Resume it first, or delete its backup data."),

        // Resuming an item whose backups never reached the vault leaves its initial backup still pending (domain.md
        // §5.1), even when a snapshot-only point exists: the next transfer is the full first copy.
        (ProtectionState.ProtectionStopped or ProtectionState.BackupsSuspended, Trigger.Resume) =>
            (HasVaultBaseline ? ProtectionState.Protected : ProtectionState.IRPending, null),
        (_, Trigger.Resume) => (null, $"'{Name}' is already protected ({State}); only a stopped item can be resumed."),

        // Whether the data may be deleted now (no job running, not already deleted) is asked before: StopRefusal.
        (_, Trigger.DeleteData) => (ProtectionState.ProtectionStopped, null),
        (_, Trigger.Undelete) => (ProtectionState.ProtectionStopped, null),
        _ => (null, $"'{Name}' cannot go from {State} on {trigger}."),
    };
}
