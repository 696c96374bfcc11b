using Simulator.Core.Policies;
using Simulator.Core.Vaults;

namespace Simulator.Scenarios.Model;

/// <summary>A vault of the scenario's world, with the policies it has besides DefaultPolicy.</summary>
public sealed record VaultDefinition(
    string Name,
    string Region,
    StorageRedundancy Redundancy,
    bool SoftDeleteEnabled,
    int SoftDeleteDays,
    bool CrossRegionRestore,
    IReadOnlyList<BackupPolicy> Policies);
