using NodaTime;
using Simulator.Core.DataSources;
using Simulator.Core.Journal;
using Simulator.Core.Service;

namespace Simulator.Tui.Dashboard;

/// <summary>Carries out a confirmed action through the core's command; the core decides, and its refusal is shown as is.</summary>
internal static class ActionRunner
{
    public static StatusMessage Run(DashboardWorld world, PendingAction action, Instant? retainUntil = null)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(action);
        var sim = world.Simulation;
        try
        {
            switch (action.Kind)
            {
                case ActionKind.BackupNow:
                    var job = sim.BackupNow(Item(), retainUntil);
                    return StatusMessage.Done($"Backup now of {action.Item} started: job {job.Id[..8]}, kept until {JournalFormatter.FormatTime(job.RetainUntil!.Value)}.");
                case ActionKind.StopProtection:
                    sim.StopProtection(Item(), action.Mode);
                    break;
                case ActionKind.ResumeProtection:
                    sim.ResumeProtection(Item(), action.Policy!);
                    break;
                case ActionKind.ChangePolicy:
                    sim.ChangePolicy(Item(), action.Policy!);
                    break;
                case ActionKind.DeleteBackupData:
                    sim.DeleteBackupData(Item());
                    break;
                case ActionKind.Undelete:
                    sim.Undelete(Item());
                    break;
                case ActionKind.DeleteVm:
                    sim.DeleteVirtualMachine(Vm());
                    break;
                case ActionKind.DeallocateVm:
                    sim.SetPowerState(Vm(), PowerState.Deallocated);
                    break;
                case ActionKind.StartVm:
                    sim.SetPowerState(Vm(), PowerState.Running);
                    break;
                case ActionKind.BreakAgent:
                    sim.SetAgentStatus(Vm(), VmAgentStatus.Unhealthy);
                    break;
                case ActionKind.RepairAgent:
                    sim.SetAgentStatus(Vm(), VmAgentStatus.Healthy);
                    break;
                case ActionKind.CancelJob:
                    sim.CancelJob(sim.FindJob(action.JobId!) ?? throw new OperationRefusedException("Cancel job", action.JobId!, "the job has left the job list."));
                    break;
                default:
                    throw new InvalidOperationException($"Unknown action {action.Kind}.");
            }

            return StatusMessage.Done($"Done: {action.Title}.");
        }
        catch (OperationRefusedException e)
        {
            return StatusMessage.Error($"{e.Operation} refused: {e.Reason}");
        }

        Core.Protection.ProtectedItem Item() => sim.FindItem(action.Item)
            ?? throw new OperationRefusedException(action.Title, action.Item, "the item is no longer in the vault; its backup data has been purged.");

        AzureVm Vm() => sim.FindDataSource(action.Item) as AzureVm
            ?? throw new OperationRefusedException(action.Title, action.Item, "it is not an Azure VM.");
    }
}
