using System.Collections.Concurrent;
using NodaTime;
using Simulator.Core.Journal;
using Simulator.Store.Folding;

namespace Simulator.Store.Recording;

/// <summary>Events folded, ready to be encoded and written: the events, and the jobs they finished, the points they deleted and the items they purged.</summary>
/// <remarks>
/// Filled on the engine's thread (<see cref="BatchBuilder"/>), encoded into its block and written on the writer's,
/// then released back to the pool it came from: its buffers reach hundreds of kilobytes on a big fleet, and a new
/// set for every batch would land on the large object heap, where only full collections reclaim them.
/// </remarks>
internal sealed class EventBatch(ConcurrentQueue<EventBatch> pool)
{
    private readonly JournalEntry[] _events = new JournalEntry[BatchBuilder.MaxEvents];

    /// <summary>The events in journal order, encoded by <see cref="Encode"/>.</summary>
    public EventBlockEncoder Block { get; } = NewEncoder();

    public int Count { get; private set; }

    public List<JobHistory> Finished { get; } = [];

    public List<PointHistory> Deleted { get; } = [];

    /// <summary>The items whose backup data the events deleted for good, which may have had no point left to tell it.</summary>
    public List<ItemDeleteStateChanged> Purged { get; } = [];

    /// <summary>The journal number of the batch's first event (they count from 1 without gaps).</summary>
    public long FirstEvent { get; set; }

    public long LastEvent => FirstEvent + Count - 1;

    public Instant FirstAt { get; set; }

    public Instant LastAt { get; set; }

    public void Add(in JournalEntry e) => _events[Count++] = e;

    /// <summary>Encodes the events into <see cref="Block"/>; a second call does nothing.</summary>
    public void Encode()
    {
        for (var i = Block.Count; i < Count; i++)
        {
            Block.Add(in _events[i]);
        }
    }

    /// <summary>Folds the events, in order, keeping the jobs they finished and the points they deleted; encodes those not encoded yet, and lets them go.</summary>
    /// <remarks>On the writer's thread only, which owns the fold: the events of each batch go through it once, in the journal's order.</remarks>
    public void Fold(RunFold fold)
    {
        for (var i = 0; i < Count; i++)
        {
            ref readonly var e = ref _events[i];
            if (i >= Block.Count)
            {
                Block.Add(in e);
            }

            switch (fold.Apply(in e, out var finished, out var deleted))
            {
                case FoldOutcome.JobFinished:
                    Finished.Add(finished);
                    break;
                case FoldOutcome.PointDeleted:
                    Deleted.Add(deleted);
                    break;
            }
        }

        Array.Clear(_events, 0, Count);
    }

    /// <summary>Empties the batch and returns it to its pool, once the writer is done with it.</summary>
    public void Release()
    {
        Count = 0;
        Block.Reset();
        Finished.Clear();
        Deleted.Clear();
        Purged.Clear();
        pool.Enqueue(this);
    }

    private static EventBlockEncoder NewEncoder()
    {
        var encoder = new EventBlockEncoder();
        encoder.Reset();
        return encoder;
    }
}
