namespace Simulator.Core.Engine;

/// <summary>One entry of the event queue.</summary>
/// <remarks>
/// A struct with a kind and a subject rather than a closure, so that scheduling an event allocates nothing.
/// <paramref name="Version"/> lets a handler recognise an event that was overtaken (a cancelled job, a changed
/// schedule, a prolonged expiry) and drop it, instead of searching the queue to remove it.
/// </remarks>
public readonly record struct ScheduledEvent(IEventHandler Handler, int Kind, object? Subject, long Version);
