namespace Simulator.Store.Rows;

/// <summary>A protected item's state: at the start of the run, then at its end.</summary>
/// <remarks>SQLite-native types only (long, string, double), so Dapper maps it without conversions.</remarks>
internal sealed record ItemRow(string Name, string Vault, string Policy, string ProtectionState, string DeleteState, string LastBackupStatus, string Health, string? LastBackupTime, string? LastRecoveryPoint);
