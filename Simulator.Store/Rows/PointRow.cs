namespace Simulator.Store.Rows;

/// <summary>A recovery point as a report reads it from the <c>recovery_points</c> table; times are <see cref="Schema.TimeColumn"/> ticks.</summary>
/// <param name="Vault">With <paramref name="Item"/>, null where the row's item number names no item (an edited file).</param>
/// <remarks>SQLite-native types only (long, string, double), so Dapper maps it without conversions.</remarks>
internal sealed record PointRow(long Id, string? Vault, string? Item, long Time, string Tag, string Consistency, long IsFull, string Tier, long? SnapshotExpiry, long VaultExpiry, double VaultSizeGb, string? DeleteReason);
