using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Simulator.Core.Engine;

/// <summary>The nodes of one minute that are not sorted yet, in the order they were scheduled.</summary>
/// <remarks>
/// A struct kept in the queue's ring of minutes, so that appending reads one slot of the ring and writes one line of
/// the array: the array's capacity sits beside its reference instead of being read from the array's header, and the
/// write skips the bounds check that would read it. In a 100,000-VM estate nearly every append lands in a minute no
/// other event touched for hours, so each dependent read saved is a miss saved. Arrays double from
/// <see cref="NodeArrayPool.SmallestArray"/> and come from the queue's pool, since a month of expiries spreads over
/// tens of thousands of minutes that mostly hold a few events each.
/// </remarks>
internal struct MinuteNodes
{
    private QueueNode[]? _nodes;
    private int _capacity;

    public int Count { get; private set; }

    public void Add(in QueueNode node, NodeArrayPool pool)
    {
        // Tested for null here, the array is known not to be when written, so no null check reads its header.
        var nodes = _nodes;
        if (Count == _capacity || nodes is null)
        {
            nodes = Grow(pool);
        }

        // Count < _capacity == nodes.Length, so the index is in range.
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(nodes), Count++) = node;
    }

    /// <summary>Hands over the array holding the <see cref="Count"/> nodes, and leaves this empty.</summary>
    public QueueNode[] Take()
    {
        var nodes = _nodes ?? [];
        this = default;
        return nodes;
    }

    private QueueNode[] Grow(NodeArrayPool pool)
    {
        var larger = pool.Rent(Math.Max(NodeArrayPool.SmallestArray, _capacity * 2));
        if (_nodes is not null)
        {
            _nodes.AsSpan(0, Count).CopyTo(larger);
            pool.Return(_nodes);
        }

        _nodes = larger;
        _capacity = larger.Length;
        return larger;
    }
}
