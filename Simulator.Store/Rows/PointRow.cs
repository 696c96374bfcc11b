namespace Simulator.Store.Rows;

/// <summary>A recovery point: as created, then updated by its tier changes, retention changes and deletion.</summary>
/// <remarks>SQLite-native types only (long, string, double), so Dapper maps it without conversions.</remarks>
internal sealed record PointRow(long Id, string Vault, string Item, string Time, string Tag, string Consistency, long IsFull, string Tier, string? SnapshotExpiry, string VaultExpiry, double VaultSizeGb, string? DeletedAt, string? DeleteReason);
