using NodaTime;

namespace Simulator.Core.Policies;

/// <summary>Estimates how many recovery points a policy keeps alive at once, for the 9999-points-per-item limit.</summary>
/// <remarks>
/// In steady state the number of live points is the average, over the days of a long sample, of the points made each
/// day times how long each is kept (by its longest matching rule, decision D2). The sample is the 28 years 2001 to
/// 2028, after which weekdays fall on the same dates again, so every weekday and week-of-month pattern is weighted
/// exactly. Months and years count as their mean Gregorian lengths. Only points that reach the vault count: the
/// hourly snapshots of an Enhanced policy are few and short-lived.
/// </remarks>
internal static class PointCountEstimator
{
    private const double DaysPerMonth = 365.2425 / 12;
    private const double DaysPerYear = 365.2425;
    private static readonly LocalDate SampleStart = new(2001, 1, 1);
    private static readonly LocalDate SampleEnd = new(2029, 1, 1);

    public static long AlivePoints(BackupPolicy policy)
    {
        var schedule = policy.Schedule;
        var rules = policy.Retention;
        // An hourly policy sends one point a day to the vault; its rules name no run times.
        LocalTime?[] runTimes = schedule.Frequency == ScheduleFrequency.Hourly ? [null] : [.. schedule.RunTimes.Distinct().Select(t => (LocalTime?)t)];
        double pointDays = 0;
        var days = 0;
        for (var date = SampleStart; date < SampleEnd; date = date.PlusDays(1), days++)
        {
            if (schedule.Frequency == ScheduleFrequency.Weekly && !schedule.Days.Contains(date.DayOfWeek))
            {
                continue;
            }

            foreach (var time in runTimes)
            {
                pointDays += KeptDays(rules, date, time);
            }
        }

        // A hair below a whole number is floating-point noise, not a point more.
        return (long)Math.Ceiling((pointDays / days) - 1e-6);
    }

    /// <summary>How long the point of the run at <paramref name="time"/> on <paramref name="date"/> is kept, as <see cref="RetentionCalculator"/> matches it.</summary>
    /// <remarks>
    /// A rule that names run times (a MARS rule's <c>retentionTimes</c>) keeps only their points; a run no rule keeps
    /// makes a point that goes once a newer one is taken, and counts for nothing here. Counting every run against every
    /// rule made a MARS policy that keeps one of three runs a day about three times its points, and refused it.
    /// </remarks>
    private static double KeptDays(RetentionPolicy rules, LocalDate date, LocalTime? time)
    {
        bool At(IReadOnlyList<LocalTime>? times) => RetentionCalculator.NamesRun(times, time);

        double kept = 0;
        if (rules.Daily is { } daily && At(daily.Times))
        {
            kept = daily.Days;
        }

        if (rules.Weekly is { } weekly && At(weekly.Times) && weekly.Days.Contains(date.DayOfWeek))
        {
            kept = Math.Max(kept, weekly.Weeks * 7);
        }

        if (rules.Monthly is { } monthly && At(monthly.Times) && monthly.On.Matches(date))
        {
            kept = Math.Max(kept, monthly.Months * DaysPerMonth);
        }

        if (rules.Yearly is { } yearly && At(yearly.Times) && yearly.MonthsOfYear.Contains(date.Month) && yearly.On.Matches(date))
        {
            kept = Math.Max(kept, yearly.Years * DaysPerYear);
        }

        return kept;
    }
}
