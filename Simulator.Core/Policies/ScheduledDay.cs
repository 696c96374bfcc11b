using NodaTime;

namespace Simulator.Core.Policies;

/// <summary>The day a scheduled run was for, and when and in which zone it ran: what "one scheduled backup per day" counts against when a schedule changes.</summary>
/// <param name="Date">The run's <see cref="ScheduledRun.RetentionDate"/>: the day its schedule ran for.</param>
/// <param name="At">When the run was due.</param>
/// <param name="Zone">The zone of the policy it ran under, whose day <paramref name="Date"/> is.</param>
internal readonly record struct ScheduledDay(LocalDate Date, Instant At, DateTimeZone Zone)
{
    /// <summary>The day as a schedule in <paramref name="zone"/> counts it: its own date in its own zone, else the date it fell on there.</summary>
    /// <remarks>Dates of two zones don't compare: a run for Los Angeles's 2 January, at 06:00 UTC on the 3rd, fell on Tokyo's 3rd.</remarks>
    public LocalDate In(DateTimeZone zone) => zone.Equals(Zone) ? Date : At.InZone(zone).Date;
}
