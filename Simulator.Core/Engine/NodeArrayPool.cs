using System.Numerics;

namespace Simulator.Core.Engine;

/// <summary>Spare node arrays of the queue, by power-of-two length, reused instead of left to the collector.</summary>
/// <remarks>
/// The queue's own pool rather than <see cref="System.Buffers.ArrayPool{T}"/>: it keeps every array it is given, as
/// the estate's next day needs as many as this one did, and it hands out exact powers of two, which
/// <see cref="MinuteNodes"/> relies on to double.
/// </remarks>
internal sealed class NodeArrayPool
{
    public const int SmallestArray = 4;

    private readonly Stack<QueueNode[]>[] _spares = new Stack<QueueNode[]>[32];

    /// <summary>An array of exactly <paramref name="length"/> nodes, a power of two of at least <see cref="SmallestArray"/>.</summary>
    public QueueNode[] Rent(int length)
    {
        var spares = _spares[BitOperations.Log2((uint)length)];
        return spares is not null && spares.TryPop(out var spare) ? spare : new QueueNode[length];
    }

    public void Return(QueueNode[] nodes)
    {
        if (nodes.Length < SmallestArray)
        {
            return; // the empty array of a minute that never held a node
        }

        (_spares[BitOperations.Log2((uint)nodes.Length)] ??= new Stack<QueueNode[]>()).Push(nodes);
    }
}
