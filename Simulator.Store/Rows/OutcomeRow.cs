namespace Simulator.Store.Rows;

/// <summary>One checked expectation of the scenario.</summary>
/// <remarks>SQLite-native types only (long, string, double), so Dapper maps it without conversions.</remarks>
internal sealed record OutcomeRow(string Location, string Subject, string Expected, string Actual, string At, long Passed);
