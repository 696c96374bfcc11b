namespace Simulator.Store.Rows;

/// <summary>A VM (or server) of the world, as it was when the world was recorded.</summary>
/// <remarks>SQLite-native types only (long, string, double), so Dapper maps it without conversions.</remarks>
internal sealed record DataSourceRow(string Name, string Type, string Region, string? ResourceGroup, string? Os, string? PowerState, string? AgentStatus, double UsedGb, double ChurnGb, double ThroughputMbps);
