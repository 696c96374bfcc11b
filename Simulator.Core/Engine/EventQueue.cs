using NodaTime;

namespace Simulator.Core.Engine;

/// <summary>The engine's pending events: a heap for the near future, and unsorted hourly buckets beyond it.</summary>
/// <remarks>
/// <para>
/// One heap of every pending event grows with history: each recovery point waits weeks or years for its expiry, so
/// a 10,000-VM estate keeps hundreds of thousands of events queued. Every dequeue then walks a path through megabytes
/// of memory, and because sift moves write object references all over that array, every garbage collection had to
/// rescan most of it. Here an event due in a later hour waits, unsorted, in that hour's bucket, appended in
/// constant time; a bucket enters the heap only when the heap has run dry. The heap holds about an hour of events
/// and stays in cache, and the buckets are written once, in order, which the GC's card table handles cheaply.
/// </para>
/// <para>
/// The order is that of one heap, event for event: every event in the heap falls in an hour before
/// <c>_horizon</c>, every bucketed one in that hour or later, and the heap orders by the whole
/// <see cref="EventKey"/>. Hours are Unix ticks floored to the hour, which is monotonic in the instant.
/// </para>
/// </remarks>
internal sealed class EventQueue
{
    private readonly PriorityQueue<ScheduledEvent, EventKey> _near = new();
    private readonly Dictionary<long, EventBucket> _buckets = [];
    private readonly PriorityQueue<long, long> _bucketHours = new();
    private readonly Stack<EventChunk> _spareChunks = new();
    private long _horizon = long.MinValue;
    private EventBucket? _lastBucket;
    private int _bucketed;

    public int Count => _near.Count + _bucketed;

    public void Enqueue(in ScheduledEvent scheduled, in EventKey key)
    {
        var hour = HourOf(key.At);
        if (hour < _horizon)
        {
            _near.Enqueue(scheduled, key);
            return;
        }

        // Events scheduled together tend to fall in the same hour (a wave of expiries a month ahead), so the last
        // bucket is tried before the dictionary.
        var bucket = _lastBucket is { } last && last.Hour == hour ? last : BucketFor(hour);
        bucket.Add(scheduled, key, _spareChunks);
        _lastBucket = bucket;
        _bucketed++;
    }

    public bool TryPeek(out EventKey key)
    {
        Refill();
        return _near.TryPeek(out _, out key);
    }

    public bool TryDequeue(out ScheduledEvent scheduled, out EventKey key)
    {
        Refill();
        return _near.TryDequeue(out scheduled, out key);
    }

    private static long HourOf(Instant at) => Math.DivRem(at.ToUnixTimeTicks(), TimeSpan.TicksPerHour, out var rest) - (rest < 0 ? 1 : 0);

    private EventBucket BucketFor(long hour)
    {
        if (!_buckets.TryGetValue(hour, out var bucket))
        {
            bucket = new EventBucket(hour);
            _buckets.Add(hour, bucket);
            _bucketHours.Enqueue(hour, hour);
        }

        return bucket;
    }

    /// <summary>Moves the earliest bucket into the heap once the heap is empty, and moves the horizon past it.</summary>
    private void Refill()
    {
        if (_near.Count > 0 || !_bucketHours.TryDequeue(out var hour, out _))
        {
            return;
        }

        var bucket = _buckets[hour];
        _buckets.Remove(hour);
        if (_lastBucket == bucket)
        {
            _lastBucket = null;
        }

        _bucketed -= bucket.Count;
        _horizon = hour + 1;
        bucket.MoveTo(_near, _spareChunks);
    }
}
