using Simulator.Core.DataSources;
using Simulator.Core.Policies;
using Simulator.Core.Vaults;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Yaml;

namespace Simulator.Scenarios.Parsing;

public sealed partial class ScenarioParser
{
    private static readonly string[] VmKeys =
        ["name", "resourceGroup", "region", "os", "power", "agent", "usedGb", "churnGb", "throughputMBps", "vault", "policy"];

    private List<VaultDefinition> ReadVaults(YamlCursor root)
    {
        var vaults = new List<VaultDefinition>();

        // Every readable name, complete vault or not: a repeated name is a mistake of its own, reported beside any other.
        var names = new Dictionary<string, FirstName>(StringComparer.OrdinalIgnoreCase);
        if (root.Get("vaults") is { IsSequence: false } || root.Misspelt("vaults"))
        {
            // A 'vaults' that is no list, or misspelt ('vault:'), may have meant any vault: its own mistake is the one to fix.
            _broken.Vault(null);
        }

        foreach (var node in root.ItemsOf("vaults"))
        {
            if (!node.ExpectMapping("name", "region", "redundancy", "softDelete", "softDeleteDays", "crossRegionRestore", "policies"))
            {
                _broken.Vault(null);
                continue;
            }

            var name = node.String("name", required: true);
            var region = node.String("region", required: true) is { } given ? AzureRegion.Name(given) : null;
            if (name is not null && VaultName.Problem(name) is { } problem)
            {
                node.At("name").Error($"'{YamlCursor.Shorten(name)}' is not a valid vault name: {problem}.");
            }
            else if (name is not null && !names.TryAdd(name, FirstName.Of(node, name)))
            {
                node.At("name").Error($"'{name}' is already the name of {names[name].Told(name)}; vault names are unique, whatever their case: rename one of the two.");
            }

            var redundancy = node.Enum<StorageRedundancy>("redundancy") ?? StorageRedundancy.GeoRedundant;
            var softDelete = node.Bool("softDelete") ?? true;
            var softDeleteDays = node.Int("softDeleteDays", Vault.MinSoftDeleteDays, Vault.MaxSoftDeleteDays, " days") ?? Vault.DefaultSoftDeleteDays;
            if (!softDelete && node.Get("softDeleteDays") is { } days)
            {
                days.Error(SoftDeleteDaysWhileOff("softDelete", $"the vault starts with {Vault.DefaultSoftDeleteDays} days, for a setSoftDelete step that turns it on without days", "softDeleteDays"));
            }

            var crossRegion = node.Bool("crossRegionRestore") ?? false;
            if (crossRegion && redundancy != StorageRedundancy.GeoRedundant)
            {
                node.At("crossRegionRestore").Error($"cross-region restore needs a GeoRedundant vault, and this one is {redundancy}.");
            }

            var policies = ReadPolicies(node, name);
            if (name is not null && region is not null)
            {
                vaults.Add(new VaultDefinition(name, region, redundancy, softDelete, softDeleteDays, crossRegion, policies));
            }
            else
            {
                _broken.Vault(name);
            }
        }

        return vaults;
    }

    private List<DataSourceDefinition> ReadDataSources(YamlCursor root, IReadOnlyList<VaultDefinition> vaults)
    {
        var sources = new List<DataSourceDefinition>();
        var names = new WorldNames(vaults, [], _broken, _passedOver);
        if (root.Get("vms") is { IsSequence: false } || root.Get("marsServers") is { IsSequence: false } || root.Misspelt("vms") || root.Misspelt("marsServers"))
        {
            _broken.Source(null);
        }

        if (root.Get("fleets") is { IsSequence: false } || root.Misspelt("fleets"))
        {
            _broken.Fleet(AnyName());
        }

        foreach (var node in root.ItemsOf("vms"))
        {
            if (!node.ExpectMapping(VmKeys))
            {
                _broken.Source(null);
                continue;
            }

            var name = node.String("name", required: true);
            var vault = node.String("vault");
            var region = (node.String("region") is { } given ? AzureRegion.Name(given) : null) ?? vaults.FirstOrDefault(v => string.Equals(v.Name, vault, StringComparison.OrdinalIgnoreCase))?.Region;
            // With a vault named, the region comes from it; if the vault is wrong, that mistake is the one to report, and
            // if either key is misspelt, the unknown key says so.
            if (region is null && !node.Has("region") && !node.Has("vault") && !node.Misspelt("region") && !node.Misspelt("vault"))
            {
                node.Error("'region' is required for a VM that no vault protects at the start.");
            }

            // Every value is read even when the name or region is missing, so that each mistake is reported in one pass.
            var defaults = new VmSpec("vm", "region");
            var os = node.Enum<OsType>("os");
            var read = defaults with
            {
                ResourceGroup = node.String("resourceGroup") ?? defaults.ResourceGroup,
                Os = os ?? defaults.Os,
                PowerState = node.Enum<PowerState>("power") ?? defaults.PowerState,
                AgentStatus = node.Enum<VmAgentStatus>("agent") ?? defaults.AgentStatus,
                UsedSizeGb = node.Number("usedGb", 0, 1_000_000, " GB") ?? defaults.UsedSizeGb,
                DailyChurnGb = node.Number("churnGb", 0, 100_000, " GB") ?? defaults.DailyChurnGb,
                ThroughputMBps = node.Number("throughputMBps", 0.001, 100_000, " MB/s") ?? defaults.ThroughputMBps,
            };

            if (name is not null && VmName.Problem(name) is { } problem)
            {
                node.At("name").Error($"'{YamlCursor.Shorten(name)}' is not a valid VM name: {problem}.");
            }

            if (node.Has("resourceGroup") && ResourceGroupName.Problem(read.ResourceGroup) is { } groupProblem)
            {
                node.At("resourceGroup").Error($"'{YamlCursor.Shorten(read.ResourceGroup)}' is not a valid resource group name: {groupProblem}.");
            }

            var spec = name is null || region is null ? null : read with { Name = name, Region = region };
            var policy = node.String("policy");
            CheckProtection(node, names, vault, policy, region);
            if (spec is not null)
            {
                AddSource(sources, node, DataSourceDefinition.ForVm(spec, vault, vault is null ? null : policy ?? BackupPolicy.DefaultPolicyName));
            }
            else
            {
                _broken.Source(name);
                ClaimSourceName(node, name);
            }
        }

        var fleetNames = new Dictionary<string, FirstName>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in root.ItemsOf("fleets"))
        {
            if (node.Get("name")?.Scalar is { } fleetName && !fleetNames.TryAdd(fleetName, FirstName.Of(node, fleetName) with { Fleet = null }))
            {
                // Each fleet's draws are seeded by its name: two of one name would share their VMs' draws.
                node.At("name").Error($"'{fleetName}' is already the name of {fleetNames[fleetName].Told(fleetName)}; fleet names are unique, whatever their case: rename one of the two.");
                NoteBrokenFleet(node);
                continue;
            }

            foreach (var generated in ReadFleet(node, names, vaults))
            {
                if (!AddSource(sources, node, generated))
                {
                    NoteBrokenFleet(node);
                    break; // one error for a fleet whose names clash, not one per VM of it
                }
            }
        }

        var agents = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in root.ItemsOf("marsServers"))
        {
            if (ReadMarsServer(node, names) is { } server)
            {
                // The core refuses the 51st agent as the world is built, where no line of the file is known.
                var registered = agents[server.Vault!] = agents.GetValueOrDefault(server.Vault!) + 1;
                if (registered == Core.Simulation.MaxMarsAgentsPerVault + 1 && names.Vault(server.Vault!) == NameStatus.Defined)
                {
                    node.At("vault").Error($"vault '{server.Vault}' already has {Core.Simulation.MaxMarsAgentsPerVault} MARS agents registered, the most a vault accepts (domain.md §1.1); this is agent {registered}.");
                }

                AddSource(sources, node, server);
            }
            else
            {
                _broken.Source(node.Get("name")?.Scalar);
                ClaimSourceName(node, node.Get("name")?.Scalar);
            }
        }

        return sources;
    }

    private DataSourceDefinition? ReadMarsServer(YamlCursor node, WorldNames names)
    {
        if (!node.ExpectMapping("name", "location", "vault", "policy", "usedGb", "churnGb", "throughputMBps", "initialBackup", "diskImportDays"))
        {
            return null;
        }

        var name = node.String("name", required: true);
        if (name is not null && MarsServerName.Problem(name) is { } problem)
        {
            node.At("name").Error($"'{YamlCursor.Shorten(name)}' is not a valid MARS server name: {problem}.");
        }

        var vault = node.String("vault", required: true);
        var policy = node.String("policy");
        var status = vault is null ? NameStatus.Broken : names.Vault(vault);
        if (vault is not null && status == NameStatus.Undefined)
        {
            node.At("vault").Error($"no vault named '{YamlCursor.Shorten(vault)}' is defined; a MARS agent is registered to one. {names.VaultHint(vault)}");
        }
        else if (vault is not null && status == NameStatus.Defined && policy is not null && names.Policy(vault, policy) != NameStatus.Broken
                 && names.KindOf(vault, policy) is var kind && kind != PolicyKind.Mars)
        {
            node.At("policy").Error(kind is null
                ? $"vault '{vault}' has no policy '{YamlCursor.Shorten(policy)}'.{names.PolicyHint(policy, vault, [])}"
                : $"'{policy}' is {PolicyKindText.WithArticle(kind.Value)} policy; a MARS server needs a policy of kind Mars.");
        }

        var defaults = new MarsServerSpec("server");
        var spec = name is null ? null : new MarsServerSpec(name)
        {
            Location = node.String("location") ?? defaults.Location,
            UsedSizeGb = node.Number("usedGb", 0, 1_000_000, " GB") ?? defaults.UsedSizeGb,
            DailyChurnGb = node.Number("churnGb", 0, 100_000, " GB") ?? defaults.DailyChurnGb,
            ThroughputMBps = node.Number("throughputMBps", 0.001, 100_000, " MB/s") ?? defaults.ThroughputMBps,
            InitialBackup = node.Enum<InitialBackupMode>("initialBackup") ?? defaults.InitialBackup,
            DiskImportDuration = node.Int("diskImportDays", 1, 365, " days") is { } days ? NodaTime.Duration.FromDays(days) : defaults.DiskImportDuration,
        };
        return spec is null || vault is null ? null : DataSourceDefinition.ForMars(spec, vault, policy);
    }

    private void CheckProtection(YamlCursor node, WorldNames names, string? vault, string? policy, string? region)
    {
        if (vault is null)
        {
            if (policy is not null)
            {
                node.At("policy").Error("a policy needs a 'vault' to protect the VM in.");
            }

            return;
        }

        if (!CheckVault(node.At("vault"), names, vault))
        {
            return;
        }

        if (policy is not null)
        {
            CheckPolicy(node.At("policy"), names, vault, policy);
        }

        if (region is not null && names.RegionOf(vault) is { } vaultRegion && !string.Equals(region, vaultRegion, StringComparison.OrdinalIgnoreCase))
        {
            node.At("region").Error($"the VM is in {region} and vault '{vault}' is in {vaultRegion}; a vault protects only VMs in its own region.");
        }
    }

    /// <returns>True when the vault is defined; an undefined one is reported at <paramref name="at"/>.</returns>
    private static bool CheckVault(YamlCursor at, WorldNames names, string vault)
    {
        var status = names.Vault(vault);
        if (status == NameStatus.Undefined)
        {
            at.Error($"no vault named '{YamlCursor.Shorten(vault)}' is defined. {names.VaultHint(vault)}");
        }

        return status == NameStatus.Defined;
    }

    /// <summary>Checks a VM's policy: one its vault defines, and of a kind for VMs.</summary>
    /// <remarks>The core refuses a MARS policy for a VM as the world is built, where no line of the file is known; said
    /// here, the mistake is at the policy's name, and <c>validate</c> finds it too.</remarks>
    private static void CheckPolicy(YamlCursor at, WorldNames names, string vault, string policy)
    {
        if (names.Policy(vault, policy) == NameStatus.Undefined)
        {
            at.Error($"vault '{vault}' has no policy '{YamlCursor.Shorten(policy)}'.{names.PolicyHint(policy, vault, [])}");
        }
        else if (names.KindOf(vault, policy) == PolicyKind.Mars)
        {
            at.Error($"policy '{policy}' of vault '{vault}' is a MARS policy; an Azure VM needs a Standard or Enhanced policy.");
        }
    }

    /// <returns>False when the name is taken, which is reported.</returns>
    private bool AddSource(List<DataSourceDefinition> sources, YamlCursor node, DataSourceDefinition source)
    {
        if (!ClaimSourceName(node, source.Name))
        {
            return false;
        }

        sources.Add(source);
        return true;
    }

    /// <summary>Takes a data source's name, complete entry or not: a name repeated is reported beside the entry's other
    /// mistakes, rather than only once they are fixed.</summary>
    /// <returns>False when the name is taken, which is reported; true when it was free, or can't be read.</returns>
    private bool ClaimSourceName(YamlCursor node, string? name)
    {
        // A dictionary rather than a search of the sources: a fleet of 100,000 VMs would make that quadratic.
        if (name is null)
        {
            return true;
        }

        var here = FirstName.Of(node, name);
        if (!_sourceNames.TryAdd(name, here))
        {
            var named = here.Fleet is { } fleet ? $"'{name}', a VM of fleet '{fleet}'," : $"'{name}'";
            node.At("name").Error($"{named} is already the name of {_sourceNames[name].Told(name)}; the names of VMs and MARS servers are unique, whatever their case: rename one of the two.");
            _broken.RepeatedSource(name);
            return false;
        }

        return true;
    }

    /// <summary>Where a name was first given: an entry of a list, or a VM a fleet made.</summary>
    private sealed record FirstName(string Name, string Path, int Line, string? Fleet)
    {
        public static FirstName Of(YamlCursor node, string name) => new(
            name,
            node.Path,
            node.At("name").Position.Line,
            node.Path.StartsWith("fleets[", StringComparison.Ordinal) ? node.Get("name")?.Scalar : null);

        /// <summary>As the message of a second one tells it, with this one's spelling where the two differ in case.</summary>
        public string Told(string repeated)
        {
            var place = Fleet is null ? $"{Path} at line {Line}" : $"a VM of fleet '{Fleet}' ({Path} at line {Line})";
            return string.Equals(Name, repeated, StringComparison.Ordinal) ? place : $"{place} ('{Name}')";
        }
    }
}
