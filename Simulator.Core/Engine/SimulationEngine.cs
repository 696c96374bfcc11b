using NodaTime;

namespace Simulator.Core.Engine;

/// <summary>A discrete-event engine that owns the virtual clock.</summary>
/// <remarks>
/// Time moves only when the engine processes an event or is told to run until an instant; nothing here reads the
/// machine's clock. Events are ordered by <see cref="EventKey"/>, so the same schedule always plays the same way.
/// </remarks>
public sealed class SimulationEngine
{
    private readonly EventQueue _queue = new();
    private long _sequence;

    public SimulationEngine(Instant start)
    {
        Clock = new SimulationClock(start);
    }

    /// <summary>The virtual clock; its time is <see cref="Now"/>.</summary>
    public SimulationClock Clock { get; }

    public Instant Now => Clock.Now;

    /// <summary>How many events have been processed since the start.</summary>
    public long ProcessedEvents { get; private set; }

    /// <summary>How many events wait in the queue, including overtaken ones not yet reached.</summary>
    public int PendingEvents => _queue.Count;

    /// <summary>The instant of the next event, or null when the queue is empty.</summary>
    public Instant? NextEventAt => _queue.TryPeek(out var key) ? key.At : null;

    /// <exception cref="ArgumentOutOfRangeException">The instant is before <see cref="Now"/>.</exception>
    public void Schedule(Instant at, EventPriority priority, IEventHandler handler, int kind, object? subject = null, long version = 0)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (at < Now)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"Cannot schedule an event at {at}, before the current time {Now}.");
        }

        _queue.Enqueue(new ScheduledEvent(handler, kind, subject, version), new EventKey(at, priority, _sequence++));
    }

    /// <summary>Processes the next event, moving the clock to its instant.</summary>
    /// <returns>False when there was no event to process.</returns>
    public bool Step() => Step(Instant.MaxValue);

    /// <summary>Processes every event due at or before <paramref name="until"/>, then sets the clock to it.</summary>
    public void RunUntil(Instant until)
    {
        while (Step(until))
        {
        }

        if (until > Now)
        {
            Clock.AdvanceTo(until);
        }
    }

    /// <summary>As <see cref="RunUntil(Instant)"/>, but stops once <paramref name="processed"/> events have been processed since the start.</summary>
    /// <remarks>
    /// Puts a replayed action exactly where it was taken in the run, even between two events of one instant (an action
    /// taken while paused, after another one that queued an event at that instant). Events due before
    /// <paramref name="until"/> are processed whatever the count: the run had processed them all when the action was
    /// taken, and a replay that counts them differently (its scenario changed) must not leave one behind the clock.
    /// </remarks>
    public void RunUntil(Instant until, long processed)
    {
        while ((ProcessedEvents < processed || NextEventAt < until) && Step(until))
        {
        }

        if (until > Now)
        {
            Clock.AdvanceTo(until);
        }
    }

    private bool Step(Instant until)
    {
        if (!_queue.TryDequeue(until, out var scheduled, out var key))
        {
            return false;
        }

        Clock.AdvanceTo(key.At);
        ProcessedEvents++;
        scheduled.Handler.Handle(scheduled);
        return true;
    }
}
