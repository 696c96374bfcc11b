namespace Simulator.Store.Rows;

/// <summary>A job as a report reads it from the <c>jobs</c> table; times are <see cref="Schema.TimeColumn"/> ticks.</summary>
/// <param name="Vault">With <paramref name="Item"/>, null where the row's item number names no item (an edited file).</param>
/// <remarks>SQLite-native types only (long, string, double), so Dapper maps it without conversions.</remarks>
internal sealed record JobRow(long Seq, string Id, string? Vault, string? Item, string Operation, string? Trigger, string Status, long StartAt, long? EndAt, string? ErrorCode, double TransferGb, string? SnapshotStatus, string? TransferStatus);
