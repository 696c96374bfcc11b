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

    /// <summary>A MARS job's transfer ended (decision D11: the only phase).</summary>
    MarsTransferDone,

    /// <summary>The seeding disks of an offline-seeded MARS item have been imported.</summary>
    MarsSeedImported,
}
