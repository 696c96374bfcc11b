using NodaTime;
using Simulator.Core.Jobs;
using Simulator.Core.Service;
using Simulator.Scenarios.Model;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tui.Dashboard;

/// <summary>Carries out a confirmed action as the session's action, through the same core command a scenario step uses.</summary>
/// <remarks>
/// Going through <see cref="Scenarios.Running.ScenarioSession.Perform"/> records the action, so a lab recorded in a
/// run store can be reopened where it stopped. The core decides, and its refusal is shown as is.
/// </remarks>
internal static class ActionRunner
{
    public static StatusMessage Run(DashboardWorld world, PendingAction action, Instant? retainUntil = null)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(action);
        // Protecting names the VM and the vault apart, as a configureProtection step does; every other action names
        // the item it acts on (vault/name), or the VM itself.
        var configures = action.Kind == ActionVerb.ConfigureProtection;
        var command = new ScenarioAction(action.Kind)
        {
            Item = configures ? action.Item : action.Target,
            Vault = configures ? action.Vault : null,
            Policy = action.Policy,
            Mode = action.Mode,
            RetainUntil = retainUntil,
            JobId = action.JobId,
        };
        var jobsBefore = world.Simulation.JobsStarted;
        try
        {
            world.Session.Perform(command);
        }
        catch (OperationRefusedException e)
        {
            return StatusMessage.Refused(e, world.DisplayZone);
        }

        if (action.Kind == ActionVerb.BackupNow && world.Simulation.Jobs.LastOrDefault(j => j.Trigger == BackupTrigger.OnDemand) is { } job)
        {
            // The core fails a backup at once when another snapshot of the item runs (D5): "started" would then read
            // as a backup under way beside a job the list already shows failed.
            if (job is { IsFinished: true, ErrorCode: { } code })
            {
                return StatusMessage.Error($"Backup now of {action.Subject} failed at once: job {job.Id[..8]}, {code}: {job.ErrorMessage}");
            }

            return StatusMessage.Done($"Backup now of {action.Subject} started: job {job.Id[..8]}, kept until {TimeText.Header(job.RetainUntil!.Value, world.DisplayZone)}.");
        }

        if (configures && world.Simulation.Jobs.LastOrDefault(j => j.Operation == JobOperation.ConfigureBackup) is { } configured)
        {
            var first = configured.Item.NextRun is { } run ? $"; its first backup is due {TimeText.Header(run.At, world.DisplayZone)}" : string.Empty;
            return StatusMessage.Done($"{action.Subject} is protected with policy {action.Policy}: job {configured.Id[..8]} configures its backup{first}.");
        }

        // A management job now locks its item: say so, or the actions left out of the footer until it completes would
        // look like a fault. The item is the one acted on, found again as the core names it, and the job this action
        // started: a VM fault taken while a stop's job ran was told as having started that job.
        if (world.Simulation.JobsStarted > jobsBefore && world.Simulation.FindItem(action.Target)?.RunningOperation is { } running && running.Start == world.Simulation.Now)
        {
            return StatusMessage.Done($"{action.Title}: job {running.Id[..8]} completes in {TimeText.Span(world.Simulation.Settings.OperationDuration, inText: true)}, and until then the item takes no other action.");
        }

        return StatusMessage.Done($"Done: {action.Title}.");
    }
}
