namespace Simulator.Core.DataSources;

/// <summary>How a MARS agent sends its first, full backup (the wizard's "Choose Initial Backup Type").</summary>
public enum InitialBackupMode
{
    /// <summary>Automatically over the network: the first job transfers all used data.</summary>
    OverNetwork,

    /// <summary>Offline seeding: the full copy travels on disks; the first job waits for the disk import, then sends the churn.</summary>
    OfflineSeeding,
}
