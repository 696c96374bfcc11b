using System.Globalization;
using System.Text;
using Bogus;
using Simulator.Core.DataSources;
using Simulator.Core.Engine;
using Simulator.Core.Policies;
using Simulator.Scenarios.Model;

namespace Simulator.Scenarios.Fleets;

/// <summary>Generates realistic VMs with Bogus: names, resource groups, regions, OS mix, sizes, churn, throughput, health.</summary>
/// <remarks>
/// The same scenario seed and fleet name give the same fleet on every machine: Bogus draws from a seeded
/// <see cref="Randomizer"/> only. Scenario files and <c>vaultsim bench</c> both come here, so there is one generator.
/// </remarks>
public static class FleetGenerator
{
    public const int MaxFleetSize = 100_000;

    /// <param name="scenarioSeed">The seed of the scenario; with the fleet's name it seeds every draw.</param>
    /// <param name="fleet">The fleet to generate.</param>
    /// <param name="world">Every vault of the world the fleet joins, in the order they were defined.</param>
    /// <exception cref="ArgumentException">The fleet has neither vaults nor regions, names a vault not in the world, or its count is out of range.</exception>
    public static IReadOnlyList<DataSourceDefinition> Generate(long scenarioSeed, FleetSpec fleet, IReadOnlyList<VaultDefinition> world)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        ArgumentNullException.ThrowIfNull(world);
        ArgumentOutOfRangeException.ThrowIfLessThan(fleet.Count, 1, nameof(fleet));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fleet.Count, MaxFleetSize, nameof(fleet));
        if (fleet.Vaults.Count == 0 && fleet.Regions.Count == 0)
        {
            throw new ArgumentException($"Fleet '{fleet.Name}' needs vaults to be protected in, or regions to live in.", nameof(fleet));
        }

        if (fleet.Vaults.FirstOrDefault(v => !world.Any(w => ReferenceEquals(w, v))) is { } stranger)
        {
            throw new ArgumentException($"Fleet '{fleet.Name}' names vault '{stranger.Name}', which is not in the world; add it to the world's vaults.", nameof(world));
        }

        var generated = new List<DataSourceDefinition>(fleet.Count);
        var faker = new Faker("en") { Random = new Randomizer(FleetSeed(scenarioSeed, fleet.Name)) };

        // A List, so that Bogus takes its List overload of PickRandom, which draws as scenario files always have.
        var regions = fleet.Regions.ToList();
        for (var n = 1; n <= fleet.Count; n++)
        {
            var vault = fleet.Vaults.Count > 0 ? DrawVault(faker, fleet.Vaults) : null;
            var region = vault?.Region ?? faker.PickRandom(regions);
            var word = Slug(faker.Hacker.Noun());
            var spec = new VmSpec(ExpandPattern(fleet.NamePattern, fleet.Name, n, region, word), region)
            {
                ResourceGroup = $"rg-{Slug(faker.Commerce.Department())}",
                Os = faker.Random.Double() * 100 < fleet.WindowsPercent ? OsType.Windows : OsType.Linux,
                UsedSizeGb = Math.Round(faker.Random.Double(fleet.UsedGb.Min, fleet.UsedGb.Max)),
                DailyChurnGb = Math.Round(faker.Random.Double(fleet.ChurnGb.Min, fleet.ChurnGb.Max), 2),
                ThroughputMBps = Math.Round(faker.Random.Double(fleet.ThroughputMBps.Min, fleet.ThroughputMBps.Max)),
                PowerState = faker.Random.Double() * 100 < fleet.DeallocatedPercent ? PowerState.Deallocated : PowerState.Running,
                AgentStatus = (faker.Random.Double() * 100) switch
                {
                    var roll when roll < fleet.AgentMissingPercent => VmAgentStatus.Missing,
                    var roll when roll < fleet.AgentMissingPercent + fleet.AgentUnhealthyPercent => VmAgentStatus.Unhealthy,
                    _ => VmAgentStatus.Healthy,
                },
            };
            generated.Add(DataSourceDefinition.ForVm(spec, vault?.Name, vault is null ? null : fleet.Policy ?? BackupPolicy.DefaultPolicyName));
        }

        return generated;
    }

    /// <summary>The vault of one VM: a fleet with one vault draws nothing, a fleet over several draws one of them.</summary>
    private static VaultDefinition DrawVault(Faker faker, IReadOnlyList<VaultDefinition> fleetVaults) =>
        fleetVaults.Count == 1 ? fleetVaults[0] : fleetVaults[faker.Random.Int(0, fleetVaults.Count - 1)];

    private static int FleetSeed(long scenarioSeed, string fleetName) =>
        (int)(new DeterministicRandom(scenarioSeed).NextBits($"fleet:{fleetName}", 0) & int.MaxValue);

    /// <summary>The name of the <paramref name="n"/>th VM of a fleet, from its name pattern.</summary>
    internal static string ExpandPattern(string pattern, string fleet, int n, string region, string word)
    {
        var text = new StringBuilder(pattern)
            .Replace("{name}", fleet)
            .Replace("{region}", region)
            .Replace("{word}", word)
            .Replace("{n}", n.ToString(CultureInfo.InvariantCulture))
            .ToString();
        var start = text.IndexOf("{n:", StringComparison.Ordinal);
        var end = start < 0 ? -1 : text.IndexOf('}', start);
        if (end > start)
        {
            var width = text[(start + 3)..end].Length;
            text = string.Concat(text.AsSpan(0, start), n.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0'), text.AsSpan(end + 1));
        }

        return text;
    }

    /// <summary>Lower-case letters and digits joined by single hyphens: "Sports, Shoes &amp; Computers" becomes "sports-shoes-computers".</summary>
    private static string Slug(string text) =>
        string.Join('-', new string(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ').ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
