namespace Simulator.Core.Engine;

/// <summary>The nodes of one minute that the heap does not hold yet, in a chain of fixed-size chunks.</summary>
/// <remarks>
/// Chunks rather than a growing list: a busy minute of a large estate holds hundreds of events, and a list's
/// array would land on the large object heap and leave half its doubled capacity unused. Chunks are recycled, and
/// so are buckets (<see cref="Minute"/> is set again), since a month of expiries spreads over tens of thousands of minutes.
/// </remarks>
internal sealed class EventBucket
{
    private EventChunk? _first;
    private EventChunk? _last;

    public long Minute { get; set; }

    public int Count { get; private set; }

    public void Add(in QueueNode node, Stack<EventChunk> spares)
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

        _last.Add(node);
        Count++;
    }

    /// <summary>Copies every node into <paramref name="target"/>, which must hold <see cref="Count"/>, and returns the chunks, emptied, to the spares.</summary>
    public void MoveTo(Span<QueueNode> target, Stack<EventChunk> spares)
    {
        for (var chunk = _first; chunk is not null;)
        {
            target = target[chunk.MoveTo(target)..];
            var next = chunk.Next;
            chunk.Next = null;
            spares.Push(chunk);
            chunk = next;
        }

        _first = _last = null;
        Count = 0;
    }
}
