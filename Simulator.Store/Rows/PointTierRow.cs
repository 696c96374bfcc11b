namespace Simulator.Store.Rows;

/// <summary>One step of a point's tier history.</summary>
/// <remarks>SQLite-native types only (long, string, double), so Dapper maps it without conversions.</remarks>
internal sealed record PointTierRow(long PointId, long Event, string At, string Tier, string Reason, double VaultSizeGb);
