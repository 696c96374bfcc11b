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
    private readonly Dictionary<long, PointHistory> _points = [];
    private long _jobsStarted;

    public IEnumerable<JobHistory> JobsInFlight => _jobs.Values;

    public IEnumerable<PointHistory> PointsAlive => _points.Values;

    /// <summary>Applies one event; a job it finished or a point it deleted leaves the fold and comes out.</summary>
    /// <exception cref="InvalidOperationException">The event names a job or point the journal has not started or created.</exception>
    public void Apply(DomainEvent e, out JobHistory? finished, out PointHistory? deleted)
    {
        finished = null;
        deleted = null;
        switch (e)
        {
            case JobStarted s:
                _jobs.Add(s.Id, new JobHistory(++_jobsStarted, s));
                break;
            case JobPhaseChanged p:
                Job(p.Id)?.Apply(p);
                break;
            case JobFinished f:
                finished = Job(f.Id);
                finished?.Finish(f);
                _jobs.Remove(f.Id);
                break;
            case RecoveryPointCreated c:
                _points.Add(c.PointId, new PointHistory(c));
                break;
            case RecoveryPointTierChanged t:
                Point(t.PointId)?.Apply(t);
                break;
            case RecoveryPointRetentionChanged r:
                Point(r.PointId)?.Apply(r);
                break;
            case RecoveryPointDeleted d:
                deleted = Point(d.PointId);
                deleted?.Delete(d);
                _points.Remove(d.PointId);
                break;
        }
    }

    private JobHistory? Job(string id) =>
        _jobs.TryGetValue(id, out var job) ? job
        : startsMidway ? null
        : throw new InvalidOperationException($"Job '{id}' changed before it started; the run store folds the journal from its start.");

    private PointHistory? Point(long id) =>
        _points.TryGetValue(id, out var point) ? point
        : startsMidway ? null
        : throw new InvalidOperationException($"Point {id} changed before it was created (or after its deletion); the run store folds the journal from its start.");
}
