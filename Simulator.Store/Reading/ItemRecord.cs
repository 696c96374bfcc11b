using NodaTime;

namespace Simulator.Store.Reading;

/// <summary>A protected item of a recorded run as it was when the items were last written (the end of the run, for a complete one).</summary>
public sealed record ItemRecord(string Name, string Vault, string Policy, string ProtectionState, string DeleteState, string LastBackupStatus, string Health, Instant? LastBackupTime, Instant? LastRecoveryPoint, string? ResourceGroup, string SourceType);
