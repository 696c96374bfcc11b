using System.Globalization;
using System.Text;
using Bogus;
using Simulator.Core.DataSources;
using Simulator.Core.Policies;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Yaml;

namespace Simulator.Scenarios.Parsing;

public sealed partial class ScenarioParser
{
    public const int MaxFleetSize = 100_000;

    private static readonly string[] FleetKeys =
        ["name", "count", "namePattern", "regions", "vault", "vaults", "policy", "os", "usedGb", "churnGb", "throughputMBps", "deallocated", "agentMissing", "agentUnhealthy"];

    /// <summary>Generates a fleet's VMs with Bogus, seeded from the scenario's seed and the fleet's position.</summary>
    /// <remarks>The same seed gives the same fleet on every machine: Bogus draws from a seeded <see cref="Randomizer"/> only.</remarks>
    private List<DataSourceDefinition> ReadFleet(YamlCursor node, WorldNames names, IReadOnlyList<VaultDefinition> vaults)
    {
        var generated = new List<DataSourceDefinition>();
        if (!node.ExpectMapping(FleetKeys))
        {
            return generated;
        }

        var fleetName = node.String("name", required: true) ?? "fleet";
        var count = node.Int("count", 1, MaxFleetSize, " VMs", required: true);
        var pattern = node.String("namePattern") ?? "{name}-{n:000}";
        if (!pattern.Contains("{n", StringComparison.Ordinal))
        {
            node.At("namePattern").Error("the pattern must contain {n} (or {n:000}) so that every VM gets its own name.");
        }

        var vaultNames = node.Has("vaults")
            ? node.ItemsOf("vaults").Select(v => v.AsString()).OfType<string>().ToList()
            : node.String("vault") is { } single ? [single] : [];
        var policy = node.String("policy");
        foreach (var vault in vaultNames)
        {
            CheckProtection(node.Get("vaults") ?? node.Get("vault") ?? node, names, vault, policy, region: null);
        }

        var regions = node.ItemsOf("regions").Select(r => r.AsString()).OfType<string>().ToList();
        if (vaultNames.Count > 0 && regions.Count > 0)
        {
            node.At("regions").Error("a protected fleet takes the regions of its vaults; give 'regions' only for a fleet no vault protects.");
        }
        else if (vaultNames.Count == 0 && regions.Count == 0)
        {
            node.Error("a fleet needs 'vault' (or 'vaults') to be protected in, or 'regions' to live in.");
        }

        var osShare = ReadOsShare(node.Get("os"));
        var used = ReadRange(node.Get("usedGb"), 1, 1_000_000, (32, 512));
        var churn = ReadRange(node.Get("churnGb"), 0, 100_000, (0.5, 10));
        var throughput = ReadRange(node.Get("throughputMBps"), 0.001, 100_000, (20, 100));
        var deallocated = node.Number("deallocated", 0, 100, "%") ?? 0;
        var agentMissing = node.Number("agentMissing", 0, 100, "%") ?? 0;
        var agentUnhealthy = node.Number("agentUnhealthy", 0, 100, "%") ?? 0;
        if (count is null || _errors.Any)
        {
            return generated;
        }

        var faker = new Faker("en") { Random = new Randomizer(FleetSeed(fleetName)) };
        for (var n = 1; n <= count; n++)
        {
            var vaultName = vaultNames.Count switch
            {
                0 => null,
                1 => vaultNames[0],
                _ => vaultNames[faker.Random.Int(0, vaultNames.Count - 1)],
            };
            var vault = vaultName is null ? null : vaults.First(v => string.Equals(v.Name, vaultName, StringComparison.OrdinalIgnoreCase));
            var region = vault?.Region ?? faker.PickRandom(regions);
            var word = Slug(faker.Hacker.Noun());
            var spec = new VmSpec(ExpandPattern(pattern, fleetName, n, region, word), region)
            {
                ResourceGroup = $"rg-{Slug(faker.Commerce.Department())}",
                Os = faker.Random.Double() * 100 < osShare ? OsType.Windows : OsType.Linux,
                UsedSizeGb = Math.Round(faker.Random.Double(used.Min, used.Max)),
                DailyChurnGb = Math.Round(faker.Random.Double(churn.Min, churn.Max), 2),
                ThroughputMBps = Math.Round(faker.Random.Double(throughput.Min, throughput.Max)),
                PowerState = faker.Random.Double() * 100 < deallocated ? PowerState.Deallocated : PowerState.Running,
                AgentStatus = (faker.Random.Double() * 100) switch
                {
                    var roll when roll < agentMissing => VmAgentStatus.Missing,
                    var roll when roll < agentMissing + agentUnhealthy => VmAgentStatus.Unhealthy,
                    _ => VmAgentStatus.Healthy,
                },
            };
            generated.Add(DataSourceDefinition.ForVm(spec, vault?.Name, vault is null ? null : policy ?? BackupPolicy.DefaultPolicyName));
        }

        return generated;
    }

    private int FleetSeed(string fleetName)
    {
        var random = new Core.Engine.DeterministicRandom(_seed);
        return (int)(random.NextBits($"fleet:{fleetName}", 0) & int.MaxValue);
    }

    /// <summary>The share of Windows VMs, in percent, from <c>os: { windows: 60, linux: 40 }</c>.</summary>
    private static double ReadOsShare(YamlCursor? node)
    {
        if (node is not { } os || !os.ExpectMapping("windows", "linux"))
        {
            return 50;
        }

        var windows = os.Number("windows", 0, 1_000_000) ?? 0;
        var linux = os.Number("linux", 0, 1_000_000) ?? 0;
        if (windows + linux <= 0)
        {
            os.Error("give the share of windows and linux VMs, for example { windows: 60, linux: 40 }.");
            return 50;
        }

        return windows * 100 / (windows + linux);
    }

    private static (double Min, double Max) ReadRange(YamlCursor? node, double floor, double ceiling, (double, double) fallback)
    {
        if (node is not { } range)
        {
            return fallback;
        }

        var values = range.Items().Select(v => v.AsNumber(floor, ceiling)).ToList();
        if (values.Count != 2 || values.Any(v => v is null))
        {
            if (values.Count != 2 && range.IsSequence)
            {
                range.Error("expected two numbers, [min, max].");
            }

            return fallback;
        }

        if (values[0] > values[1])
        {
            range.Error($"the minimum {values[0]!.Value.ToString(CultureInfo.InvariantCulture)} is above the maximum {values[1]!.Value.ToString(CultureInfo.InvariantCulture)}.");
            return fallback;
        }

        return (values[0]!.Value, values[1]!.Value);
    }

    private static string ExpandPattern(string pattern, string fleet, int n, string region, string word)
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
