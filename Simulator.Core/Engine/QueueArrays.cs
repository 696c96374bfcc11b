namespace Simulator.Core.Engine;

/// <summary>The queue's spare node and payload arrays.</summary>
internal sealed class QueueArrays
{
    public SpareArrays<QueueNode> Nodes { get; } = new();

    public SpareArrays<ScheduledEvent> Events { get; } = new();

    /// <summary>Gives back a minute's arrays, the payloads cleared first so that a spare keeps no job or point alive.</summary>
    public void Return(QueueNode[] nodes, ScheduledEvent[] events, int count)
    {
        Array.Clear(events, 0, count);
        Nodes.Return(nodes);
        Events.Return(events);
    }
}
