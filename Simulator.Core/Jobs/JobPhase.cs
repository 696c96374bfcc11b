using NodaTime;

namespace Simulator.Core.Jobs;

/// <summary>One phase of a backup job: its state and when it started and ended.</summary>
/// <remarks>A value held inside its job: a year of a large estate runs millions of jobs, and two phase objects each were a third of what the engine allocated.</remarks>
public readonly record struct JobPhase(JobPhaseKind Kind, PhaseStatus Status, Instant? Started, Instant? Ended)
{
    /// <summary>A phase that has not started.</summary>
    public JobPhase(JobPhaseKind kind)
        : this(kind, PhaseStatus.NotStarted, null, null)
    {
    }

    /// <summary>The portal's name of the snapshot phase, as the journal writes it.</summary>
    public const string SnapshotName = "Take Snapshot";

    /// <summary>The portal's name of the transfer phase, as the journal writes it.</summary>
    public const string TransferName = "Transfer data to vault";

    /// <summary>The display name the portal uses for this phase.</summary>
    public string DisplayName => Kind switch
    {
        JobPhaseKind.Snapshot => SnapshotName,
        _ => TransferName,
    };

    /// <summary>The phase after moving to <paramref name="next"/> at <paramref name="at"/>.</summary>
    /// <exception cref="InvalidOperationException">The move is not allowed from the phase's current state.</exception>
    internal JobPhase MoveTo(PhaseStatus next, Instant at)
    {
        var allowed = (Status, next) switch
        {
            (PhaseStatus.NotStarted, PhaseStatus.InProgress or PhaseStatus.Skipped or PhaseStatus.Failed or PhaseStatus.Cancelled) => true,
            (PhaseStatus.InProgress, PhaseStatus.Completed or PhaseStatus.Failed or PhaseStatus.Cancelled) => true,
            _ => false,
        };
        if (!allowed)
        {
            throw new InvalidOperationException($"The {DisplayName} phase cannot move from {Status} to {next}.");
        }

        return next == PhaseStatus.InProgress
            ? this with { Status = next, Started = at }
            : this with { Status = next, Started = Started ?? at, Ended = at };
    }
}
