namespace Simulator.Core.Journal;

/// <summary>Reads a journal's events as values (see <see cref="JournalEntry"/>).</summary>
public delegate void JournalEntryHandler(in JournalEntry entry);

/// <summary>Where the simulation publishes its domain events, in order.</summary>
/// <remarks>
/// A subscriber reads events as objects or as values, and each is handed them in the order it subscribed: an event
/// made as one is turned into the other once, and only when someone reads it so.
/// </remarks>
public sealed class EventJournal
{
    private readonly List<Subscriber> _subscribers = [];
    private int _readersOfObjects;

    /// <summary>True when someone listens; lets a hot path skip building events nobody reads.</summary>
    public bool HasSubscribers => _subscribers.Count > 0;

    public void Subscribe(Action<DomainEvent> subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        _subscribers.Add(new Subscriber(subscriber, null));
        _readersOfObjects++;
    }

    public void Subscribe(JournalEntryHandler subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        _subscribers.Add(new Subscriber(null, subscriber));
    }

    public void Unsubscribe(Action<DomainEvent> subscriber)
    {
        var at = _subscribers.FindIndex(s => s.Objects == subscriber);
        if (at >= 0)
        {
            _subscribers.RemoveAt(at);
            _readersOfObjects--;
        }
    }

    public void Unsubscribe(JournalEntryHandler subscriber)
    {
        var at = _subscribers.FindIndex(s => s.Values == subscriber);
        if (at >= 0)
        {
            _subscribers.RemoveAt(at);
        }
    }

    internal void Publish(DomainEvent domainEvent)
    {
        JournalEntry? entry = null;
        foreach (var subscriber in _subscribers)
        {
            if (subscriber.Objects is { } objects)
            {
                objects(domainEvent);
            }
            else
            {
                entry ??= JournalEntry.Of(domainEvent);
                subscriber.Values!(entry.Value);
            }
        }
    }

    internal void Publish(in JournalEntry entry)
    {
        var domainEvent = _readersOfObjects > 0 ? entry.ToEvent() : null;
        foreach (var subscriber in _subscribers)
        {
            if (subscriber.Values is { } values)
            {
                values(in entry);
            }
            else
            {
                subscriber.Objects!(domainEvent!);
            }
        }
    }

    private readonly record struct Subscriber(Action<DomainEvent>? Objects, JournalEntryHandler? Values);
}
