namespace Simulator.Core.Journal;

/// <summary>Where the simulation publishes its domain events, in order.</summary>
public sealed class EventJournal
{
    private readonly List<Action<DomainEvent>> _subscribers = [];

    /// <summary>True when someone listens; lets a hot path skip building events nobody reads.</summary>
    public bool HasSubscribers => _subscribers.Count > 0;

    public void Subscribe(Action<DomainEvent> subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        _subscribers.Add(subscriber);
    }

    public void Unsubscribe(Action<DomainEvent> subscriber) => _subscribers.Remove(subscriber);

    internal void Publish(DomainEvent domainEvent)
    {
        foreach (var subscriber in _subscribers)
        {
            subscriber(domainEvent);
        }
    }
}
