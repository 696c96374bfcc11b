using NodaTime;

namespace Simulator.Core.Jobs;

/// <summary>One phase of a backup job: its state and when it started and ended.</summary>
public sealed class JobPhase
{
    internal JobPhase(JobPhaseKind kind)
    {
        Kind = kind;
    }

    public JobPhaseKind Kind { get; }

    public PhaseStatus Status { get; private set; } = PhaseStatus.NotStarted;

    public Instant? Started { get; private set; }

    public Instant? Ended { get; private set; }

    /// <summary>The display name the portal uses for this phase.</summary>
    public string DisplayName => Kind switch
    {
        JobPhaseKind.Snapshot => "Take Snapshot",
        _ => "Transfer data to vault",
    };

    /// <exception cref="InvalidOperationException">The move is not allowed from the phase's current state.</exception>
    internal void MoveTo(PhaseStatus next, Instant at)
    {
        var allowed = (Status, next) switch
        {
            (PhaseStatus.NotStarted, PhaseStatus.InProgress or PhaseStatus.Skipped or PhaseStatus.Failed) => true,
            (PhaseStatus.InProgress, PhaseStatus.Completed or PhaseStatus.Failed or PhaseStatus.Cancelled) => true,
            _ => false,
        };
        if (!allowed)
        {
            throw new InvalidOperationException($"The {DisplayName} phase cannot move from {Status} to {next}.");
        }

        if (next == PhaseStatus.InProgress)
        {
            Started = at;
        }
        else
        {
            Started ??= at;
            Ended = at;
        }

        Status = next;
    }
}
