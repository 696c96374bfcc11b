using NodaTime;

namespace Simulator.Core.Policies;

/// <summary>One run a schedule produces.</summary>
/// <param name="At">When the run is due (a job then starts within the start delay, decision D6).</param>
/// <param name="Configured">The local time the policy names for this run.</param>
/// <param name="Local">The local wall time in the policy's zone at which it actually falls.</param>
/// <param name="TransfersToVault">False for the hourly runs of an Enhanced policy that stay snapshot-only (D10).</param>
/// <param name="RetentionDate">The local date a retention rule is matched against (decision D2): the day the schedule ran for.</param>
/// <remarks>
/// The schedule's own date, not the wall-clock date the run lands on: a Sunday 23:00 run that daylight saving pushes
/// past midnight is still Sunday's backup, and keeps Sunday's weekly retention. An hourly run's day is its window
/// (D10): the 04:00 run closing a window opened at 08:00 the day before is that day's vault copy, and is kept as it.
/// </remarks>
public readonly record struct ScheduledRun(Instant At, LocalDateTime Configured, LocalDateTime Local, bool TransfersToVault, LocalDate RetentionDate)
{
    /// <summary>True when daylight saving moved the run away from its configured wall time.</summary>
    public bool IsShifted => Configured != Local;
}
