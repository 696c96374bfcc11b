using Simulator.Core.Journal;
using Simulator.Core.Policies;
using Simulator.Core.Service;
using Simulator.Core.Vaults;

namespace Simulator.Core;

public sealed partial class Simulation
{
    /// <summary>Creates a vault with its <c>DefaultPolicy</c>.</summary>
    /// <exception cref="OperationRefusedException">The name is invalid or taken, or a setting is out of range.</exception>
    public Vault CreateVault(
        string name,
        string region,
        StorageRedundancy redundancy = StorageRedundancy.GeoRedundant,
        bool softDeleteEnabled = true,
        int softDeleteDays = Vault.DefaultSoftDeleteDays,
        bool crossRegionRestore = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        if (VaultName.Problem(name) is { } problem)
        {
            throw Refuse(OperationNames.CreateVault, name, $"the name is not valid: {problem}.");
        }

        if (FindVault(name) is not null)
        {
            throw Refuse(OperationNames.CreateVault, name, "a vault with this name already exists; vault names are unique in the subscription.");
        }

        CheckSoftDeleteDays(OperationNames.CreateVault, name, softDeleteDays);
        CheckCrossRegionRestore(OperationNames.CreateVault, name, redundancy, crossRegionRestore);
        var vault = new Vault(new VaultName(name), region, redundancy, softDeleteEnabled, softDeleteDays, crossRegionRestore);
        _vaults.Add(vault);
        Journal.Publish(new VaultCreated(Now, name, region, redundancy.ToString()));

        // A setting the vault was created without its default is said as a change of it would be: a vault with soft
        // delete off read as any other, and its items' data then went at once with no line to explain it.
        if (!softDeleteEnabled || softDeleteDays != Vault.DefaultSoftDeleteDays)
        {
            JournalSoftDelete(vault);
        }

        if (crossRegionRestore)
        {
            JournalCrossRegionRestore(vault);
        }

        SavePolicy(vault, BackupPolicy.Default(Now));
        return vault;
    }

    /// <summary>Changes the storage redundancy, which Azure allows only before any machine is registered or item protected.</summary>
    public void SetStorageRedundancy(Vault vault, StorageRedundancy redundancy)
    {
        ArgumentNullException.ThrowIfNull(vault);
        if (vault.IsRedundancyLocked)
        {
            throw Refuse(OperationNames.SetStorageRedundancy, vault, "the storage replication type can't be changed once backup has been configured in the vault, or a machine registered to it. Create a new vault, or stop protection and protect the items again in a new vault.");
        }

        var crossRegionRestore = vault.CrossRegionRestore;
        vault.SetRedundancy(redundancy);
        Journal.Publish(new VaultSettingChanged(Now, vault.Name.Value, "Storage redundancy", redundancy.ToString()));

        // Cross-region restore needs a geo-redundant vault, so it goes with it; said, so that no setting changes unseen.
        if (crossRegionRestore && !vault.CrossRegionRestore)
        {
            JournalCrossRegionRestore(vault);
        }
    }

    /// <summary>Turns cross-region restore on or off; it needs a geo-redundant vault.</summary>
    public void SetCrossRegionRestore(Vault vault, bool enabled)
    {
        ArgumentNullException.ThrowIfNull(vault);
        CheckCrossRegionRestore(OperationNames.SetCrossRegionRestore, vault.Name.Value, vault.StorageRedundancy, enabled);
        if (!enabled && vault.CrossRegionRestore && vault.HasProtectionStarted)
        {
            throw Refuse(OperationNames.SetCrossRegionRestore, vault, "once protection has started, a cross-region restore vault can't be turned back into a plain GRS vault.");
        }

        vault.SetCrossRegionRestore(enabled);
        JournalCrossRegionRestore(vault);
    }

    /// <summary>Turns the vault's soft delete on or off, with <paramref name="days"/> of soft-delete retention, or the days it has when they are null.</summary>
    /// <remarks>
    /// The days outlive soft delete being off: the Azure CLI's <c>backup-properties set</c> sends the vault's current
    /// <c>softDeleteRetentionPeriodInDays</c> back when <c>--soft-delete-duration</c> is left out, so soft delete turned
    /// on again keeps the days the vault had (domain.md §1.4).
    /// </remarks>
    public void SetSoftDelete(Vault vault, bool enabled, int? days = null)
    {
        ArgumentNullException.ThrowIfNull(vault);
        var kept = days ?? vault.SoftDeleteRetentionDays;
        CheckSoftDeleteDays(OperationNames.SetSoftDelete, vault.Name.Value, kept);
        vault.SetSoftDelete(enabled, kept);
        JournalSoftDelete(vault);
        if (!enabled)
        {
            PurgeSoftDeleted(vault);
        }
    }

    private void JournalSoftDelete(Vault vault) =>
        Journal.Publish(new VaultSettingChanged(Now, vault.Name.Value, "Soft delete", vault.SoftDeleteEnabled ? $"On, {vault.SoftDeleteRetentionDays} days" : "Off"));

    private void JournalCrossRegionRestore(Vault vault) =>
        Journal.Publish(new VaultSettingChanged(Now, vault.Name.Value, "Cross-region restore", vault.CrossRegionRestore ? "On" : "Off"));

    /// <summary>Up to 200 backup policies per vault (domain.md §1.1, backup-azure-backup-faq.yml).</summary>
    public const int MaxPoliciesPerVault = 200;

    /// <summary>Creates or updates a policy of the vault; an update applies at once to every item using it.</summary>
    /// <remarks>Saving stamps the policy with the current time, which re-pins its UTC run time (decision D1).</remarks>
    /// <exception cref="OperationRefusedException">The policy breaks a limit; nothing is changed.</exception>
    public BackupPolicy SavePolicy(Vault vault, BackupPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(vault);
        ArgumentNullException.ThrowIfNull(policy);
        RequireValidPolicy(vault, policy);
        var saved = policy with { SavedAt = Now };
        var existing = vault.FindPolicy(policy.Name);

        // An update keeps the policy's type: items it protects would otherwise change type with it, a VM even coming
        // under a MARS policy, and Azure moves items between types only by attaching another policy (domain.md §2.2).
        if (existing is not null && existing.Kind != policy.Kind)
        {
            throw new OperationRefusedException(OperationNames.SavePolicy, $"{vault.Name}/{policy.Name}", $"'{existing.Name}' is {PolicyKindText.WithArticle(existing.Kind)} policy and an update can't make it {PolicyKindText.Name(policy.Kind)}; save the {PolicyKindText.Name(policy.Kind)} policy under another name.");
        }

        if (existing is null && vault.Policies.Count >= MaxPoliciesPerVault)
        {
            throw new OperationRefusedException(OperationNames.SavePolicy, $"{vault.Name}/{policy.Name}", $"vault '{vault.Name}' already has {MaxPoliciesPerVault} backup policies, the most a vault holds (domain.md §1.1); update or reuse one of them.");
        }

        if (existing is null)
        {
            vault.AddPolicy(saved);
        }
        else
        {
            vault.ReplacePolicy(existing, saved);
        }

        Journal.Publish(new PolicySaved(Now, vault.Name.Value, saved.Name, PolicySummary.Describe(saved)));
        if (existing is not null)
        {
            foreach (var item in vault.Items.Where(i => BackupPolicy.NameComparer.Equals(i.PolicyName, saved.Name)))
            {
                ApplyPolicy(item, saved, existing);
            }
        }

        return saved;
    }

    private void CheckSoftDeleteDays(string operation, string vault, int days)
    {
        if (days is < Vault.MinSoftDeleteDays or > Vault.MaxSoftDeleteDays)
        {
            throw Refuse(operation, vault, $"soft-delete retention of {CountText.Of(days, "day")} is out of range; allowed is {Vault.MinSoftDeleteDays} to {Vault.MaxSoftDeleteDays} days.");
        }
    }

    private void CheckCrossRegionRestore(string operation, string vault, StorageRedundancy redundancy, bool enabled)
    {
        if (enabled && redundancy != StorageRedundancy.GeoRedundant)
        {
            throw Refuse(operation, vault, $"cross-region restore needs a geo-redundant vault, and this one is {redundancy}.");
        }
    }
}
