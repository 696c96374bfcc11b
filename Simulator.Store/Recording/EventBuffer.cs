using Simulator.Core.Journal;

namespace Simulator.Store.Recording;

/// <summary>Journal events handed to the writer as one piece: the engine pays one queue operation per buffer, not per event.</summary>
internal sealed record EventBuffer(DomainEvent[] Events, int Count)
{
    /// <summary>How many events a buffer holds when the recorder hands it over full.</summary>
    /// <remarks>Small, so few events are still waiting in buffers when the collector runs (each would be promoted); the writer commits many buffers at once.</remarks>
    public const int Size = 1_024;
}
