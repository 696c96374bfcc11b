namespace Simulator.Core.Journal;

/// <summary>Keeps the events of a journal in memory, optionally only the most recent ones.</summary>
public sealed class JournalRecorder
{
    private readonly Queue<DomainEvent> _events = new();
    private readonly int _capacity;

    /// <param name="journal">The journal to record.</param>
    /// <param name="capacity">How many events to keep; the oldest leave first. Unbounded when null.</param>
    /// <param name="earlier">Events the journal published before it was recorded, oldest first, kept (and counted) as if recorded.</param>
    public JournalRecorder(EventJournal journal, int? capacity = null, IEnumerable<DomainEvent>? earlier = null)
    {
        ArgumentNullException.ThrowIfNull(journal);
        _capacity = capacity ?? int.MaxValue;
        foreach (var e in earlier ?? [])
        {
            Record(e);
        }

        journal.Subscribe(Record);
    }

    public IReadOnlyCollection<DomainEvent> Events => _events;

    /// <summary>How many events were published in all, including those no longer kept.</summary>
    public long Total { get; private set; }

    private void Record(DomainEvent domainEvent)
    {
        Total++;
        _events.Enqueue(domainEvent);
        if (_events.Count > _capacity)
        {
            _events.Dequeue();
        }
    }
}
