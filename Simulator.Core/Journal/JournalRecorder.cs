using System.Collections;

namespace Simulator.Core.Journal;

/// <summary>Keeps the events of a journal in memory, optionally only the most recent ones.</summary>
/// <remarks>
/// The events are kept in a ring, read by their place in it: a screen that shows a few of a thousand kept events
/// reaches them without walking the others.
/// </remarks>
public sealed class JournalRecorder
{
    private readonly Ring _events;

    /// <param name="journal">The journal to record.</param>
    /// <param name="capacity">How many events to keep; the oldest leave first. Unbounded when null.</param>
    /// <param name="earlier">Events the journal published before it was recorded, oldest first, kept (and counted) as if recorded.</param>
    public JournalRecorder(EventJournal journal, int? capacity = null, IEnumerable<DomainEvent>? earlier = null)
    {
        ArgumentNullException.ThrowIfNull(journal);
        if (capacity is { } kept)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(kept, nameof(capacity));
        }

        _events = new Ring(capacity ?? int.MaxValue);
        foreach (var e in earlier ?? [])
        {
            Record(e);
        }

        journal.Subscribe(Record);
    }

    /// <summary>The kept events, oldest first.</summary>
    public IReadOnlyList<DomainEvent> Events => _events;

    /// <summary>How many events were published in all, including those no longer kept.</summary>
    public long Total { get; private set; }

    /// <summary>The number of the first event kept past the capacity (<see cref="HoldFrom"/>); null when the oldest leave as new ones come.</summary>
    public long? HeldFrom { get; private set; }

    private int _mostHeld;

    /// <summary>Keeps the events from number <paramref name="first"/> on (counting from the journal's first, 0) past the
    /// capacity, up to <paramref name="atMost"/> events in all; null lets the oldest leave again, down to the capacity.</summary>
    /// <remarks>
    /// So a screen scrolled up to older events still shows them while new ones arrive. The bound keeps memory bounded
    /// where thousands arrive a second: past it the oldest leave, held or not.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="first"/> is negative, or <paramref name="atMost"/> is not positive.</exception>
    public void HoldFrom(long? first, int atMost)
    {
        if (first is { } number)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(number, nameof(first));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(atMost);
        (HeldFrom, _mostHeld) = (first, atMost);

        // The events before the held one that the hold kept past the capacity leave now, as they would have.
        var oldest = Total - _events.Count;
        var free = first is { } from ? (int)Math.Clamp(from - oldest, 0, _events.Count) : _events.Count;
        _events.DropOldest(Math.Min(free, _events.Count - _events.Capacity));
    }

    private void Record(DomainEvent domainEvent)
    {
        // The oldest kept stays while it is held and the bound allows: the ring grows by one.
        var oldest = Total - _events.Count;
        var keep = HeldFrom is { } from && oldest >= from && _events.Count < _mostHeld;
        Total++;
        _events.Add(domainEvent, grow: keep);
    }

    /// <summary>The newest events up to a capacity, the oldest overwritten by the next once it is reached, unless the ring is told to grow.</summary>
    private sealed class Ring(int capacity) : IReadOnlyList<DomainEvent>
    {
        private readonly List<DomainEvent> _slots = [];

        /// <summary>The slot of the oldest event once the ring is full; 0 until then.</summary>
        private int _oldest;

        public int Capacity => capacity;

        public int Count => _slots.Count;

        public DomainEvent this[int index] =>
            (uint)index < (uint)_slots.Count ? _slots[(_oldest + index) % _slots.Count] : throw new ArgumentOutOfRangeException(nameof(index));

        /// <param name="domainEvent">The newest event.</param>
        /// <param name="grow">True to keep the oldest past the capacity.</param>
        public void Add(DomainEvent domainEvent, bool grow = false)
        {
            if (_slots.Count < capacity || grow)
            {
                // In order from slot 0, so that the newest goes last: a ring that has wrapped is put in order once.
                Unwrap();
                _slots.Add(domainEvent);
                return;
            }

            // Past the capacity (a hold at its bound, or one moved on) the ring keeps its size: the held leave one by
            // one, and the rest go when the hold moves on or is let go (JournalRecorder.HoldFrom).
            _slots[_oldest] = domainEvent;
            _oldest = (_oldest + 1) % _slots.Count;
        }

        /// <summary>Lets the <paramref name="count"/> oldest events go at once.</summary>
        public void DropOldest(int count)
        {
            if (count > 0)
            {
                Unwrap();
                _slots.RemoveRange(0, count);
            }
        }

        private void Unwrap()
        {
            if (_oldest != 0)
            {
                var ordered = this.ToList();
                _slots.Clear();
                _slots.AddRange(ordered);
                _oldest = 0;
            }
        }

        public IEnumerator<DomainEvent> GetEnumerator()
        {
            for (var i = 0; i < _slots.Count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
