using NodaTime;
using Simulator.Core.Policies;
using Simulator.Core.Protection;
using Simulator.Core.Vaults;

namespace Simulator.Scenarios.Model;

/// <summary>A step's action with its arguments; only the ones its verb uses are set.</summary>
public sealed record ScenarioAction(ActionVerb Verb)
{
    /// <summary>The protected item or data source (VM or server) the action concerns.</summary>
    public string? Item { get; init; }

    public string? Vault { get; init; }

    /// <summary>The job to cancel, when a person picked one (the dashboard); scenarios cancel the item's running job.</summary>
    public string? JobId { get; init; }

    public string? Policy { get; init; }

    public StopProtectionMode Mode { get; init; }

    public Instant? RetainUntil { get; init; }

    public int Count { get; init; } = 1;

    public double Throughput { get; init; }

    public BackupPolicy? NewPolicy { get; init; }

    /// <summary>The redundancy a <c>setRedundancy</c> step sets; null when it could not be read (the file then does not run).</summary>
    public StorageRedundancy? Redundancy { get; init; }

    public bool Enabled { get; init; }

    /// <summary>The soft-delete days a <c>setSoftDelete</c> step sets; null when it leaves the vault's as they are.</summary>
    public int? Days { get; init; }
}
