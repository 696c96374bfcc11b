using NodaTime;
using Simulator.Core.Jobs;
using Simulator.Core.Protection;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Yaml;

namespace Simulator.Scenarios.Parsing;

public sealed partial class ScenarioParser
{
    /// <summary>Refuses a step on an item while a management job the file itself started on it still runs, at its time;
    /// and a protection while a job the file started deletes or undeletes its data source's backup data, or once the
    /// data it deleted sits in soft delete; and notes the job the step starts and the item its data source's name means
    /// from then on.</summary>
    /// <remarks>
    /// The core refuses every management operation and Backup now on an item while one of its management jobs runs
    /// (<c>Simulation.OperationInProgressRefusal</c>), for <c>settings.operationDuration</c>. The jobs the file starts
    /// are known: the ConfigureBackup of an item protected at the start, and the job of each step above that starts one.
    /// A step is judged where the file fixes how long after the job's start it runs at most (or at least), even after a
    /// step that waits for a happening (see <see cref="EarliestRun.Since"/>); where that is the run's to say, it is not.
    /// A VM's faults act on the data source, not its item, and cancelling a backup job is not an operation of the item:
    /// neither waits. Protecting a data source again makes a new item, which a job of the old one holds back only while
    /// it deletes or undeletes the old item's data, in any vault, as the core refuses (<c>Simulation.AlreadyProtectedReason</c>);
    /// so does the data in soft delete once the delete has completed, until it is purged.
    /// </remarks>
    private void CheckItemOperation(YamlCursor step, ScenarioAction action, WorldNames names, TimelineProbe probe, EarliestRun? run)
    {
        if (action.Item is not { } text || (action.Verb == ActionVerb.ConfigureProtection && action.Vault is null))
        {
            return;
        }

        var reference = action.Verb == ActionVerb.ConfigureProtection ? new ItemReference(action.Vault, text) : ReferenceOf(text, names);
        var source = reference.DataSource;
        if (probe.VaultOf(reference) is not { } vault)
        {
            return;
        }

        if (action.Verb == ActionVerb.ResumeProtection)
        {
            probe.Resumed(source, vault);
        }

        if (run is not { } at)
        {
            return;
        }

        // The job this step would start is not noted when it is refused: moved to a later time, as the message asks, it starts then.
        if (WaitsForOperation(action.Verb) && probe.OperationAt(vault, source, at) is { } running)
        {
            var times = new JobTimes(running, at, _displayZone);
            TimeKey(step).Error($"{InProgress(source, vault, times)}and Azure refuses another operation on an item until its job completes. "
                + $"Move this step to {times.Until} or later{times.Offset(step, running.Lasts)}{ShorterJob(times.Gap.Least)}.");
            return;
        }

        if (action.Verb == ActionVerb.ConfigureProtection && probe.DataChanging(source, at) is var (oldVault, changing))
        {
            var times = new JobTimes(changing, at, _displayZone);
            var rule = string.Equals(oldVault, vault, StringComparison.OrdinalIgnoreCase) ? "doesn't protect a VM again" : "protects a VM in no other vault";
            var softDelete = changing.Operation == JobOperation.DeleteBackupData ? "; if the data goes into soft delete then, undelete it there first, or wait until it is purged" : string.Empty;
            TimeKey(step).Error($"{InProgress(source, oldVault, times)}and Azure {rule} while its backup data is being deleted or undeleted. "
                + $"Move this step to {times.Until} or later{times.Offset(step, changing.Lasts)}{ShorterJob(times.Gap.Least)}{softDelete}.");
            return;
        }

        if (action.Verb == ActionVerb.ConfigureProtection && probe.SoftDeleted(source, at) is var (deletedIn, deleted, days))
        {
            var times = new JobTimes(deleted, at, _displayZone);
            var purge = deleted.Lasts + Duration.FromDays(days);
            TimeKey(step).Error($"{source}'s backup data in vault '{deletedIn}' is soft-deleted when this step runs {times.When}: "
                + $"the {deleted.Operation} job of {times.StartedBy} completed {times.AtMoment(deleted.Lasts)}, and soft delete keeps the data {days} days, during which Azure protects it in no vault. "
                + $"Undelete it there, or wait until it is purged {times.AtMoment(purge)}: move this step to {times.Moment(purge)} or later{times.Offset(step, purge)}.");
            return;
        }

        if (OperationStartedBy(action) is { } operation)
        {
            probe.Started(vault, source, operation, at, action.Verb, step.Position.Line);
        }
    }

    /// <summary>What runs on the item when the step would run, as every refusal for a running job begins: the job, the step that started it and when it completes.</summary>
    private static string InProgress(string source, string vault, JobTimes times) =>
        $"another operation is in progress on {source}'s item in vault '{vault}' when this step runs {times.When}: "
        + $"the {times.Job.Operation} job of {times.StartedBy} runs until {times.Until} (settings.operationDuration: {ScenarioTime.Format(times.Job.Lasts)}), ";

    /// <summary>The key that times the step, which the way out changes: <c>at</c>, or <c>after</c> for a step that waits for a happening.</summary>
    private static YamlCursor TimeKey(YamlCursor step) => step.At(step.Has("at") ? "at" : "after");

    /// <summary>The way out through the setting, for a step at least <paramref name="after"/> the job's start: none when
    /// even the shortest job would still run then (a step of the same instant).</summary>
    private static string ShorterJob(Duration after) =>
        after >= ShortestDuration ? $", or set settings.operationDuration to {ScenarioTime.Format(after)} or less" : string.Empty;

    /// <summary>Whether the core refuses the verb on an item while one of its management jobs runs.</summary>
    private static bool WaitsForOperation(ActionVerb verb) => verb is ActionVerb.BackupNow or ActionVerb.StopProtection
        or ActionVerb.ResumeProtection or ActionVerb.ChangePolicy or ActionVerb.DeleteBackupData or ActionVerb.Undelete;

    /// <summary>The management job the core starts on the item for the step's action; null for one that starts none.</summary>
    private static JobOperation? OperationStartedBy(ScenarioAction action) => action.Verb switch
    {
        ActionVerb.ConfigureProtection or ActionVerb.ResumeProtection or ActionVerb.ChangePolicy => JobOperation.ConfigureBackup,
        ActionVerb.StopProtection => action.Mode == StopProtectionMode.DeleteData ? JobOperation.DeleteBackupData : JobOperation.DisableBackup,
        ActionVerb.DeleteBackupData => JobOperation.DeleteBackupData,
        ActionVerb.Undelete => JobOperation.Undelete,
        _ => null,
    };

    /// <summary>The item a step's <c>item</c> names: a data source's whole name first, as <see cref="ReadItemReference"/> read it, else <c>vault/name</c>.</summary>
    private static ItemReference ReferenceOf(string text, WorldNames names) =>
        names.Source(text) == NameStatus.Defined ? new ItemReference(null, text) : ItemReference.Parse(text);
}
