using NodaTime;

namespace Simulator.Core.Journal;

/// <summary>A state change of the simulated world, stamped with its virtual time.</summary>
/// <remarks>
/// The journal of these events is what every face of the product reads: the dashboard's log, the replay's
/// timeline, the run store. Events carry names and values, never live objects, so a recorded event never changes.
/// </remarks>
public abstract record DomainEvent(Instant At)
{
    /// <summary>The vault the event concerns, if any.</summary>
    public virtual string? Vault => null;

    /// <summary>The protected item or data source the event concerns, if any.</summary>
    public virtual string? Item => null;

    /// <summary>The job the event concerns, if any.</summary>
    public virtual string? JobId => null;

    /// <summary>What happened, in a word or two (a phase, a kind of change).</summary>
    public abstract string What { get; }

    /// <summary>The state reached, or the value set.</summary>
    public abstract string State { get; }

    /// <summary>The <see cref="State"/> with the times it names written by <paramref name="time"/>.</summary>
    /// <remarks>
    /// The journal writes a time in a state as ISO 8601 in UTC, as it writes every time; a screen writes it as its
    /// other times are written, so that a soft delete's purge reads whole in a narrow column.
    /// </remarks>
    /// <param name="time">How to write a time.</param>
    public virtual string StateWith(Func<Instant, string> time) => State;
}
