using System.Text.RegularExpressions;

namespace Simulator.Scenarios.Parsing;

/// <summary>The names of vaults, policies and data sources whose definitions have a mistake, collected while reading.</summary>
/// <remarks>
/// A reference to one of them is not reported: its definition's mistake is the root, and a second message about the
/// same thing being undefined would only bury it. A definition whose name can't be read could be any name, so then
/// no reference of its kind is reported.
/// </remarks>
internal sealed class BrokenNames
{
    private readonly HashSet<string> _vaults = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _sources = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, HashSet<string>> _policies = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _vaultsWithUnreadablePolicy = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _repeatedSources = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Regex> _fleets = [];
    private bool _unreadableVault;
    private bool _unreadableSource;

    /// <param name="name">The vault's name, or null when it can't be read.</param>
    public void Vault(string? name)
    {
        if (name is null)
        {
            _unreadableVault = true;
        }
        else
        {
            _vaults.Add(name);
        }
    }

    /// <param name="name">The VM's or server's name, or null when it can't be read.</param>
    public void Source(string? name)
    {
        if (name is null)
        {
            _unreadableSource = true;
        }
        else
        {
            _sources.Add(name);
        }
    }

    /// <summary>The vaults defined with a mistake, in the order read.</summary>
    public IReadOnlyCollection<string> VaultNames => _vaults;

    /// <summary>The VMs and servers defined with a mistake, in the order read.</summary>
    public IReadOnlyCollection<string> SourceNames => _sources;

    /// <summary>A VM's or server's name defined more than once: which of its definitions a step means is not known.</summary>
    public void RepeatedSource(string name) => _repeatedSources.Add(name);

    /// <param name="vault">The vault the policy belongs to.</param>
    /// <param name="policy">The policy's name, or null when it can't be read.</param>
    public void Policy(string vault, string? policy)
    {
        if (policy is null)
        {
            _vaultsWithUnreadablePolicy.Add(vault);
        }
        else if (_policies.TryGetValue(vault, out var names))
        {
            names.Add(policy);
        }
        else
        {
            _policies[vault] = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { policy };
        }
    }

    /// <summary>A fleet whose VMs were not all generated: any name its pattern can give is one of them.</summary>
    /// <param name="regex">Matches the names the fleet would have generated.</param>
    public void Fleet(Regex regex) => _fleets.Add(regex);

    public bool HasVault(string name) => _unreadableVault || _vaults.Contains(name);

    public bool HasSource(string name) => _unreadableSource || _sources.Contains(name) || _fleets.Any(f => f.IsMatch(name));

    public bool IsRepeatedSource(string name) => _repeatedSources.Contains(name);

    /// <summary>The names of a vault's policies that have mistakes of their own.</summary>
    public IReadOnlyCollection<string> PolicyNames(string vault) => _policies.TryGetValue(vault, out var names) ? names : [];

    /// <summary>Whether the policy, or the vault it is in, is broken: a broken vault's policies are unknown.</summary>
    public bool HasPolicy(string vault, string policy) =>
        HasVault(vault) || _vaultsWithUnreadablePolicy.Contains(vault) || (_policies.TryGetValue(vault, out var names) && names.Contains(policy));

    public bool HasPolicyInAnyVault(string policy) =>
        _unreadableVault || _vaults.Count > 0 || _vaultsWithUnreadablePolicy.Count > 0 || _policies.Values.Any(names => names.Contains(policy));
}
