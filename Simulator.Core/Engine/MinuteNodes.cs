using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Simulator.Core.Engine;

/// <summary>The events of one minute that are not sorted yet, in the order they were scheduled: their nodes, and beside them their payloads.</summary>
/// <remarks>
/// <para>
/// A struct kept in the queue's ring of minutes, so that appending reads one slot of the ring and writes one line of
/// each array: the arrays' capacity sits beside their references instead of being read from a header, and the writes
/// skip the bounds checks that would read it. In a 100,000-VM estate nearly every append lands in a minute no other
/// event touched for hours, so each dependent read saved is a miss saved. Arrays double from <see cref="SmallestArray"/>
/// and come from the queue's spares, since a month of expiries spreads over tens of thousands of minutes that mostly
/// hold a few events each.
/// </para>
/// <para>
/// A node's <see cref="QueueNode.Slot"/> is its place here, so a minute's payloads are read from one short array
/// when its turn comes. Kept in one array for the whole queue, each payload lay wherever a slot had last been freed,
/// weeks before, and a large estate paid a page of that array for nearly every event.
/// </para>
/// </remarks>
internal struct MinuteNodes
{
    public const int SmallestArray = 4;

    private QueueNode[]? _nodes;
    private ScheduledEvent[]? _events;
    private int _capacity;

    public int Count { get; private set; }

    /// <summary>Appends the event, its node taking the next place as its slot.</summary>
    public void Add(in QueueNode node, in ScheduledEvent scheduled, QueueArrays arrays)
    {
        // Tested for null here, the arrays are known not to be when written, so no null check reads their headers.
        var nodes = _nodes;
        var events = _events;
        if (Count == _capacity || nodes is null || events is null)
        {
            (nodes, events) = Grow(arrays);
        }

        // Count < _capacity == the arrays' length, so the index is in range.
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(events), Count) = scheduled;
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(nodes), Count) = node.WithSlot(Count);
        Count++;
    }

    /// <summary>Hands over the arrays holding the <see cref="Count"/> events, and leaves this empty.</summary>
    public TakenMinute Take()
    {
        var taken = new TakenMinute(_nodes ?? [], _events ?? [], Count);
        this = default;
        return taken;
    }

    private (QueueNode[] Nodes, ScheduledEvent[] Events) Grow(QueueArrays arrays)
    {
        var length = Math.Max(SmallestArray, _capacity * 2);
        var nodes = arrays.Nodes.Rent(length);
        var events = arrays.Events.Rent(length);
        if (_nodes is not null && _events is not null)
        {
            _nodes.AsSpan(0, Count).CopyTo(nodes);
            _events.AsSpan(0, Count).CopyTo(events);
            arrays.Return(_nodes, _events, Count);
        }

        _nodes = nodes;
        _events = events;
        _capacity = length;
        return (nodes, events);
    }
}

/// <summary>A minute's events handed over by <see cref="MinuteNodes.Take"/>: the first <paramref name="Count"/> of each array.</summary>
internal readonly record struct TakenMinute(QueueNode[] Nodes, ScheduledEvent[] Events, int Count);
