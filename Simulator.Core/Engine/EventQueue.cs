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
/// indexed by the minute itself, with a bitmap of those that hold events, so an append reads one slot and writes one
/// line of its minute's array. Later minutes wait in a dictionary, merged at their turn. Against a dictionary of every
/// minute holding chains of 3 KiB chunks, the queue's benchmark went from 143 to 66 ns per event and a VM-day got a
/// fifth cheaper at 1,000 and 10,000 VMs; at 100,000 the appends still miss, on the slot and on the array's end.
/// </para>
/// <para>
/// Runs, heap and lists hold <see cref="QueueNode"/>s, which carry no references; an event's handler and subject
/// wait in a slot of <c>_payloads</c>, written once when it is scheduled and cleared when it is taken. Moving nodes
/// therefore costs no write barriers, and the garbage collector has one array of payloads to scan instead of every list.
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
    private readonly NodeArrayPool _arrays = new();
    private readonly MinuteSorter _sorter = new();
    private QueueNode[] _run = [];
    private int _runHead;
    private int _runCount;
    private readonly EventPayloads _payloads = new();

    // The first minute not yet moved into the run; long.MinValue until the first refill, when every minute is far.
    private long _horizon = long.MinValue;

    public int Count { get; private set; }

    public void Enqueue(in ScheduledEvent scheduled, in EventKey key)
    {
        var node = new QueueNode(key, _payloads.Add(scheduled));
        Count++;
        var minute = node.Minute;
        if (minute < _horizon)
        {
            _near.Push(node);
            return;
        }

        ref var nodes = ref _horizon != long.MinValue && minute - _horizon < RingMinutes ? ref RingSlot(minute) : ref FarSlot(minute);
        if (nodes.Count == QueueNode.MaxPerMinute)
        {
            throw TooManyInOneMinute();
        }

        nodes.Add(node, _arrays);
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
        scheduled = _payloads.Take(node.Slot);
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
            _payloads.Prefetch(_run[_runHead + slotDistance].Slot);
        }

        if (_runHead + subjectDistance < _runCount)
        {
            Prefetch.Object(_payloads[_run[_runHead + subjectDistance].Slot].Subject, subjectLines);
        }

        for (var depth = 1; depth <= 2; depth++)
        {
            var index = _runHead + subjectDistance - (depth * handlerStep);
            if (index < _runCount)
            {
                ref readonly var ahead = ref _payloads[_run[index].Slot];
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
        var fromFar = inFar && farMinute == minute ? TakeFar(minute) : default;
        var fromRing = inRing && ringMinute == minute ? TakeRing(minute) : default;
        _arrays.Return(_run);
        _run = Concatenate(fromFar, fromRing, out _runCount);
        if (_runCount > QueueNode.MaxPerMinute)
        {
            throw TooManyInOneMinute();
        }

        _runHead = 0;
        _horizon = minute + 1;
        _run = _sorter.Sort(_run, _runCount, minute, _arrays);
    }

    private (QueueNode[] Nodes, int Count) TakeRing(long minute)
    {
        var index = (int)(minute & RingMask);
        ref var nodes = ref _ring[index];
        var count = nodes.Count;
        _ringOccupied[index >> 6] &= ~(1UL << index);
        _ringMinutesInUse--;
        return (nodes.Take(), count);
    }

    private (QueueNode[] Nodes, int Count) TakeFar(long minute)
    {
        _farMinutes.Dequeue();
        _far.Remove(minute, out var nodes);
        var count = nodes.Count;
        return (nodes.Take(), count);
    }

    private QueueNode[] Concatenate((QueueNode[] Nodes, int Count) first, (QueueNode[] Nodes, int Count) second, out int count)
    {
        count = first.Count + second.Count;
        if (first.Nodes is null || second.Nodes is null)
        {
            return first.Nodes ?? second.Nodes!;
        }

        var both = _arrays.Rent((int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(count, NodeArrayPool.SmallestArray)));
        first.Nodes.AsSpan(0, first.Count).CopyTo(both);
        second.Nodes.AsSpan(0, second.Count).CopyTo(both.AsSpan(first.Count));
        _arrays.Return(first.Nodes);
        _arrays.Return(second.Nodes);
        return both;
    }

    private static InvalidOperationException TooManyInOneMinute() =>
        new($"More than {QueueNode.MaxPerMinute:N0} events fall in one minute; the queue can't order them.");
}
