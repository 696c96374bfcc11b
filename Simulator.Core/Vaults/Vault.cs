using Simulator.Core.Policies;
using Simulator.Core.Protection;

namespace Simulator.Core.Vaults;

/// <summary>A Recovery Services vault: where policies live and protected items keep their recovery points.</summary>
public sealed class Vault
{
    public const int DefaultSoftDeleteDays = 14;
    public const int MinSoftDeleteDays = 14;
    public const int MaxSoftDeleteDays = 180;

    private readonly List<BackupPolicy> _policies = [];
    private readonly List<ProtectedItem> _items = [];

    internal Vault(VaultName name, string region, StorageRedundancy redundancy, bool softDeleteEnabled, int softDeleteDays, bool crossRegionRestore)
    {
        Name = name;
        Region = AzureRegion.Name(region);
        StorageRedundancy = redundancy;
        SoftDeleteEnabled = softDeleteEnabled;
        SoftDeleteRetentionDays = softDeleteDays;
        CrossRegionRestore = crossRegionRestore;
    }

    public VaultName Name { get; }

    public string Region { get; }

    public StorageRedundancy StorageRedundancy { get; private set; }

    /// <summary>Cross-region restore: possible only on a geo-redundant vault.</summary>
    public bool CrossRegionRestore { get; private set; }

    public bool SoftDeleteEnabled { get; private set; }

    public int SoftDeleteRetentionDays { get; private set; }

    public IReadOnlyList<BackupPolicy> Policies => _policies;

    /// <summary>Items protected in this vault, soft-deleted ones included, purged ones not.</summary>
    public IReadOnlyList<ProtectedItem> Items => _items;

    /// <summary>The redundancy is locked once a machine is registered to the vault or any item protected in it.</summary>
    /// <remarks>The API's <c>StorageTypeState</c> says it: once a machine is registered, the state is always Locked.</remarks>
    public bool IsRedundancyLocked => HasProtectionStarted || _machineRegistered;

    /// <summary>Whether any item has been protected in the vault: cross-region restore can't be turned off after that.</summary>
    internal bool HasProtectionStarted { get; private set; }

    private bool _machineRegistered;

    public BackupPolicy? FindPolicy(string name)
    {
        // A loop rather than FirstOrDefault: every backup looks its policy up, and the lambda captured the name.
        foreach (var policy in _policies)
        {
            if (BackupPolicy.NameComparer.Equals(policy.Name, name))
            {
                return policy;
            }
        }

        return null;
    }

    /// <summary>Bumped whenever a policy is added or replaced, so items can keep their policy instead of looking it up by name.</summary>
    internal int PolicyVersion { get; private set; }

    internal void AddPolicy(BackupPolicy policy)
    {
        _policies.Add(policy);
        PolicyVersion++;
    }

    internal void ReplacePolicy(BackupPolicy old, BackupPolicy updated)
    {
        _policies[_policies.IndexOf(old)] = updated;
        PolicyVersion++;
    }

    internal void AddItem(ProtectedItem item)
    {
        _items.Add(item);
        HasProtectionStarted = true;
    }

    /// <summary>A MARS agent's machine was registered to the vault, protected or not yet.</summary>
    internal void RegisterMachine() => _machineRegistered = true;

    internal void RemoveItem(ProtectedItem item) => _items.Remove(item);

    internal void SetRedundancy(StorageRedundancy redundancy)
    {
        StorageRedundancy = redundancy;
        if (redundancy != StorageRedundancy.GeoRedundant)
        {
            CrossRegionRestore = false;
        }
    }

    internal void SetCrossRegionRestore(bool enabled) => CrossRegionRestore = enabled;

    internal void SetSoftDelete(bool enabled, int days)
    {
        SoftDeleteEnabled = enabled;
        SoftDeleteRetentionDays = days;
    }

    public override string ToString() => Name.Value;
}
