namespace Simulator.Core.Engine;

/// <summary>The events of one hour that the heap does not hold yet, in a chain of fixed-size chunks.</summary>
/// <remarks>
/// Chunks rather than a growing list: a busy hour of a large estate holds tens of thousands of events, and a list's
/// array would land on the large object heap and leave half its doubled capacity unused. Chunks are recycled.
/// </remarks>
internal sealed class EventBucket(long hour)
{
    private EventChunk? _first;
    private EventChunk? _last;

    public long Hour { get; } = hour;

    public int Count { get; private set; }

    public void Add(in ScheduledEvent scheduled, in EventKey key, Stack<EventChunk> spares)
    {
        if (_last is null || _last.IsFull)
        {
            var chunk = spares.TryPop(out var spare) ? spare : new EventChunk();
            if (_last is null)
            {
                _first = chunk;
            }
            else
            {
                _last.Next = chunk;
            }

            _last = chunk;
        }

        _last.Add(scheduled, key);
        Count++;
    }

    /// <summary>Enqueues every event into <paramref name="heap"/> and returns the chunks, emptied, to the spares.</summary>
    public void MoveTo(PriorityQueue<ScheduledEvent, EventKey> heap, Stack<EventChunk> spares)
    {
        for (var chunk = _first; chunk is not null;)
        {
            chunk.MoveTo(heap);
            var next = chunk.Next;
            chunk.Next = null;
            spares.Push(chunk);
            chunk = next;
        }

        _first = _last = null;
        Count = 0;
    }
}
