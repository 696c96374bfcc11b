using System.Collections.Concurrent;
using NodaTime;
using Simulator.Store.Folding;

namespace Simulator.Store.Recording;

/// <summary>Events folded and encoded, ready to be written: their block, and the jobs they finished and points they deleted.</summary>
/// <remarks>
/// Built on the engine's thread (<see cref="BatchBuilder"/>) and written on the writer's, then released back to the
/// pool it came from: its buffers reach hundreds of kilobytes on a big fleet, and a new set for every batch would
/// land on the large object heap, where only full collections reclaim them.
/// </remarks>
internal sealed class EventBatch(ConcurrentQueue<EventBatch> pool)
{
    public EventBlockEncoder Block { get; } = NewEncoder();

    public List<JobHistory> Finished { get; } = [];

    public List<PointHistory> Deleted { get; } = [];

    /// <summary>The journal number of the batch's first event (they count from 1 without gaps).</summary>
    public long FirstEvent { get; set; }

    public long LastEvent => FirstEvent + Block.Count - 1;

    public Instant FirstAt { get; set; }

    public Instant LastAt { get; set; }

    /// <summary>Empties the batch and returns it to its pool, once the writer is done with it.</summary>
    public void Release()
    {
        Block.Reset();
        Finished.Clear();
        Deleted.Clear();
        pool.Enqueue(this);
    }

    private static EventBlockEncoder NewEncoder()
    {
        var encoder = new EventBlockEncoder();
        encoder.Reset();
        return encoder;
    }
}
