using System.Numerics;
using System.Runtime.InteropServices;
using NodaTime;

namespace Simulator.Core.Engine;

/// <summary>The engine's pending events: the current minute in order, and unsorted lists, one per minute, beyond it.</summary>
/// <remarks>
/// <para>
/// One heap of every pending event grows with history: each recovery point waits weeks or years for its expiry, so
/// a 10,000-VM estate keeps hundreds of thousands of events queued, and every dequeue walks a path through megabytes.
/// Here an event due in a later minute waits, unsorted, in that minute's list, appended in constant time. When the
/// current minute is used up, the next minute's list is sorted once into <c>_run</c> and read in order; an event
/// scheduled into a minute already reached (rare: the engine schedules forwards) goes to a small heap, and the earlier
/// of the two comes out first. With hourly buckets in one heap, popping it was a fifth of a large run.
/// </para>
/// <para>
/// The minutes of the next <see cref="RingMinutes"/> (45 days, past a default policy's 30-day retention) are a ring
/// indexed by the minute itself, with a bitmap of those that hold events, so an append reads one slot and writes the
/// ends of its minute's arrays. Later minutes wait in a dictionary, merged at their turn. Against a dictionary of every
/// minute holding chains of 3 KiB chunks, the queue's benchmark went from 143 to 66 ns per event and a VM-day got a
/// fifth cheaper at 1,000 and 10,000 VMs; at 100,000 the appends still miss, on the slot and on the arrays' ends.
/// </para>
/// <para>
/// Runs, heap and lists hold <see cref="QueueNode"/>s, which carry no references, so sorting and moving them costs no
/// write barriers. An event's handler and subject wait beside its minute's nodes (<see cref="MinuteNodes"/>), so a
/// minute's payloads are read from one short array, or, in the heap's case, in a slot of <c>_nearEvents</c>. Each
/// payload is written once when scheduled and cleared when taken.
/// </para>
/// <para>
/// The order is that of one heap, event for event: every node in the run or the heap falls in a minute before
/// <c>_horizon</c>, every listed one in that minute or later, and both run and heap order by the whole <see cref="EventKey"/>.
/// </para>
/// </remarks>
internal sealed class EventQueue
{
    private const int RingMinutes = 1 << 16;
    private const int RingMask = RingMinutes - 1;

    private readonly EventHeap _near = new();
    private readonly MinuteNodes[] _ring = new MinuteNodes[RingMinutes];
    private readonly ulong[] _ringOccupied = new ulong[RingMinutes / 64];
    private int _ringMinutesInUse;
    private readonly Dictionary<long, MinuteNodes> _far = [];
    private readonly PriorityQueue<long, long> _farMinutes = new();
    private readonly QueueArrays _arrays = new();
    private readonly MinuteSorter _sorter = new();
    private QueueNode[] _run = [];
    private ScheduledEvent[] _runEvents = [];
    private int _runHead;
    private int _runCount;
    private readonly EventPayloads _nearEvents = new();

    // The first minute not yet moved into the run; long.MinValue until the first refill, when every minute is far.
    private long _horizon = long.MinValue;

    public int Count { get; private set; }

    public void Enqueue(in ScheduledEvent scheduled, in EventKey key)
    {
        var node = new QueueNode(key, slot: 0);
        Count++;
        var minute = node.Minute;
        if (minute < _horizon)
        {
            _near.Push(node.WithSlot(_nearEvents.Add(scheduled)));
            return;
        }

        ref var nodes = ref _horizon != long.MinValue && minute - _horizon < RingMinutes ? ref RingSlot(minute) : ref FarSlot(minute);
        if (nodes.Count == QueueNode.MaxPerMinute)
        {
            throw TooManyInOneMinute();
        }

        nodes.Add(node, scheduled, _arrays);
    }

    public bool TryPeek(out EventKey key)
    {
        if (!TryPeekNode(out var fromRun))
        {
            key = default;
            return false;
        }

        key = (fromRun ? _run[_runHead] : _near.Min).Key;
        return true;
    }

    public bool TryDequeue(out ScheduledEvent scheduled, out EventKey key) => TryDequeue(Instant.MaxValue, out scheduled, out key);

    /// <summary>Takes the next event if it is due at or before <paramref name="until"/>.</summary>
    public bool TryDequeue(Instant until, out ScheduledEvent scheduled, out EventKey key)
    {
        if (!TryPeekNode(out var fromRun) || !(fromRun ? _run[_runHead] : _near.Min).IsDueBy(until))
        {
            scheduled = default;
            key = default;
            return false;
        }

        if (fromRun)
        {
            PrefetchAhead();
        }

        var node = fromRun ? _run[_runHead++] : _near.Pop();
        key = node.Key;
        scheduled = fromRun ? TakeFromRun(node.Slot) : _nearEvents.Take(node.Slot);
        Count--;
        return true;
    }

    /// <summary>Starts loading what the next events of the run will read, further ahead the earlier in the chain it comes.</summary>
    /// <remarks>
    /// Each load is found through the one before: the payload slot of the event 16 places ahead; the subject of the
    /// event 8 ahead (its first lines), whose slot, asked for earlier, is in cache by then; and, 5 and 2 ahead, what
    /// the handler says the subject leads to (<see cref="IEventHandler.Prefetch"/>). Each step is a few events, a few
    /// hundred nanoseconds of handling, about one memory access.
    /// </remarks>
    private void PrefetchAhead()
    {
        const int slotDistance = 16;
        const int subjectDistance = 8;
        const int handlerStep = 3;

        // Enough for the largest subject, a job; the queue does not know which kind comes.
        const int subjectLines = 6;
        if (_runHead + slotDistance < _runCount)
        {
            Prefetch.Line(ref _runEvents[_run[_runHead + slotDistance].Slot]);
        }

        if (_runHead + subjectDistance < _runCount)
        {
            Prefetch.Object(_runEvents[_run[_runHead + subjectDistance].Slot].Subject, subjectLines);
        }

        for (var depth = 1; depth <= 2; depth++)
        {
            var index = _runHead + subjectDistance - (depth * handlerStep);
            if (index < _runCount)
            {
                ref readonly var ahead = ref _runEvents[_run[index].Slot];
                ahead.Handler.Prefetch(ahead, depth);
            }
        }
    }

    /// <summary>Finds the next node: at the head of the run, or on top of the heap when that is earlier.</summary>
    private bool TryPeekNode(out bool fromRun)
    {
        if (_runHead == _runCount && _near.Count == 0)
        {
            Refill();
        }

        var runHasNext = _runHead < _runCount;
        fromRun = runHasNext && (_near.Count == 0 || _run[_runHead].Precedes(_near.Min));
        return runHasNext || _near.Count > 0;
    }

    private ref MinuteNodes RingSlot(long minute)
    {
        var index = (int)(minute & RingMask);
        ref var nodes = ref _ring[index];
        if (nodes.Count == 0)
        {
            _ringOccupied[index >> 6] |= 1UL << index;
            _ringMinutesInUse++;
        }

        return ref nodes;
    }

    private ref MinuteNodes FarSlot(long minute)
    {
        ref var nodes = ref CollectionsMarshal.GetValueRefOrAddDefault(_far, minute, out var exists);
        if (!exists)
        {
            _farMinutes.Enqueue(minute, minute);
        }

        return ref nodes;
    }

    /// <summary>The earliest minute of the ring holding events: the first bit set in the bitmap, from the horizon round.</summary>
    private bool TryFindRingMinute(out long minute)
    {
        minute = 0;
        if (_ringMinutesInUse == 0)
        {
            return false;
        }

        // The ring holds only minutes from the horizon to RingMinutes past it, so the first set bit at or after the
        // horizon's index, wrapping round, is the earliest. The start word is read again last, for its lower bits.
        var start = (int)(_horizon & RingMask);
        var word = start >> 6;
        var bits = _ringOccupied[word] & (ulong.MaxValue << start);
        for (var i = 0; i <= _ringOccupied.Length; i++)
        {
            if (bits != 0)
            {
                var index = (word << 6) | BitOperations.TrailingZeroCount(bits);
                minute = _horizon + ((index - start) & RingMask);
                return true;
            }

            word = (word + 1) % _ringOccupied.Length;
            bits = _ringOccupied[word];
        }

        throw new InvalidOperationException("The ring counts minutes in use but its bitmap marks none.");
    }

    /// <summary>Sorts the earliest minute into the run, once run and heap are used up, and moves the horizon past it.</summary>
    /// <remarks>
    /// A minute can hold nodes both far (scheduled while it lay beyond the ring) and in the ring (scheduled since); the
    /// far ones were all scheduled first, so far then ring is the order of scheduling that the sort keys rely on.
    /// </remarks>
    private void Refill()
    {
        var inRing = TryFindRingMinute(out var ringMinute);
        var inFar = _farMinutes.TryPeek(out var farMinute, out _);
        if (!inRing && !inFar)
        {
            return;
        }

        var minute = inRing && (!inFar || ringMinute <= farMinute) ? ringMinute : farMinute;
        TakenMinute? fromFar = inFar && farMinute == minute ? TakeFar(minute) : null;
        TakenMinute? fromRing = inRing && ringMinute == minute ? TakeRing(minute) : null;

        // Every payload of the run has been taken, and cleared as it was.
        _arrays.Return(_run, _runEvents, count: 0);
        (_run, _runEvents, _runCount) = Concatenate(fromFar, fromRing);
        if (_runCount > QueueNode.MaxPerMinute)
        {
            throw TooManyInOneMinute();
        }

        _runHead = 0;
        _horizon = minute + 1;
        _run = _sorter.Sort(_run, _runCount, minute, _arrays.Nodes);
    }

    private ScheduledEvent TakeFromRun(int slot)
    {
        ref var payload = ref _runEvents[slot];
        var scheduled = payload;
        payload = default;
        return scheduled;
    }

    private TakenMinute TakeRing(long minute)
    {
        var index = (int)(minute & RingMask);
        _ringOccupied[index >> 6] &= ~(1UL << index);
        _ringMinutesInUse--;
        return _ring[index].Take();
    }

    private TakenMinute TakeFar(long minute)
    {
        _farMinutes.Dequeue();
        _far.Remove(minute, out var nodes);
        return nodes.Take();
    }

    /// <summary>One minute's events as a single run: those scheduled while it was far, then those scheduled since.</summary>
    /// <remarks>The second part's slots move up by the first part's count, to where their payloads now are.</remarks>
    private TakenMinute Concatenate(TakenMinute? far, TakenMinute? ring)
    {
        if (far is not { } first || ring is not { } second)
        {
            return far ?? ring!.Value;
        }

        var count = first.Count + second.Count;
        var length = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(count, MinuteNodes.SmallestArray));
        var nodes = _arrays.Nodes.Rent(length);
        var events = _arrays.Events.Rent(length);
        first.Nodes.AsSpan(0, first.Count).CopyTo(nodes);
        first.Events.AsSpan(0, first.Count).CopyTo(events);
        for (var i = 0; i < second.Count; i++)
        {
            nodes[first.Count + i] = second.Nodes[i].WithSlot(first.Count + i);
        }

        second.Events.AsSpan(0, second.Count).CopyTo(events.AsSpan(first.Count));
        _arrays.Return(first.Nodes, first.Events, first.Count);
        _arrays.Return(second.Nodes, second.Events, second.Count);
        return new TakenMinute(nodes, events, count);
    }

    private static InvalidOperationException TooManyInOneMinute() =>
        new($"More than {QueueNode.MaxPerMinute:N0} events fall in one minute; the queue can't order them.");
}
