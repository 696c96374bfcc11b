namespace Simulator.Store.Rows;

/// <summary>A job of the vault job list, as the events built it.</summary>
/// <remarks>SQLite-native types only (long, string, double), so Dapper maps it without conversions.</remarks>
internal sealed record JobRow(string Id, string Vault, string Item, string Operation, string? Trigger, string Status, string StartAt, string? EndAt, string? ErrorCode, double TransferGb);
