namespace Simulator.Store.Rows;

/// <summary>A vault of the world, as the <c>vaults</c> table holds it.</summary>
/// <remarks>SQLite-native types only (long, string, double), so Dapper maps it without conversions.</remarks>
internal sealed record VaultRow(string Name, string Region, string Redundancy, long SoftDelete, long SoftDeleteDays, long CrossRegionRestore);
