namespace Simulator.Store.Rows;

/// <summary>A phase of a job entering a state, and the event that said so.</summary>
/// <remarks>SQLite-native types only (long, string, double), so Dapper maps it without conversions.</remarks>
internal sealed record JobPhaseRow(string JobId, long Event, string Phase, string Status, string At);
