namespace Simulator.Store.Rows;

/// <summary>One journal event; <c>Seq</c> counts the journal from 1 without gaps.</summary>
/// <remarks>SQLite-native types only (long, string, double), so Dapper maps it without conversions.</remarks>
internal sealed record EventRow(long Seq, long Batch, string At, string Kind, string? Vault, string? Item, string? JobId, string What, string State);
