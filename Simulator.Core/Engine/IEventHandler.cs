namespace Simulator.Core.Engine;

/// <summary>Receives the events it scheduled when the engine reaches them.</summary>
public interface IEventHandler
{
    void Handle(in ScheduledEvent scheduled);
}
