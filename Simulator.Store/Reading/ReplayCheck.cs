using System.Globalization;
using NodaTime;
using Simulator.Core.Journal;

namespace Simulator.Store.Reading;

/// <summary>Holds a reopened run's replay against the events its file holds, which the replay must give again, in order.</summary>
/// <remarks>
/// A run is rebuilt from its scenario, seed and actions. A run begun before schema 7 reads the policy files its scenario
/// imports again from beside it, and one changed since gives another history; so does a file edited by hand, or a
/// vaultsim that simulates otherwise. The dashboard would show it over the file's, and a lab would go on recording from
/// it. Two checks tell nearly every such replay at the cost of a count: the file's last event at its place, and as many
/// events by the time the file reached.
/// </remarks>
public sealed class ReplayCheck
{
    private readonly long _recorded;
    private readonly DomainEvent? _last;
    private long _replayed;

    /// <param name="run">The run being replayed, with the events its file holds.</param>
    public ReplayCheck(ReopenedRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        _recorded = run.Events;
        _last = run.LastEvent;
    }

    /// <summary>Counts an event of the replay; subscribe it to the session's journal.</summary>
    /// <exception cref="ReplayDiffersException">The event stands where the file's last one does, and is another.</exception>
    public void Observe(DomainEvent replayed)
    {
        ArgumentNullException.ThrowIfNull(replayed);
        if (++_replayed == _recorded && _last is not null && !IsSame(replayed, _last))
        {
            throw new ReplayDiffersException(string.Create(
                CultureInfo.InvariantCulture,
                $"its event {_recorded:N0} is '{Line(_last)}', where the replay gives '{Line(replayed)}'"));
        }
    }

    /// <summary>Refuses a replay that reached the time the file was left at with fewer events than the file holds.</summary>
    /// <exception cref="ReplayDiffersException">It gave fewer.</exception>
    public void CaughtUp(Instant reached)
    {
        if (_replayed < _recorded)
        {
            throw new ReplayDiffersException(string.Create(
                CultureInfo.InvariantCulture,
                $"it holds {_recorded:N0} events up to {JournalFormatter.FormatTime(reached)}, where the replay gives {_replayed:N0}"));
        }
    }

    /// <summary>By the columns every event has: an event of a kind the file keeps as text comes back as those alone.</summary>
    private static bool IsSame(DomainEvent replayed, DomainEvent recorded) =>
        replayed.At == recorded.At && replayed.Vault == recorded.Vault && replayed.Item == recorded.Item && replayed.JobId == recorded.JobId
        && replayed.What == recorded.What && replayed.State == recorded.State;

    private static string Line(DomainEvent e) => $"{JournalFormatter.FormatTime(e.At)} {JournalFormatter.ItemText(e.Vault, e.Item)} {e.What} {e.State}";
}

/// <summary>A reopened run's replay that does not give the events its file holds; the message says where it went another way.</summary>
public sealed class ReplayDiffersException(string difference) : Exception(difference);
