using System.Numerics;

namespace Simulator.Core.Engine;

/// <summary>Spare arrays of the queue, by power-of-two length, reused instead of left to the collector.</summary>
/// <remarks>
/// The queue's own pool rather than <see cref="System.Buffers.ArrayPool{T}"/>: it keeps every array it is given, as
/// the estate's next day needs as many as this one did, and it hands out exact powers of two, which
/// <see cref="MinuteNodes"/> relies on to double. It keeps what it is given as given: <see cref="QueueArrays"/>
/// clears payloads before they come back, so that a spare keeps no job or point alive.
/// </remarks>
internal sealed class SpareArrays<T>
{
    private readonly Stack<T[]>[] _spares = new Stack<T[]>[32];

    /// <summary>An array of exactly <paramref name="length"/> items, a power of two of at least <see cref="MinuteNodes.SmallestArray"/>.</summary>
    public T[] Rent(int length)
    {
        var spares = _spares[BitOperations.Log2((uint)length)];
        return spares is not null && spares.TryPop(out var spare) ? spare : new T[length];
    }

    public void Return(T[] array)
    {
        if (array.Length < MinuteNodes.SmallestArray)
        {
            return; // the empty array of a minute that never held a node
        }

        (_spares[BitOperations.Log2((uint)array.Length)] ??= new Stack<T[]>()).Push(array);
    }
}
