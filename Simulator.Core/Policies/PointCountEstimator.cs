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
        var runsPerDay = schedule.Frequency == ScheduleFrequency.Hourly ? 1 : schedule.RunTimes.Distinct().Count();
        double pointDays = 0;
        var days = 0;
        for (var date = SampleStart; date < SampleEnd; date = date.PlusDays(1), days++)
        {
            if (schedule.Frequency == ScheduleFrequency.Weekly && !schedule.Days.Contains(date.DayOfWeek))
            {
                continue;
            }

            pointDays += runsPerDay * KeptDays(rules, date);
        }

        // A hair below a whole number is floating-point noise, not a point more.
        return (long)Math.Ceiling((pointDays / days) - 1e-6);
    }

    private static double KeptDays(RetentionPolicy rules, LocalDate date)
    {
        double kept = 0;
        if (rules.Daily is { } daily)
        {
            kept = daily.Days;
        }

        if (rules.Weekly is { } weekly && weekly.Days.Contains(date.DayOfWeek))
        {
            kept = Math.Max(kept, weekly.Weeks * 7);
        }

        if (rules.Monthly is { } monthly && monthly.On.Matches(date))
        {
            kept = Math.Max(kept, monthly.Months * DaysPerMonth);
        }

        if (rules.Yearly is { } yearly && yearly.MonthsOfYear.Contains(date.Month) && yearly.On.Matches(date))
        {
            kept = Math.Max(kept, yearly.Years * DaysPerYear);
        }

        return kept;
    }
}
