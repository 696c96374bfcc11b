using Simulator.Scenarios.Model;

namespace Simulator.Scenarios.Fleets;

/// <summary>What a generated fleet of VMs looks like: how many, their names, where they live and how they vary.</summary>
/// <remarks>The defaults are those a scenario file's <c>fleets:</c> entry gets when it leaves a key out.</remarks>
public sealed record FleetSpec
{
    public const string DefaultNamePattern = "{name}-{n:000}";

    /// <summary>The fleet's name: it seeds the fleet's draws and fills <c>{name}</c> in the name pattern.</summary>
    public required string Name { get; init; }

    /// <summary>How many VMs to generate, 1 to <see cref="FleetGenerator.MaxFleetSize"/>.</summary>
    public required int Count { get; init; }

    /// <summary>VM names: <c>{name}</c>, <c>{region}</c>, <c>{word}</c> and <c>{n}</c> or <c>{n:000}</c> are filled in.</summary>
    public string NamePattern { get; init; } = DefaultNamePattern;

    /// <summary>The vaults that protect the fleet, one drawn per VM; empty for an unprotected fleet.</summary>
    public IReadOnlyList<VaultDefinition> Vaults { get; init; } = [];

    /// <summary>The regions of an unprotected fleet, one drawn per VM; a protected VM lives in its vault's region.</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>The policy that protects the VMs in their vault; DefaultPolicy when null.</summary>
    public string? Policy { get; init; }

    /// <summary>The share of Windows VMs, in percent; the others run Linux.</summary>
    public double WindowsPercent { get; init; } = 50;

    public ValueRange UsedGb { get; init; } = new(32, 512);

    public ValueRange ChurnGb { get; init; } = new(0.5, 10);

    public ValueRange ThroughputMBps { get; init; } = new(20, 100);

    /// <summary>The share of deallocated VMs, in percent (their points are crash-consistent).</summary>
    public double DeallocatedPercent { get; init; }

    /// <summary>The share of VMs without a VM agent, in percent (their backups fail).</summary>
    public double AgentMissingPercent { get; init; }

    /// <summary>The share of VMs with an unhealthy VM agent, in percent (their backups fail).</summary>
    public double AgentUnhealthyPercent { get; init; }
}
