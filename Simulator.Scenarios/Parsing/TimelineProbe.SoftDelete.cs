using NodaTime;
using Simulator.Core.Jobs;

namespace Simulator.Scenarios.Parsing;

internal sealed partial class TimelineProbe
{
    /// <summary>The <c>setSoftDelete</c> steps read so far, by vault, in the order written, with their runs.</summary>
    private readonly Dictionary<string, List<(EarliestRun At, bool Enabled, int? Days)>> _softDeleteSteps = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Notes a <c>setSoftDelete</c> step running at <paramref name="at"/>; null <paramref name="days"/> keep the vault's.</summary>
    public void SoftDeleteSet(string vault, bool enabled, int? days, EarliestRun at)
    {
        if (!_softDeleteSteps.TryGetValue(vault, out var steps))
        {
            _softDeleteSteps[vault] = steps = [];
        }

        steps.Add((at, enabled, days));
    }

    /// <summary>The vault, the delete job and the days its data is kept, of the data source's item whose backup data
    /// sits in soft delete when a step running at <paramref name="at"/> comes, whatever the run does before it; null
    /// when none does, or only the run knows.</summary>
    /// <remarks>
    /// The core puts an item's data into soft delete when its DeleteBackupData job completes, under the vault's
    /// setting then, and purges it the vault's days after (<c>Simulation.CompleteDeletion</c>); until then it refuses to
    /// protect the data source in any vault (<c>Simulation.AlreadyProtectedReason</c>). An undelete the file asks for
    /// since is the item's newest job, which ends this.
    /// </remarks>
    public (string Vault, ItemOperation Job, int Days)? SoftDeleted(string source, EarliestRun at)
    {
        foreach (var vault in VaultsWithItem(source))
        {
            if (NewestOperation(vault, source) is { Operation: JobOperation.DeleteBackupData } job && job.HasCompleted(at)
                && SoftDeleteDaysWhenDone(vault, job) is { } days && at.Since(job.Start).Most < job.Lasts + Duration.FromDays(days)
                && !TurnedOffBetween(vault, job, at))
            {
                return (vault, job, days);
            }
        }

        return null;
    }

    /// <summary>Whether a step written before the one at <paramref name="at"/> turns the vault's soft delete off once the delete job has completed.</summary>
    /// <remarks>The core then purges the data at once (<c>Simulation.PurgeSoftDeleted</c>). One that runs before the
    /// job completes is <see cref="SoftDeleteDaysWhenDone"/>'s to weigh, with any step turning it on again after it.</remarks>
    private bool TurnedOffBetween(string vault, ItemOperation job, EarliestRun at) =>
        (_softDeleteSteps.GetValueOrDefault(vault) ?? []).Any(step => !step.Enabled && job.HasCompleted(step.At) && step.At.Step > job.Start.Step && step.At.Step < at.Step);

    /// <summary>The days the vault keeps deleted data as <paramref name="job"/> completes; null when it keeps none
    /// then (the data is purged at once), or only the run knows.</summary>
    /// <remarks>A step above the job's, or one that runs before it completes, sets what the completion finds; a step
    /// of the completion's instant runs after it, as any step does.</remarks>
    private int? SoftDeleteDaysWhenDone(string vault, ItemOperation job)
    {
        if (vaults.FirstOrDefault(v => string.Equals(v.Name, vault, StringComparison.OrdinalIgnoreCase)) is not { } definition)
        {
            return null;
        }

        var (enabled, days) = (definition.SoftDeleteEnabled, definition.SoftDeleteDays);
        foreach (var step in _softDeleteSteps.GetValueOrDefault(vault) ?? [])
        {
            if (step.At.Step < job.Start.Step || job.Holds(step.At))
            {
                (enabled, days) = (step.Enabled, step.Days ?? days);
            }
            else if (!job.HasCompleted(step.At))
            {
                return null;
            }
        }

        return enabled ? days : null;
    }
}
