using System.Collections;
using Simulator.Core.Engine;

namespace Simulator.Core.Jobs;

/// <summary>The vault job list across vaults, oldest first; with a limit, finished jobs leave it oldest first.</summary>
/// <remarks>
/// A ring of references rather than a <see cref="Queue{T}"/>: letting a job go reads whether the oldest one has
/// finished, a job started thousands of jobs earlier whose lines the processor no longer holds. A 10,000-VM year waited
/// on that read at every job's start, a twentieth of its run. The ring can name the jobs behind the oldest, so it asks
/// for the one that will be read a few starts from now.
/// </remarks>
internal sealed class JobList(int? limit) : IReadOnlyCollection<BackupJob>
{
    private const int AskAhead = 8;

    // A job's first lines hold its end (BackupJob.IsFinished); asking for three covers them whatever the alignment.
    private const int JobLines = 3;

    private BackupJob?[] _ring = new BackupJob?[16];
    private int _head;
    private int _version;

    public int Count { get; private set; }

    public void Add(BackupJob job)
    {
        if (Count == _ring.Length)
        {
            Grow();
        }

        _ring[Wrap(_head + Count)] = job;
        Count++;
        _version++;
        if (limit is not { } max)
        {
            return;
        }

        // Only finished jobs leave; a running one is still needed by its item.
        while (Count > max && _ring[_head]!.IsFinished)
        {
            _ring[_head] = null;
            _head = Wrap(_head + 1);
            Count--;
        }

        if (Count >= max && Count > AskAhead)
        {
            Prefetch.Object(_ring[Wrap(_head + AskAhead)], JobLines);
        }
    }

    public IEnumerator<BackupJob> GetEnumerator()
    {
        var version = _version;
        for (var i = 0; i < Count; i++)
        {
            yield return _ring[Wrap(_head + i)]!;
            if (version != _version)
            {
                throw new InvalidOperationException("The job list changed while it was being read.");
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int Wrap(int index) => index & (_ring.Length - 1);

    private void Grow()
    {
        var larger = new BackupJob?[_ring.Length * 2];
        for (var i = 0; i < Count; i++)
        {
            larger[i] = _ring[Wrap(_head + i)];
        }

        _ring = larger;
        _head = 0;
    }
}
