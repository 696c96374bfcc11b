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

    private void Record(DomainEvent domainEvent)
    {
        Total++;
        _events.Add(domainEvent);
    }

    /// <summary>The newest events up to a capacity, the oldest overwritten by the next once it is reached.</summary>
    private sealed class Ring(int capacity) : IReadOnlyList<DomainEvent>
    {
        private readonly List<DomainEvent> _slots = [];

        /// <summary>The slot of the oldest event once the ring is full; 0 until then.</summary>
        private int _oldest;

        public int Count => _slots.Count;

        public DomainEvent this[int index] =>
            (uint)index < (uint)_slots.Count ? _slots[(_oldest + index) % _slots.Count] : throw new ArgumentOutOfRangeException(nameof(index));

        public void Add(DomainEvent domainEvent)
        {
            if (_slots.Count < capacity)
            {
                _slots.Add(domainEvent);
                return;
            }

            _slots[_oldest] = domainEvent;
            _oldest = (_oldest + 1) % _slots.Count;
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
