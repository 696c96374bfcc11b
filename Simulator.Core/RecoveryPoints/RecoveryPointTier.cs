namespace Simulator.Core.RecoveryPoints;

/// <summary>Where a recovery point's data is, in the CLI's <c>--tier</c> vocabulary.</summary>
public enum RecoveryPointTier
{
    /// <summary>Only the instant-restore snapshot exists (transfer pending, skipped or failed).</summary>
    Snapshot,

    /// <summary>The snapshot and the vault copy both exist.</summary>
    SnapshotAndVaultStandard,

    /// <summary>Only the vault copy is left.</summary>
    VaultStandard,
}
