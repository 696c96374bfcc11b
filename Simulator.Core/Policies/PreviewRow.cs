using NodaTime;

namespace Simulator.Core.Policies;

/// <summary>One run of a policy preview and what becomes of the point it makes.</summary>
/// <param name="At">When the run is due (UTC instant).</param>
/// <param name="Local">The wall time in the policy's zone at which it falls.</param>
/// <param name="LocalOffset">The zone's offset from UTC at that time, which tells apart the two runs at one wall time of the hour daylight saving repeats.</param>
/// <param name="Configured">The wall time the policy names for it.</param>
/// <param name="IsShifted">True when daylight saving moved the run off its configured wall time (decision D1).</param>
/// <param name="ToVault">True when the point is transferred to the vault (false for intermediate hourly runs, D10).</param>
/// <param name="Tag">The retention rule that tags the point (D2); <see cref="RetentionTag.None"/> when none keeps it.</param>
/// <param name="VaultExpiry">When the vault copy expires; null when the point never reaches the vault or no rule keeps it.</param>
/// <param name="SnapshotExpiry">When the instant-restore snapshot expires; null for policies without snapshots (MARS).</param>
public readonly record struct PreviewRow(
    Instant At,
    LocalDateTime Local,
    Offset LocalOffset,
    LocalDateTime Configured,
    bool IsShifted,
    bool ToVault,
    RetentionTag Tag,
    Instant? VaultExpiry,
    Instant? SnapshotExpiry);
