namespace Simulator.Store.Rows;

/// <summary>The <c>runs</c> row: the scenario, how far the run got, and whether it finished.</summary>
/// <remarks>SQLite-native types only (long, string, double), so Dapper maps it without conversions.</remarks>
internal sealed record RunRow(string ScenarioName, string ScenarioFile, string ScenarioText, long Seed, string StartAt, string EndAt, string Mode, string Status, string Reached, long Events, string? ItemsAsOf, long? Checks, long? FailedChecks, long? FirstVersion);
