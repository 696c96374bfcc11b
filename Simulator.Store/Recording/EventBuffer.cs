using NodaTime;
using Simulator.Core.Journal;

namespace Simulator.Store.Recording;

/// <summary>Journal events handed to the writer as one piece: the engine pays one queue operation per buffer, not per event.</summary>
internal sealed record EventBuffer(DomainEvent[] Events, int Count)
{
    /// <summary>How many events a buffer holds when the recorder hands it over full.</summary>
    /// <remarks>Small, so few events are still waiting in buffers when the collector runs (each would be promoted); the writer commits many buffers at once.</remarks>
    public const int Size = 1_024;

    /// <summary>The most virtual time a buffer spans before it is handed over, full or not.</summary>
    /// <remarks>
    /// A small lab publishes a few events an hour, and a buffer waiting for 1,024 of them would keep days of its
    /// journal out of the file; a big fleet fills a buffer in minutes. Virtual time, so the recording stays
    /// deterministic and never reads the machine's clock.
    /// </remarks>
    public static readonly Duration LongestSpan = Duration.FromHours(1);
}
