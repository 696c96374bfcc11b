namespace Simulator.Core.Engine;

/// <summary>A fixed-size block of bucketed events.</summary>
/// <remarks>256 entries of 64 bytes: 16 KiB, well under the 85,000 bytes that would put it on the large object heap.</remarks>
internal sealed class EventChunk
{
    private const int Capacity = 256;

    private readonly ScheduledEvent[] _events = new ScheduledEvent[Capacity];
    private readonly EventKey[] _keys = new EventKey[Capacity];
    private int _count;

    public EventChunk? Next { get; set; }

    public bool IsFull => _count == Capacity;

    public void Add(in ScheduledEvent scheduled, in EventKey key)
    {
        _events[_count] = scheduled;
        _keys[_count] = key;
        _count++;
    }

    /// <summary>Enqueues the events into <paramref name="heap"/> and empties the chunk, releasing its references.</summary>
    public void MoveTo(PriorityQueue<ScheduledEvent, EventKey> heap)
    {
        for (var i = 0; i < _count; i++)
        {
            heap.Enqueue(_events[i], _keys[i]);
        }

        Array.Clear(_events, 0, _count);
        _count = 0;
    }
}
