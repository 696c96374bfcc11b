using NodaTime;

namespace Simulator.Core.Policies;

/// <summary>Tags and vault expiries of scheduled points (decision D2).</summary>
/// <remarks>
/// A point is matched on its scheduled local date against every rule; its tag is the highest-order rule that
/// matches, and its expiry the latest of the matching rules' expiries. Days and weeks are exact elapsed time (30 days
/// is 720 hours, whatever daylight saving does meanwhile); months and years are calendar months and years counted on
/// the point's UTC date and time, so an expiry never moves by a zone's offset change either.
/// </remarks>
public static class RetentionCalculator
{
    /// <summary>The decision for the point of a scheduled run, taken at <paramref name="pointTime"/>.</summary>
    /// <returns>Null when no rule keeps the point.</returns>
    /// <remarks>
    /// A run that daylight saving moved is also the run of every other time of its day that the same gap moved onto the
    /// same instant (FollowWallClock, decision D1): a MARS policy run at 02:00 and 02:30 runs once at 03:00 on the day
    /// the clocks skip 02:00 to 03:00, and that point is what a rule at either time keeps ("at the time specified for
    /// the daily retention, the latest recovery point will be retained", seed 004).
    /// </remarks>
    public static RetentionDecision? Decide(BackupPolicy policy, ScheduledRun run, Instant pointTime) =>
        Decide(policy, run.RetentionDate, pointTime, run.Configured.TimeOfDay, run.IsShifted ? run : null);

    /// <summary>The decision for a scheduled point taken at <paramref name="pointTime"/> for the run's local date.</summary>
    /// <param name="runTime">The run's configured time of day, matched against a rule's <c>Times</c> (a MARS rule's
    /// <c>retentionTimes</c>); null matches every rule, as a rule without times does.</param>
    /// <returns>Null when no rule keeps the point.</returns>
    public static RetentionDecision? Decide(BackupPolicy policy, LocalDate scheduledDate, Instant pointTime, LocalTime? runTime = null) =>
        Decide(policy, scheduledDate, pointTime, runTime, shiftedRun: null);

    private static RetentionDecision? Decide(BackupPolicy policy, LocalDate scheduledDate, Instant pointTime, LocalTime? runTime, ScheduledRun? shiftedRun)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var rules = policy.Retention;
        RetentionTag? tag = null;
        var expiry = Instant.MinValue;
        var matched = RetentionRules.None;

        void Match(RetentionTag candidate)
        {
            tag = candidate;
            matched |= RuleOf(candidate);
            var candidateExpiry = Expiry(policy, candidate, pointTime)!.Value;
            expiry = candidateExpiry > expiry ? candidateExpiry : expiry;
        }

        // Seed 004: "at the time specified for the daily retention, the latest recovery point will be retained".
        bool At(IReadOnlyList<LocalTime>? times) =>
            NamesRun(times, runTime) || (shiftedRun is { } run && PolicySchedule.AnyMergedInto(policy, run, times!));

        if (rules.Daily is { } daily && At(daily.Times))
        {
            Match(RetentionTag.Daily);
        }

        if (rules.Weekly is { } weekly && At(weekly.Times) && weekly.Days.Contains(scheduledDate.DayOfWeek))
        {
            Match(RetentionTag.Weekly);
        }

        if (rules.Monthly is { } monthly && At(monthly.Times) && monthly.On.Matches(scheduledDate))
        {
            Match(RetentionTag.Monthly);
        }

        if (rules.Yearly is { } yearly && At(yearly.Times) && yearly.MonthsOfYear.Contains(scheduledDate.Month) && yearly.On.Matches(scheduledDate))
        {
            Match(RetentionTag.Yearly);
        }

        return tag is { } found ? new RetentionDecision(found, expiry, matched) : null;
    }

    /// <summary>Whether a rule's run times (a MARS rule's <c>retentionTimes</c>; null for every run) keep the point of the run at <paramref name="runTime"/> (null: any run).</summary>
    internal static bool NamesRun(IReadOnlyList<LocalTime>? times, LocalTime? runTime) =>
        times is null || runTime is not { } time || times.Contains(time);

    /// <summary>The expiry a point with this tag gets under a (possibly changed) policy, or null if no rule keeps it.</summary>
    public static Instant? ExpiryForTag(BackupPolicy policy, RetentionTag tag, Instant pointTime)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Expiry(policy, tag, pointTime);
    }

    /// <summary>The expiry a tagged point gets under a (possibly changed) policy, or null if no rule keeps its tag.</summary>
    /// <remarks>
    /// While the policy still has the rule of the point's tag, the point is kept as long as the longest of the rules
    /// it matched when taken (decision D2), so a Sunday point that was also the day's daily backup is kept at least
    /// as long as the daily points around it, however the daily rule changes.
    /// </remarks>
    public static Instant? ExpiryForTag(BackupPolicy policy, RetentionTag tag, RetentionRules matched, Instant pointTime)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (Expiry(policy, tag, pointTime) is not { } expiry)
        {
            return null;
        }

        return LongestOfMatched(policy, matched, pointTime) is { } longer && longer > expiry ? longer : expiry;
    }

    /// <summary>The latest expiry the policy's rules give a point that matched <paramref name="matched"/> when taken, or null if none of them is left.</summary>
    /// <remarks>A point whose tag's rule was removed is still one of the days the other rules it matched keep (decision D2).</remarks>
    public static Instant? LongestOfMatched(BackupPolicy policy, RetentionRules matched, Instant pointTime)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Instant? longest = null;
        for (var candidate = RetentionTag.Daily; candidate <= RetentionTag.Yearly; candidate++)
        {
            if ((matched & RuleOf(candidate)) != 0 && Expiry(policy, candidate, pointTime) is { } expiry && (longest is null || expiry > longest))
            {
                longest = expiry;
            }
        }

        return longest;
    }

    /// <summary>The latest a point taken at <paramref name="pointTime"/> can be kept: a yearly rule's most years (<see cref="PolicyLimits.MaxYearlyYears"/>) after it.</summary>
    /// <remarks>
    /// The other rules' most (<see cref="PolicyLimits.MaxDailyDays"/> days, <see cref="PolicyLimits.MaxWeeklyWeeks"/>
    /// weeks, <see cref="PolicyLimits.MaxMonthlyMonths"/> months) fall within it, and so does a Backup now's
    /// retain-until, at most 99 calendar years after it is asked, which is no later than its point is taken.
    /// </remarks>
    public static Instant LatestExpiry(Instant pointTime) => CalendarAfter(pointTime, Period.FromYears(PolicyLimits.MaxYearlyYears));

    /// <summary>The flag of the rule that gives a tag; none for untagged and on-demand points.</summary>
    public static RetentionRules RuleOf(RetentionTag tag) => tag switch
    {
        RetentionTag.Daily => RetentionRules.Daily,
        RetentionTag.Weekly => RetentionRules.Weekly,
        RetentionTag.Monthly => RetentionRules.Monthly,
        RetentionTag.Yearly => RetentionRules.Yearly,
        _ => RetentionRules.None,
    };

    private static Instant? Expiry(BackupPolicy policy, RetentionTag tag, Instant pointTime)
    {
        var rules = policy.Retention;
        return tag switch
        {
            RetentionTag.Daily when rules.Daily is { } d => pointTime + Duration.FromDays(d.Days),
            RetentionTag.Weekly when rules.Weekly is { } w => pointTime + Duration.FromDays(7 * w.Weeks),
            RetentionTag.Monthly when rules.Monthly is { } m => CalendarAfter(pointTime, Period.FromMonths(m.Months)),
            RetentionTag.Yearly when rules.Yearly is { } y => CalendarAfter(pointTime, Period.FromYears(y.Years)),
            _ => null,
        };
    }

    private static Instant CalendarAfter(Instant pointTime, Period period) => (pointTime.InUtc().LocalDateTime + period).InUtc().ToInstant();
}
