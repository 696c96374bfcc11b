using NodaTime;

namespace Simulator.Core.Engine;

/// <summary>An event's place in the queue: its <see cref="EventKey"/> packed into two longs, and where its payload waits.</summary>
/// <remarks>
/// No object references, so the heap and the minute lists move nodes without write barriers and the garbage collector never
/// scans them. <see cref="Order"/> holds, from the top bit down, the instant's nanoseconds below a tick (0 to 99),
/// the priority and the sequence, so comparing (<see cref="Ticks"/>, <see cref="Order"/>) as integers is comparing
/// (instant, priority, sequence).
/// </remarks>
internal readonly struct QueueNode
{
    private const int PriorityShift = 48;
    private const int SubTickShift = 56;
    private const long SequenceMask = (1L << PriorityShift) - 1;

    /// <summary>The highest priority a node can carry: <see cref="SortKeyWithin"/> gives it three bits.</summary>
    public const int MaxPriority = 7;

    /// <summary>The most nodes one minute can hold: <see cref="SortKeyWithin"/> gives their position 24 bits.</summary>
    public const int MaxPerMinute = 1 << 24;

    /// <summary>How many values <see cref="WholeSecondSlot"/> can give: a minute's seconds times the priorities.</summary>
    public const int WholeSecondSlots = 60 * (MaxPriority + 1);

    public QueueNode(in EventKey key, int slot)
    {
        if ((ulong)key.Sequence > SequenceMask || (uint)key.Priority > MaxPriority)
        {
            throw new ArgumentOutOfRangeException(nameof(key), key, $"The sequence must fit in 48 bits and the priority be at most {MaxPriority}.");
        }

        // ToUnixTimeTicks floors, so what is left is 0 to 99 nanoseconds.
        Ticks = key.At.ToUnixTimeTicks();
        var subTick = (key.At - Instant.FromUnixTimeTicks(Ticks)).ToInt64Nanoseconds();
        Order = (subTick << SubTickShift) | ((long)key.Priority << PriorityShift) | key.Sequence;
        Slot = slot;
    }

    private QueueNode(long ticks, long order, int slot)
    {
        Ticks = ticks;
        Order = order;
        Slot = slot;
    }

    public long Ticks { get; }

    public long Order { get; }

    /// <summary>Where the payload waits: the node's place among its minute's events, or its slot in the heap's payloads.</summary>
    public int Slot { get; }

    public QueueNode WithSlot(int slot) => new(Ticks, Order, slot);

    /// <summary>The minute the node falls in: Unix ticks floored to the minute, monotonic in the instant.</summary>
    public long Minute => Math.DivRem(Ticks, TimeSpan.TicksPerMinute, out var rest) - (rest < 0 ? 1 : 0);

    public EventKey Key => new(
        Instant.FromUnixTimeTicks(Ticks) + Duration.FromNanoseconds(SubTickNanoseconds),
        (EventPriority)PriorityBits,
        Order & SequenceMask);

    /// <summary>True when the node's instant is at or before <paramref name="until"/>; whole ticks decide without building the instant.</summary>
    public bool IsDueBy(Instant until)
    {
        var untilTicks = until.ToUnixTimeTicks();
        return Ticks < untilTicks || (Ticks == untilTicks && Key.At <= until);
    }

    public bool Precedes(in QueueNode other) => Ticks < other.Ticks || (Ticks == other.Ticks && Order < other.Order);

    /// <summary>
    /// The node's order within its minute as one integer: ticks into the minute, the nanoseconds below a tick, the
    /// priority, then <paramref name="position"/>, its place among the minute's nodes in the order they were
    /// scheduled, which is the order of their sequences. Sorting these sorts the minute as the full key would,
    /// with the runtime's sort for integers instead of a comparison called per pair.
    /// </summary>
    public ulong SortKeyWithin(long minute, int position) =>
        ((ulong)(Ticks - (minute * TimeSpan.TicksPerMinute)) << 34)
        | ((ulong)SubTickNanoseconds << 27)
        | ((ulong)PriorityBits << 24)
        | (uint)position;

    /// <summary>
    /// The node's order within its minute when it falls on a whole second: its second, then its priority, as one
    /// number below <see cref="WholeSecondSlots"/>; -1 when it falls between seconds. Nodes of one minute ordered by
    /// this, the order of scheduling kept among equals, are in the order of <see cref="SortKeyWithin"/>.
    /// </summary>
    public int WholeSecondSlot(long minute)
    {
        var ticksIntoMinute = Ticks - (minute * TimeSpan.TicksPerMinute);
        var second = ticksIntoMinute / TimeSpan.TicksPerSecond;
        if (SubTickNanoseconds != 0 || ticksIntoMinute != second * TimeSpan.TicksPerSecond)
        {
            return -1;
        }

        return (int)(second * (MaxPriority + 1)) + PriorityBits;
    }

    private long SubTickNanoseconds => Order >>> SubTickShift;

    private int PriorityBits => (int)((Order >> PriorityShift) & byte.MaxValue);
}
