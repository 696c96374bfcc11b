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
    private readonly Dictionary<string, JobHistory> _jobs = new(StringComparer.Ordinal);
    private readonly PointTable _points = new();
    private long _jobsStarted;

    public IEnumerable<JobHistory> JobsInFlight => _jobs.Values;

    public IEnumerable<PointHistory> PointsAlive => _points.Values;

    /// <summary>Applies one event; a job it finished or a point it deleted leaves the fold and comes out.</summary>
    /// <exception cref="InvalidOperationException">The event names a job or point the journal has not started or created.</exception>
    public FoldOutcome Apply(DomainEvent e, out JobHistory finished, out PointHistory deleted)
    {
        finished = default;
        deleted = default;
        switch (e)
        {
            case JobPhaseChanged p:
                ref var job = ref Job(p.Id);
                if (!Unsafe.IsNullRef(ref job))
                {
                    job.Apply(p);
                }

                return FoldOutcome.None;
            case JobStarted s:
                _jobs.Add(s.Id, new JobHistory(++_jobsStarted, s));
                return FoldOutcome.None;
            case JobFinished f:
                if (!_jobs.Remove(f.Id, out finished))
                {
                    _ = ref Job(f.Id);
                    return FoldOutcome.None;
                }

                finished.Finish(f);
                return FoldOutcome.JobFinished;
            case RecoveryPointCreated c:
                _points.Add(new PointHistory(c));
                return FoldOutcome.None;
            case RecoveryPointTierChanged t:
                ref var tiered = ref Point(t.PointId);
                if (!Unsafe.IsNullRef(ref tiered))
                {
                    tiered.Apply(t);
                }

                return FoldOutcome.None;
            case RecoveryPointRetentionChanged r:
                ref var retained = ref Point(r.PointId);
                if (!Unsafe.IsNullRef(ref retained))
                {
                    retained.Apply(r);
                }

                return FoldOutcome.None;
            case RecoveryPointDeleted d:
                if (!_points.Remove(d.PointId, out deleted))
                {
                    _ = ref Point(d.PointId);
                    return FoldOutcome.None;
                }

                deleted.Delete(d);
                return FoldOutcome.PointDeleted;
            default:
                return FoldOutcome.None;
        }
    }

    /// <summary>The job's entry, or a null reference when a file begun by version 1 started it.</summary>
    private ref JobHistory Job(string id)
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
