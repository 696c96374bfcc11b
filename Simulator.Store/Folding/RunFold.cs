using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Simulator.Core.Journal;

namespace Simulator.Store.Folding;

/// <summary>Folds the journal into the jobs in flight and the points alive: the one rule for what a job's or a point's row holds.</summary>
/// <remarks>
/// The writer folds every event as it records it, and writes a job's row when it finishes and a point's when it is
/// deleted, so memory is bounded by the retention, not by the history. A reader folds the events of a run that was
/// killed, to find the jobs and points whose rows were never written. Both must fold the journal from its start,
/// except a reader of a file begun by version 1 (<paramref name="startsMidway"/>): there the older events are rows
/// of text the fold can't read, and the jobs and points they began have rows already, so changes to them are skipped.
/// </remarks>
internal sealed class RunFold(bool startsMidway = false)
{
    private readonly Dictionary<JobKey, JobHistory> _jobs = [];
    private readonly PointTable _points = new();
    private long _jobsStarted;

    public IEnumerable<JobHistory> JobsInFlight => _jobs.Values;

    public IEnumerable<PointHistory> PointsAlive => _points.Values;

    /// <summary>Applies one event given as an object (see <see cref="Apply(in JournalEntry, out JobHistory, out PointHistory)"/>).</summary>
    /// <exception cref="InvalidOperationException">The event names a job or point the journal has not started or created.</exception>
    public FoldOutcome Apply(DomainEvent e, out JobHistory finished, out PointHistory deleted) => Apply(JournalEntry.Of(e), out finished, out deleted);

    /// <summary>Applies one event; a job it finished or a point it deleted leaves the fold and comes out.</summary>
    /// <exception cref="InvalidOperationException">The event names a job or point the journal has not started or created.</exception>
    public FoldOutcome Apply(in JournalEntry e, out JobHistory finished, out PointHistory deleted)
    {
        finished = default;
        deleted = default;
        switch (e.Kind)
        {
            case JournalEntryKind.JobPhaseChanged:
                ref var job = ref Job(e.Job);
                if (!Unsafe.IsNullRef(ref job))
                {
                    job.Apply(e);
                }

                return FoldOutcome.None;
            case JournalEntryKind.JobStarted:
                _jobs.Add(e.Job, new JobHistory(++_jobsStarted, e));
                return FoldOutcome.None;
            case JournalEntryKind.JobFinished:
                if (!_jobs.Remove(e.Job, out finished))
                {
                    _ = ref Job(e.Job);
                    return FoldOutcome.None;
                }

                finished.Finish(e);
                return FoldOutcome.JobFinished;
            case JournalEntryKind.PointCreated:
                _points.Add(new PointHistory(e));
                return FoldOutcome.None;
            case JournalEntryKind.PointTierChanged:
                ref var tiered = ref Point(e.PointId);
                if (!Unsafe.IsNullRef(ref tiered))
                {
                    tiered.ApplyTierChange(e);
                }

                return FoldOutcome.None;
            case JournalEntryKind.PointRetentionChanged:
                ref var retained = ref Point(e.PointId);
                if (!Unsafe.IsNullRef(ref retained))
                {
                    retained.ApplyRetentionChange(e);
                }

                return FoldOutcome.None;
            case JournalEntryKind.PointDeleted:
                if (!_points.Remove(e.PointId, out deleted))
                {
                    _ = ref Point(e.PointId);
                    return FoldOutcome.None;
                }

                deleted.Delete(e);
                return FoldOutcome.PointDeleted;
            default:
                return FoldOutcome.None;
        }
    }

    /// <summary>The job's entry, or a null reference when a file begun by version 1 started it.</summary>
    private ref JobHistory Job(JobKey id)
    {
        ref var job = ref CollectionsMarshal.GetValueRefOrNullRef(_jobs, id);
        if (Unsafe.IsNullRef(ref job) && !startsMidway)
        {
            throw new InvalidOperationException($"Job '{id}' changed before it started; the run store folds the journal from its start.");
        }

        return ref job;
    }

    /// <summary>The point's entry, or a null reference when a file begun by version 1 created it.</summary>
    private ref PointHistory Point(long id)
    {
        ref var point = ref _points.Find(id);
        if (Unsafe.IsNullRef(ref point) && !startsMidway)
        {
            throw new InvalidOperationException($"Point {id} changed before it was created (or after its deletion); the run store folds the journal from its start.");
        }

        return ref point;
    }
}
