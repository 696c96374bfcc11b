namespace Simulator.Store.Rows;

/// <summary>A policy of a vault, summarised in one line.</summary>
/// <remarks>SQLite-native types only (long, string, double), so Dapper maps it without conversions.</remarks>
internal sealed record PolicyRow(string Vault, string Name, string Kind, string Summary, string SavedAt);
