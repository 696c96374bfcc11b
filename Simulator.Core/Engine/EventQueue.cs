using NodaTime;

namespace Simulator.Core.Engine;

/// <summary>The engine's pending events: the current minute in order, and unsorted buckets, one per minute, beyond it.</summary>
/// <remarks>
/// <para>
/// One heap of every pending event grows with history: each recovery point waits weeks or years for its expiry, so
/// a 10,000-VM estate keeps hundreds of thousands of events queued, and every dequeue walks a path through megabytes.
/// Here an event due in a later minute waits, unsorted, in that minute's bucket, appended in constant time. When the
/// current minute is used up, the next bucket is sorted once into <c>_run</c> and read in order; an event scheduled
/// into a minute already reached (rare: the engine schedules forwards) goes to a small heap, and the earlier of the
/// two comes out first. With hourly buckets in one heap, popping it was a fifth of a large run.
/// </para>
/// <para>
/// Runs, heap and buckets hold <see cref="QueueNode"/>s, which carry no references; an event's handler and subject
/// wait in a slot of <c>_payloads</c>, written once when it is scheduled and cleared when it is taken. Moving nodes
/// therefore costs no write barriers, and the garbage collector has one array of payloads to scan instead of every chunk.
/// </para>
/// <para>
/// The order is that of one heap, event for event: every node in the run or the heap falls in a minute before
/// <c>_horizon</c>, every bucketed one in that minute or later, and both run and heap order by the whole <see cref="EventKey"/>.
/// </para>
/// </remarks>
internal sealed class EventQueue
{
    private readonly EventHeap _near = new();
    private readonly Dictionary<long, EventBucket> _buckets = [];
    private readonly PriorityQueue<long, long> _bucketMinutes = new();
    private readonly Stack<EventChunk> _spareChunks = new();
    private readonly Stack<EventBucket> _spareBuckets = new();
    private QueueNode[] _run = new QueueNode[1_024];
    private ulong[] _runKeys = new ulong[1_024];
    private int _runHead;
    private int _runCount;
    private readonly EventPayloads _payloads = new();
    private long _horizon = long.MinValue;
    private EventBucket? _lastBucket;

    public int Count { get; private set; }

    public void Enqueue(in ScheduledEvent scheduled, in EventKey key)
    {
        var node = new QueueNode(key, _payloads.Add(scheduled));
        Count++;
        var minute = node.Minute;
        if (minute < _horizon)
        {
            _near.Push(node);
            return;
        }

        // Events scheduled together tend to fall in the same minute (a wave of expiries a month ahead), so the last
        // bucket is tried before the dictionary.
        var bucket = _lastBucket is { } last && last.Minute == minute ? last : BucketFor(minute);
        if (bucket.Count == QueueNode.MaxPerMinute)
        {
            throw new InvalidOperationException($"More than {QueueNode.MaxPerMinute:N0} events fall in one minute; the queue can't order them.");
        }

        bucket.Add(node, _spareChunks);
        _lastBucket = bucket;
    }

    public bool TryPeek(out EventKey key)
    {
        if (!TryPeekNode(out var fromRun))
        {
            key = default;
            return false;
        }

        key = (fromRun ? _run[_runHead] : _near.Min).Key;
        return true;
    }

    public bool TryDequeue(out ScheduledEvent scheduled, out EventKey key) => TryDequeue(Instant.MaxValue, out scheduled, out key);

    /// <summary>Takes the next event if it is due at or before <paramref name="until"/>.</summary>
    public bool TryDequeue(Instant until, out ScheduledEvent scheduled, out EventKey key)
    {
        if (!TryPeekNode(out var fromRun) || !(fromRun ? _run[_runHead] : _near.Min).IsDueBy(until))
        {
            scheduled = default;
            key = default;
            return false;
        }

        if (fromRun)
        {
            PrefetchAhead();
        }

        var node = fromRun ? _run[_runHead++] : _near.Pop();
        key = node.Key;
        scheduled = _payloads.Take(node.Slot);
        Count--;
        return true;
    }

    /// <summary>Starts loading what the next events of the run will read, further ahead the earlier in the chain it comes.</summary>
    /// <remarks>
    /// Each load is found through the one before: the payload slot of the event 16 places ahead; the subject of the
    /// event 8 ahead (its first lines), whose slot, asked for earlier, is in cache by then; and, 5 and 2 ahead, what
    /// the handler says the subject leads to (<see cref="IEventHandler.Prefetch"/>). Each step is a few events, a few
    /// hundred nanoseconds of handling, about one memory access.
    /// </remarks>
    private void PrefetchAhead()
    {
        const int slotDistance = 16;
        const int subjectDistance = 8;
        const int handlerStep = 3;

        // Enough for the largest subject, a job; the queue does not know which kind comes.
        const int subjectLines = 6;
        if (_runHead + slotDistance < _runCount)
        {
            _payloads.Prefetch(_run[_runHead + slotDistance].Slot);
        }

        if (_runHead + subjectDistance < _runCount)
        {
            Prefetch.Object(_payloads[_run[_runHead + subjectDistance].Slot].Subject, subjectLines);
        }

        for (var depth = 1; depth <= 2; depth++)
        {
            var index = _runHead + subjectDistance - (depth * handlerStep);
            if (index < _runCount)
            {
                ref readonly var ahead = ref _payloads[_run[index].Slot];
                ahead.Handler.Prefetch(ahead, depth);
            }
        }
    }

    /// <summary>Finds the next node: at the head of the run, or on top of the heap when that is earlier.</summary>
    private bool TryPeekNode(out bool fromRun)
    {
        if (_runHead == _runCount && _near.Count == 0)
        {
            Refill();
        }

        var runHasNext = _runHead < _runCount;
        fromRun = runHasNext && (_near.Count == 0 || _run[_runHead].Precedes(_near.Min));
        return runHasNext || _near.Count > 0;
    }

    private EventBucket BucketFor(long minute)
    {
        if (!_buckets.TryGetValue(minute, out var bucket))
        {
            bucket = _spareBuckets.TryPop(out var spare) ? spare : new EventBucket();
            bucket.Minute = minute;
            _buckets.Add(minute, bucket);
            _bucketMinutes.Enqueue(minute, minute);
        }

        return bucket;
    }

    /// <summary>Sorts the earliest bucket into the run, once run and heap are used up, and moves the horizon past it.</summary>
    private void Refill()
    {
        if (!_bucketMinutes.TryDequeue(out var minute, out _))
        {
            return;
        }

        var bucket = _buckets[minute];
        _buckets.Remove(minute);
        if (_lastBucket == bucket)
        {
            _lastBucket = null;
        }

        _horizon = minute + 1;
        if (_run.Length < bucket.Count)
        {
            _run = new QueueNode[Math.Max(bucket.Count, _run.Length * 2)];
            _runKeys = new ulong[_run.Length];
        }

        _runHead = 0;
        _runCount = bucket.Count;
        var run = _run.AsSpan(0, _runCount);
        var keys = _runKeys.AsSpan(0, _runCount);
        bucket.MoveTo(run, _spareChunks);
        _spareBuckets.Push(bucket);
        for (var i = 0; i < run.Length; i++)
        {
            keys[i] = run[i].SortKeyWithin(minute, i);
        }

        keys.Sort(run);
    }
}
