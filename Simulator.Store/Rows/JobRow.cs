namespace Simulator.Store.Rows;

/// <summary>A job as a report reads it from the <c>jobs</c> table; times are <see cref="Schema.TimeColumn"/> ticks.</summary>
/// <remarks>SQLite-native types only (long, string, double), so Dapper maps it without conversions.</remarks>
internal sealed record JobRow(long Seq, string Id, string Vault, string Item, string Operation, string? Trigger, string Status, long StartAt, long? EndAt, string? ErrorCode, double TransferGb, string? SnapshotStatus, string? TransferStatus);
