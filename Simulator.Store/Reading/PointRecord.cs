using NodaTime;
using Simulator.Core.RecoveryPoints;

namespace Simulator.Store.Reading;

/// <summary>A recovery point kept at the end of a recorded run.</summary>
/// <param name="Tier">Snapshot, SnapshotAndVaultStandard or VaultStandard.</param>
/// <param name="IsFull">True when the point holds the item's full copy: the first backup's, or one that took over an
/// expired full copy; the others hold incremental copies. Every schema version stores it.</param>
/// <param name="VaultExpiry">When the vault copy expires, by its policy or retain-until: within the longest retention after <paramref name="Time"/> (<see cref="StoredCells.Expiry"/>).</param>
/// <param name="VaultSizeGb">Data the vault copy holds; 0 while there is none.</param>
public sealed record PointRecord(long Id, string Vault, string Item, Instant Time, string Consistency, string Tag, string Tier, bool IsFull, Instant? SnapshotExpiry, Instant VaultExpiry, double VaultSizeGb)
{
    /// <summary>True when a vault copy exists, so the point uses vault storage.</summary>
    public bool InVault => Tier.Contains("Vault", StringComparison.Ordinal);

    /// <summary>True while the point still has its snapshot.</summary>
    public bool HasSnapshot => Tier.StartsWith("Snapshot", StringComparison.Ordinal);

    /// <summary>When the tier the point is in now expires: the vault copy's, which waits for a snapshot that outlives it, once there is one, else the snapshot's.</summary>
    /// <remarks>The date retention gave it, which holds only while <see cref="KeptBy"/> is null.</remarks>
    public Instant? Expiry => InVault ? KeptPastExpiry.VaultCopyDate(VaultExpiry, HasSnapshot ? SnapshotExpiry : null) : SnapshotExpiry;

    /// <summary>Why the tier the point is in now is kept whatever <see cref="Expiry"/> says, at the run's end (<see cref="KeptPastExpiry"/>); null when its date holds.</summary>
    /// <remarks>
    /// A retained point's date passed weeks ago reads as a fault, and a point that will never go as if it would go: Azure
    /// shows neither date. Told from the item's states at the end of the run, and which of its points is newest.
    /// </remarks>
    public KeptReason? KeptBy { get; init; }
}
