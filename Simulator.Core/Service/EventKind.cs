namespace Simulator.Core.Service;

/// <summary>The kinds of event the simulation schedules on its engine.</summary>
internal enum EventKind
{
    ScheduledJobStart,
    SnapshotDone,
    TransferDone,
    OperationDone,
    SnapshotExpiry,
    VaultExpiry,
    Purge,
}
