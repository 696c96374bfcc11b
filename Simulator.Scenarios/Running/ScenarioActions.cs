using Simulator.Core;
using Simulator.Core.DataSources;
using Simulator.Core.Jobs;
using Simulator.Core.Protection;
using Simulator.Core.Service;
using Simulator.Core.Vaults;
using Simulator.Scenarios.Model;

namespace Simulator.Scenarios.Running;

/// <summary>Carries out a step's action through the core's commands; the core decides and refuses, never this class.</summary>
internal static class ScenarioActions
{
    public static void Apply(Simulation sim, ScenarioAction action)
    {
        switch (action.Verb)
        {
            case ActionVerb.BackupNow:
                sim.BackupNow(Item(sim, action), action.RetainUntil);
                break;
            case ActionVerb.CancelJob:
                sim.CancelJob(JobToCancel(sim, action));
                break;
            case ActionVerb.ConfigureProtection:
                sim.ConfigureProtection(Vault(sim, action), Source(sim, action), action.Policy ?? Core.Policies.BackupPolicy.DefaultPolicyName);
                break;
            case ActionVerb.StopProtection:
                sim.StopProtection(Item(sim, action), action.Mode);
                break;
            case ActionVerb.ResumeProtection:
                sim.ResumeProtection(Item(sim, action), action.Policy!);
                break;
            case ActionVerb.ChangePolicy:
                sim.ChangePolicy(Item(sim, action), action.Policy!);
                break;
            case ActionVerb.DeleteBackupData:
                sim.DeleteBackupData(Item(sim, action));
                break;
            case ActionVerb.Undelete:
                sim.Undelete(Item(sim, action));
                break;
            case ActionVerb.DeleteVm:
                sim.DeleteVirtualMachine(Vm(sim, action));
                break;
            case ActionVerb.RecreateVm:
                sim.RecreateVirtualMachine(Vm(sim, action));
                break;
            case ActionVerb.DeallocateVm:
                sim.SetPowerState(Vm(sim, action), PowerState.Deallocated);
                break;
            case ActionVerb.StartVm:
                sim.SetPowerState(Vm(sim, action), PowerState.Running);
                break;
            case ActionVerb.BreakAgent:
                sim.SetAgentStatus(Vm(sim, action), VmAgentStatus.Unhealthy);
                break;
            case ActionVerb.RemoveAgent:
                sim.SetAgentStatus(Vm(sim, action), VmAgentStatus.Missing);
                break;
            case ActionVerb.RepairAgent:
                sim.SetAgentStatus(Vm(sim, action), VmAgentStatus.Healthy);
                break;
            case ActionVerb.FailNextTransfer:
                sim.FailNextTransfers(Source(sim, action), action.Count);
                break;
            case ActionVerb.SetThroughput:
                sim.SetThroughput(Source(sim, action), action.Throughput);
                break;
            case ActionVerb.UpdatePolicy:
                sim.SavePolicy(Vault(sim, action), action.NewPolicy!);
                break;
            case ActionVerb.ResavePolicy:
                var vault = Vault(sim, action);
                var policy = vault.FindPolicy(action.Policy!)
                    ?? throw new OperationRefusedException(OperationNames.SavePolicy, vault.Name.Value, $"the vault has no policy '{action.Policy}'.");
                sim.SavePolicy(vault, policy);
                break;
            case ActionVerb.SetRedundancy:
                sim.SetStorageRedundancy(Vault(sim, action), action.Redundancy!.Value);
                break;
            case ActionVerb.SetSoftDelete:
                sim.SetSoftDelete(Vault(sim, action), action.Enabled, action.Days);
                break;
            case ActionVerb.SetCrossRegionRestore:
                sim.SetCrossRegionRestore(Vault(sim, action), action.Enabled);
                break;
            default:
                throw new InvalidOperationException($"Unknown action {action.Verb}.");
        }
    }

    /// <summary>The job a person picked, or else the item's job taking a snapshot, or else its newest running one.</summary>
    /// <remarks>Whether it may be cancelled is the core's decision (a VM job only during its snapshot).</remarks>
    private static BackupJob JobToCancel(Simulation sim, ScenarioAction action)
    {
        if (action.JobId is { } id)
        {
            return sim.FindJob(id) ?? throw new OperationRefusedException(OperationNames.CancelJob, id, "the job has left the job list.");
        }

        var item = Item(sim, action);
        return item.ActiveJobs.FirstOrDefault(j => j.Snapshot?.Status == PhaseStatus.InProgress)
            ?? item.ActiveJobs.LastOrDefault()
            ?? throw new OperationRefusedException(OperationNames.CancelJob, item.Name, "no job of this item is running.");
    }

    private static ProtectedItem Item(Simulation sim, ScenarioAction action) =>
        (action.Item is { } name ? sim.FindItem(name) : null)
            ?? throw new OperationRefusedException(action.Verb.OperationName(), action.Item ?? string.Empty, NoItemReason(sim, action.Item));

    /// <summary>Why a reference names no item: <c>vault/name</c> may miss in that vault while the VM has an item in another, and a purge is said with its time.</summary>
    private static FormattableString NoItemReason(Simulation sim, string? reference)
    {
        // The reference resolved once: a data source's whole name, else the name after "vault/".
        var named = reference is null ? default : ItemReference.Parse(reference);
        var (source, vault) = reference is null ? (null, null)
            : sim.FindDataSource(reference) is { } whole ? (whole, null)
            : (sim.FindDataSource(named.DataSource), named.Vault);
        var items = source is null ? [] : sim.ItemsOf(source);
        if (source is not null && vault is not null && items.Count > 0)
        {
            return $"'{source.Name}' has no item in vault '{vault}' (never protected there, or its backup data there has been purged); its items are in {string.Join(", ", items.Select(i => $"'{i.Vault.Name}'"))}.";
        }

        // Told only "or its backup data has been purged", an undelete a day late read as a step that named nothing.
        if (source is not null && items.Count == 0 && sim.LastPurge(source) is { } purge
            && (vault is null || string.Equals(vault, purge.Vault, StringComparison.OrdinalIgnoreCase)))
        {
            // A deleted VM can't be protected again until it is re-created, which the way out then says first.
            var again = source is AzureVm { Exists: false } ? "Re-create it with the same name and resource group, then protect it again" : "Protect it again";
            return $"its backup data in vault '{purge.Vault}' was purged at {purge.At}; nothing of it is left to act on. {again} to back it up anew.";
        }

        return $"it is not protected by any vault (or its backup data has been purged).";
    }

    // Steps are checked against the world when a scenario loads; an action read back from a run file is not, and a
    // file edited to name something else is refused here rather than failing on a missing vault or data source.
    private static Vault Vault(Simulation sim, ScenarioAction action) =>
        (action.Vault is { } name ? sim.FindVault(name) : null)
            ?? throw new OperationRefusedException(action.Verb.OperationName(), action.Vault ?? string.Empty, "there is no vault of that name.");

    private static DataSource Source(Simulation sim, ScenarioAction action) =>
        (action.Item is { } name ? sim.FindDataSource(name) : null)
            ?? throw new OperationRefusedException(action.Verb.OperationName(), action.Item ?? string.Empty, "there is no data source of that name.");

    private static AzureVm Vm(Simulation sim, ScenarioAction action) =>
        Source(sim, action) as AzureVm ?? throw new OperationRefusedException(action.Verb.OperationName(), action.Item!, "it is not an Azure VM.");
}
