using Simulator.Core;
using Simulator.Scenarios.Model;

namespace Simulator.Scenarios.Parsing;

/// <summary>The names a scenario defines, for checking references before anything runs.</summary>
/// <remarks>Names whose definitions have mistakes are <see cref="NameStatus.Broken"/>, so a reference to one is not
/// reported on top of the definition's own mistake.</remarks>
internal sealed class WorldNames(IReadOnlyList<VaultDefinition> vaults, IReadOnlyList<DataSourceDefinition> sources, BrokenNames broken, PassedOverPolicies passedOver)
{
    private readonly Dictionary<string, VaultDefinition> _vaults = vaults.GroupBy(v => v.Name, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

    private readonly HashSet<string> _sources = sources.Select(s => s.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);

    // A name defined with a mistake is still written in the file, so a message about an undefined name offers it too,
    // rather than saying the file defines none.
    private IEnumerable<string> WrittenVaults => _vaults.Keys.Union(broken.VaultNames, StringComparer.OrdinalIgnoreCase);

    private List<string> WrittenSources => [.. _sources.Union(broken.SourceNames, StringComparer.OrdinalIgnoreCase)];

    public NameStatus Vault(string name) => Status(_vaults.ContainsKey(name), broken.HasVault(name));

    public NameStatus Source(string name) => Status(_sources.Contains(name), broken.HasSource(name));

    /// <summary>Whether the VM's or server's name is defined more than once, a mistake reported at the repeat.</summary>
    public bool IsRepeated(string source) => broken.IsRepeatedSource(source);

    public NameStatus Policy(string vault, string policy) => Status(HasPolicy(vault, policy), broken.HasPolicy(vault, policy));

    public NameStatus PolicyInAnyVault(string policy) =>
        Status(_vaults.Keys.Any(v => HasPolicy(v, policy)), broken.HasPolicyInAnyVault(policy));

    /// <summary>The kind of a vault's policy (DefaultPolicy is Standard), or null when there is no such policy.</summary>
    public Core.Policies.PolicyKind? KindOf(string vault, string policy) =>
        Core.Policies.BackupPolicy.NameComparer.Equals(policy, Core.Policies.BackupPolicy.DefaultPolicyName)
            ? Core.Policies.PolicyKind.Standard
            : _vaults.TryGetValue(vault, out var v) ? v.Policies.FirstOrDefault(p => Core.Policies.BackupPolicy.NameComparer.Equals(p.Name, policy))?.Kind : null;

    public string? RegionOf(string vault) => _vaults.TryGetValue(vault, out var v) ? v.Region : null;

    /// <summary>What ends a message about a vault name not defined: the vault a misspelt one probably means, and the defined vaults.</summary>
    public string VaultHint(string name) => WrittenVaults.ToList() is { Count: > 0 } vaults
        ? $"{(Spelling.Closest(name, vaults) is { } close ? $"Did you mean '{close}'? " : string.Empty)}Vaults: {string.Join(", ", vaults)}."
        : "The file defines no vault.";

    /// <summary>The defined VM or server a misspelt name probably means, or null.</summary>
    public string? SourceLike(string name) => Spelling.Closest(name, WrittenSources);

    /// <summary>The defined VMs and servers, as a sentence that ends a message about a name that is not among them.</summary>
    /// <remarks>Under another seed than the file's, a fleet's names are drawn afresh: a name the file's seed gave is then said to be gone for that reason.</remarks>
    public string SourceList => WrittenSources switch
    {
        { Count: 0 } => "The file defines no VM or server.",
        { Count: <= 8 } written => $"Defined: {string.Join(", ", written)}.{FleetSeedNote}",
        var written => $"Defined: {string.Join(", ", written.Take(8))}, … ({written.Count} in all).{FleetSeedNote}",
    };

    /// <summary>Set where a fleet's names come from another seed than the file's (<c>--seed</c>): what ends a message about a name not defined.</summary>
    public string FleetSeedNote { get; init; } = string.Empty;

    /// <summary>The policy names of a vault, for messages.</summary>
    public string PoliciesOf(string vault) => string.Join(", ", PolicyNames(vault));

    /// <summary>What ends a message about a policy name no vault (or not <paramref name="vault"/>) holds: why an import
    /// passed it over, or else the name a misspelt one probably means; and the names there are.</summary>
    /// <param name="policy">The name as written.</param>
    /// <param name="vault">The vault named with it, or null when it may be any vault's.</param>
    /// <param name="added">Names that <c>updatePolicy</c> steps save, which any vault may hold by then.</param>
    public string PolicyHint(string policy, string? vault, IEnumerable<string> added)
    {
        var names = (vault is null ? _vaults.Keys.SelectMany(PolicyNames).Concat(added) : PolicyNames(vault))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var meant = passedOver.Why(vault, policy) is { } why ? $" {why}"
            : Spelling.Closest(policy, names) is { } close ? $" Did you mean '{close}'?" : string.Empty;
        var listed = vault is not null ? $"Its policies: {string.Join(", ", names)}"
            : names.Count <= 8 ? $"Policies: {string.Join(", ", names)}"
            : $"Policies: {string.Join(", ", names.Take(8))}, … ({names.Count} in all)";
        return $"{meant} {listed}.";
    }

    // A policy defined with a mistake is offered too, as a vault is: "has no policy 'Glod'. Its policies: DefaultPolicy,
    // Silver" read as if the file had no Gold, whose own mistake is reported beside it.
    private IEnumerable<string> PolicyNames(string vault) => _vaults.TryGetValue(vault, out var v)
        ? new[] { Core.Policies.BackupPolicy.DefaultPolicyName }.Concat(v.Policies.Select(p => p.Name)).Union(broken.PolicyNames(vault), Core.Policies.BackupPolicy.NameComparer)
        : [];

    private bool HasPolicy(string vault, string policy) =>
        Core.Policies.BackupPolicy.NameComparer.Equals(policy, Core.Policies.BackupPolicy.DefaultPolicyName)
        || (_vaults.TryGetValue(vault, out var v) && v.Policies.Any(p => Core.Policies.BackupPolicy.NameComparer.Equals(p.Name, policy)));

    // A name both defined and broken (a second definition of it has a mistake) is defined: the reference works.
    private static NameStatus Status(bool defined, bool broken) =>
        defined ? NameStatus.Defined : broken ? NameStatus.Broken : NameStatus.Undefined;
}
