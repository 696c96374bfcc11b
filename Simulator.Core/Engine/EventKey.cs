using NodaTime;

namespace Simulator.Core.Engine;

/// <summary>The total order of the event queue: instant, then priority, then insertion sequence.</summary>
/// <remarks>
/// <see cref="PriorityQueue{TElement,TPriority}"/> is not stable, so the sequence number is what makes two
/// events at the same instant and priority fire in the order they were scheduled, on every machine.
/// </remarks>
public readonly record struct EventKey(Instant At, EventPriority Priority, long Sequence) : IComparable<EventKey>
{
    public int CompareTo(EventKey other)
    {
        var byTime = At.CompareTo(other.At);
        if (byTime != 0)
        {
            return byTime;
        }

        // Compared as ints: Enum.CompareTo takes an object and would box both values on every tie of instants.
        var byPriority = ((int)Priority).CompareTo((int)other.Priority);
        return byPriority != 0 ? byPriority : Sequence.CompareTo(other.Sequence);
    }
}
