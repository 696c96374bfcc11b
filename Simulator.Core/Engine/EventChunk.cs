namespace Simulator.Core.Engine;

/// <summary>A fixed-size block of bucketed nodes.</summary>
/// <remarks>
/// 128 nodes of 24 bytes, 3 KiB: a month of expiries waits in thousands of minute buckets, most holding a few dozen
/// events, so a bigger chunk would mostly hold nothing.
/// </remarks>
internal sealed class EventChunk
{
    private const int Capacity = 128;

    private readonly QueueNode[] _nodes = new QueueNode[Capacity];
    private int _count;

    public EventChunk? Next { get; set; }

    public bool IsFull => _count == Capacity;

    public void Add(in QueueNode node) => _nodes[_count++] = node;

    /// <summary>Copies the nodes to the start of <paramref name="target"/>, empties the chunk, and says how many there were.</summary>
    public int MoveTo(Span<QueueNode> target)
    {
        var count = _count;
        _nodes.AsSpan(0, count).CopyTo(target);
        _count = 0;
        return count;
    }
}
