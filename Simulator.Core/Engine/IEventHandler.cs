namespace Simulator.Core.Engine;

/// <summary>Receives the events it scheduled when the engine reaches them.</summary>
public interface IEventHandler
{
    void Handle(in ScheduledEvent scheduled);

    /// <summary>Called for an event a few places before it is handled, to start loading what handling it will read.</summary>
    /// <remarks>
    /// The engine has already asked for the event's subject; <paramref name="depth"/> 1 asks for what the subject
    /// points to, and depth 2, two events later, for what that points to in turn. It must change nothing: it may be
    /// called or not, and the event may be overtaken before it is handled.
    /// </remarks>
    void Prefetch(in ScheduledEvent scheduled, int depth)
    {
    }
}
