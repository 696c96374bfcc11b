using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Simulator.Core.DataSources;
using Simulator.Core.Vaults;
using Simulator.Scenarios.Fleets;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Yaml;

namespace Simulator.Scenarios.Parsing;

public sealed partial class ScenarioParser
{
    private static readonly string[] FleetKeys =
        ["name", "count", "namePattern", "regions", "vault", "vaults", "policy", "os", "usedGb", "churnGb", "throughputMBps", "deallocated", "agentMissing", "agentUnhealthy"];

    /// <summary>True the first time a fleet lists <paramref name="name"/>; a repeat is an error at its entry.</summary>
    /// <remarks>VMs are drawn evenly across the vaults (or regions) listed, so one listed twice would silently get twice its share.</remarks>
    private static bool FirstListing(HashSet<string> listed, string name, YamlCursor at, string what)
    {
        if (listed.Add(name))
        {
            return true;
        }

        at.Error($"{what} '{name}' is listed twice; VMs are drawn evenly across the {what}s listed, so it would get twice its share. List it once.");
        return false;
    }

    /// <summary>Reads a fleet entry and generates its VMs with <see cref="FleetGenerator"/>, from the seed the scenario runs with.</summary>
    private List<DataSourceDefinition> ReadFleet(YamlCursor node, WorldNames names, IReadOnlyList<VaultDefinition> vaults)
    {
        var errorsBefore = _errors.All.Count;
        if (!node.ExpectMapping(FleetKeys))
        {
            NoteBrokenFleet(node);
            return [];
        }

        var fleetName = node.String("name", required: true) ?? "fleet";
        var count = node.Int("count", 1, FleetGenerator.MaxFleetSize, " VMs", required: true);
        var defaults = new FleetSpec { Name = fleetName, Count = 1 };
        var pattern = node.String("namePattern") ?? defaults.NamePattern;
        if (PatternProblem(pattern) is { } problem)
        {
            node.At("namePattern").Error(problem);
        }

        if (node.Has("vault") && node.Has("vaults"))
        {
            // Only one of them would be read, and the other's VMs silently placed elsewhere.
            node.At("vaults").Error("give either 'vault' (one vault) or 'vaults' (a list to draw from), not both.");
        }

        List<(string Name, YamlCursor At)> vaultEntries = node.Has("vaults")
            ? [.. node.ItemsOf("vaults").Select(v => (Name: v.AsString(), At: v)).Where(v => v.Name is not null).Select(v => (v.Name!, v.At))]
            : node.String("vault") is { } single ? [(single, node.At("vault"))] : [];
        var vaultNames = vaultEntries.Select(v => v.Name).ToList();
        var policy = node.String("policy");

        var listedVaults = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (vault, at) in vaultEntries)
        {
            if (FirstListing(listedVaults, vault, at, "vault") && CheckVault(at, names, vault) && policy is not null)
            {
                CheckPolicy(node.At("policy"), names, vault, policy);
            }
        }

        var listedRegions = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var regions = new List<string>();
        foreach (var entry in node.ItemsOf("regions"))
        {
            if (entry.AsString() is { } given && AzureRegion.Name(given) is var region && FirstListing(listedRegions, region, entry, "region"))
            {
                regions.Add(region);
            }
        }

        if (vaultNames.Count > 0 && regions.Count > 0)
        {
            node.At("regions").Error("a protected fleet takes the regions of its vaults; give 'regions' only for a fleet no vault protects.");
        }
        else if (vaultNames.Count == 0 && regions.Count == 0)
        {
            node.Error("a fleet needs 'vault' (or 'vaults') to be protected in, or 'regions' to live in.");
        }
        else if (vaultNames.Count == 0 && policy is not null)
        {
            node.At("policy").Error("a policy needs a 'vault' (or 'vaults') to protect the fleet in.");
        }

        var osShare = ReadOsShare(node.Get("os"), defaults.WindowsPercent);
        var used = ReadRange(node.Get("usedGb"), 1, 1_000_000, " GB", defaults.UsedGb);
        var churn = ReadRange(node.Get("churnGb"), 0, 100_000, " GB", defaults.ChurnGb);
        var throughput = ReadRange(node.Get("throughputMBps"), 0.001, 100_000, " MB/s", defaults.ThroughputMBps);
        var deallocated = node.Number("deallocated", 0, 100, "%") ?? 0;
        var agentMissing = node.Number("agentMissing", 0, 100, "%") ?? 0;
        var agentUnhealthy = node.Number("agentUnhealthy", 0, 100, "%") ?? 0;
        var resolved = vaultNames.Select(name => vaults.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase))).ToList();
        if (PatternProblem(pattern) is null)
        {
            CheckNames(node, fleetName, pattern, vaultNames.Count > 0 ? resolved.OfType<VaultDefinition>().Select(v => v.Region) : regions);
        }


        // Names drawn from another seed than the one meant would be other names, so an unread seed generates nothing.
        if (count is null || _errors.All.Count > errorsBefore || resolved.Contains(null) || !_seedRead)
        {
            NoteBrokenFleet(node);
            return [];
        }

        var fleet = defaults with
        {
            Count = count.Value,
            NamePattern = pattern,
            Vaults = resolved!,
            Regions = regions,
            Policy = policy,
            WindowsPercent = osShare,
            UsedGb = used,
            ChurnGb = churn,
            ThroughputMBps = throughput,
            DeallocatedPercent = deallocated,
            AgentMissingPercent = agentMissing,
            AgentUnhealthyPercent = agentUnhealthy,
        };
        List<DataSourceDefinition> generated = [.. FleetGenerator.Generate(_seed, fleet, vaults)];
        if (!NamesHold(node, generated))
        {
            NoteBrokenFleet(node);
            return [];
        }

        return generated;
    }

    /// <summary>Refuses a pattern whose shortest name (a one-letter word, VM number 1) is no valid VM name in any region.</summary>
    /// <remarks>
    /// Checked before the fleet is generated, so that a pattern's own mistake is told even when another one stops the
    /// generation; every name the pattern gives is at least that long and holds its literal parts.
    /// </remarks>
    private static void CheckNames(YamlCursor node, string fleetName, string pattern, IEnumerable<string> regions)
    {
        foreach (var region in regions.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var shortest = FleetGenerator.ExpandPattern(pattern, fleetName, 1, region, "a");
            if (VmName.Problem(shortest) is { } problem)
            {
                node.At("namePattern").Error($"the pattern gives VM names Azure refuses; the shortest, '{YamlCursor.Shorten(shortest)}': {problem}.");
                return;
            }
        }
    }

    /// <summary>Refuses a generated fleet with a name Azure refuses (a drawn word can make a name too long); the first one is told.</summary>
    /// <remarks>Another seed draws other words: a name the file's own seed never gives says which seed drew it.</remarks>
    private bool NamesHold(YamlCursor node, IReadOnlyList<DataSourceDefinition> generated)
    {
        foreach (var source in generated)
        {
            if (VmName.Problem(source.Name) is { } problem)
            {
                var drawn = _seed == _fileSeed ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" (drawn from seed {_seed}, which overrides the file's {_fileSeed})");
                node.At("namePattern").Error($"the pattern gives VM names Azure refuses, such as '{YamlCursor.Shorten(source.Name)}'{drawn}: {problem}.");
                return false;
            }
        }

        return true;
    }

    /// <summary>Notes a fleet whose VMs are not all defined, so that references to the names it would give are not reported.</summary>
    private void NoteBrokenFleet(YamlCursor node)
    {
        var pattern = node.IsMapping ? node.Get("namePattern") is { } given ? given.Scalar : FleetSpec.DefaultNamePattern : null;
        _broken.Fleet(pattern is null || PatternProblem(pattern) is not null ? AnyName() : NamesOf(node.Get("name")?.Scalar, pattern));
    }

    /// <summary>Matches every name a fleet's pattern can give; its name is any when it can't be read.</summary>
    private static Regex NamesOf(string? fleetName, string pattern)
    {
        var regex = new StringBuilder("^");
        var at = 0;
        foreach (Match placeholder in PlaceholderRegex().Matches(pattern))
        {
            regex.Append(Regex.Escape(pattern[at..placeholder.Index])).Append(placeholder.Value switch
            {
                "{name}" => fleetName is null ? ".*" : Regex.Escape(fleetName),
                "{word}" => "[a-z0-9-]+",
                "{region}" => ".+",
                _ => "[0-9]+",
            });
            at = placeholder.Index + placeholder.Length;
        }

        regex.Append(Regex.Escape(pattern[at..])).Append('$');
        return new Regex(regex.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }

    /// <summary>Matches every name: a fleet whose pattern can't be read could give any.</summary>
    [GeneratedRegex("^", RegexOptions.CultureInvariant)]
    private static partial Regex AnyName();

    /// <summary>What is wrong with a fleet's name pattern, or null: only the generator's placeholders, and {n} among them.</summary>
    private static string? PatternProblem(string pattern)
    {
        var stray = PlaceholderRegex().Replace(pattern, string.Empty).IndexOfAny(['{', '}']) >= 0;
        if (stray)
        {
            return "the pattern holds a brace that is not one of its placeholders; allowed are {name}, {region}, {word}, {n} and {n:000} (as many zeros as digits).";
        }

        return CounterRegex().IsMatch(pattern) ? null : "the pattern must contain {n} (or {n:000}) so that every VM gets its own name.";
    }

    [GeneratedRegex(@"\{(?:name|region|word|n|n:0+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderRegex();

    [GeneratedRegex(@"\{n(?::0+)?\}", RegexOptions.CultureInvariant)]
    private static partial Regex CounterRegex();

    /// <summary>The share of Windows VMs, in percent, from <c>os: { windows: 60, linux: 40 }</c>.</summary>
    private static double ReadOsShare(YamlCursor? node, double fallback)
    {
        if (node is not { } os || !os.ExpectMapping("windows", "linux"))
        {
            return fallback;
        }

        var windows = os.Number("windows", 0, 1_000_000) ?? 0;
        var linux = os.Number("linux", 0, 1_000_000) ?? 0;
        if (windows + linux <= 0)
        {
            os.Error("give the share of windows and linux VMs, for example { windows: 60, linux: 40 }.");
            return fallback;
        }

        return windows * 100 / (windows + linux);
    }

    /// <param name="unit">Said after the allowed range of a value out of it, as a VM's or MARS server's same field says it.</param>
    private static ValueRange ReadRange(YamlCursor? node, double floor, double ceiling, string unit, ValueRange fallback)
    {
        if (node is not { } range)
        {
            return fallback;
        }

        var values = range.Items().Select(v => v.AsNumber(floor, ceiling, unit)).ToList();
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

        return new ValueRange(values[0]!.Value, values[1]!.Value);
    }
}
