namespace Simulator.Core.Engine;

/// <summary>A binary min-heap of <see cref="QueueNode"/>s: the events scheduled into a minute the queue has already reached.</summary>
/// <remarks>
/// Written for the node rather than using <see cref="PriorityQueue{TElement,TPriority}"/>: the node compares as two
/// integers, and holding no references it moves without write barriers.
/// </remarks>
internal sealed class EventHeap
{
    private QueueNode[] _nodes = new QueueNode[256];

    public int Count { get; private set; }

    public ref readonly QueueNode Min => ref _nodes[0];

    public void Push(in QueueNode node)
    {
        if (Count == _nodes.Length)
        {
            Array.Resize(ref _nodes, _nodes.Length * 2);
        }

        var nodes = _nodes;
        var i = Count++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!node.Precedes(nodes[parent]))
            {
                break;
            }

            nodes[i] = nodes[parent];
            i = parent;
        }

        nodes[i] = node;
    }

    public QueueNode Pop()
    {
        var nodes = _nodes;
        var min = nodes[0];
        var last = nodes[--Count];
        var count = Count;
        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && nodes[child + 1].Precedes(nodes[child]))
            {
                child++;
            }

            if (!nodes[child].Precedes(last))
            {
                break;
            }

            nodes[i] = nodes[child];
            i = child;
        }

        nodes[i] = last;
        return min;
    }
}
