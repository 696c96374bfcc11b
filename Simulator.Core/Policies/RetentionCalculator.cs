using NodaTime;

namespace Simulator.Core.Policies;

/// <summary>Tags and vault expiries of scheduled points (decision D2).</summary>
/// <remarks>
/// A point is matched on its scheduled local date against every rule; its tag is the highest-order rule that
/// matches, and its expiry the latest of the matching rules' expiries, counted in calendar days, weeks, months or
/// years from the point's time in the policy's zone.
/// </remarks>
public static class RetentionCalculator
{
    /// <summary>The decision for a scheduled point taken at <paramref name="pointTime"/> for the run's local date.</summary>
    /// <returns>Null when no rule keeps the point.</returns>
    public static RetentionDecision? Decide(BackupPolicy policy, LocalDate scheduledDate, Instant pointTime)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var rules = policy.Retention;
        var local = pointTime.InZone(policy.TimeZone).LocalDateTime;
        RetentionTag? tag = null;
        var expiry = Instant.MinValue;

        void Match(RetentionTag candidate, Period keep)
        {
            tag = candidate;
            var candidateExpiry = (local + keep).InZoneLeniently(policy.TimeZone).ToInstant();
            expiry = candidateExpiry > expiry ? candidateExpiry : expiry;
        }

        if (rules.Daily is { } daily)
        {
            Match(RetentionTag.Daily, Period.FromDays(daily.Days));
        }

        if (rules.Weekly is { } weekly && weekly.Days.Contains(scheduledDate.DayOfWeek))
        {
            Match(RetentionTag.Weekly, Period.FromWeeks(weekly.Weeks));
        }

        if (rules.Monthly is { } monthly && monthly.On.Matches(scheduledDate))
        {
            Match(RetentionTag.Monthly, Period.FromMonths(monthly.Months));
        }

        if (rules.Yearly is { } yearly && yearly.MonthsOfYear.Contains(scheduledDate.Month) && yearly.On.Matches(scheduledDate))
        {
            Match(RetentionTag.Yearly, Period.FromYears(yearly.Years));
        }

        return tag is { } found ? new RetentionDecision(found, expiry) : null;
    }

    /// <summary>The expiry a point with this tag gets under a (possibly changed) policy, or null if no rule keeps it.</summary>
    public static Instant? ExpiryForTag(BackupPolicy policy, RetentionTag tag, Instant pointTime)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var rules = policy.Retention;
        Period? keep = tag switch
        {
            RetentionTag.Daily when rules.Daily is { } d => Period.FromDays(d.Days),
            RetentionTag.Weekly when rules.Weekly is { } w => Period.FromWeeks(w.Weeks),
            RetentionTag.Monthly when rules.Monthly is { } m => Period.FromMonths(m.Months),
            RetentionTag.Yearly when rules.Yearly is { } y => Period.FromYears(y.Years),
            _ => null,
        };
        return keep is null ? null : (pointTime.InZone(policy.TimeZone).LocalDateTime + keep).InZoneLeniently(policy.TimeZone).ToInstant();
    }
}
