using NodaTime;

namespace Simulator.Core.Policies.AzureJson;

internal static partial class AzurePolicyReader
{
    private static readonly IReadOnlyDictionary<string, bool> FormatTypes = new Dictionary<string, bool>
    {
        ["Daily"] = false,
        ["Weekly"] = true,
    };

    /// <param name="runTimes">The times the rules' <c>retentionTimes</c> may hold (<see cref="AzureRetentionTimes"/>).</param>
    /// <param name="scheduleValid">Whether the schedule giving <paramref name="runTimes"/> is one Azure offers
    /// (<see cref="PolicyValidator.IsScheduleValid"/>): only then are the retention times held against them.</param>
    /// <param name="hourly">Whether the schedule is hourly, whose rules name its window start rather than each run.</param>
    private static RetentionPolicy ReadRetention(JsonCursor policy, bool mars, IReadOnlyList<LocalTime> runTimes, bool scheduleValid, bool hourly)
    {
        if (policy.Optional("retentionPolicyType") is { } type && !string.Equals(type.String(), AzureNames.LongTerm, StringComparison.OrdinalIgnoreCase))
        {
            throw type.Fail($"'{type.String()}' is not supported; allowed is {AzureNames.LongTerm}");
        }

        DailyRetention? daily = policy.Optional("dailySchedule") is { } d ? new DailyRetention(ReadCount(d, "Days", PolicyRanges.DailyDays(mars))) : null;
        WeeklyRetention? weekly = policy.Optional("weeklySchedule") is { } w
            ? new WeeklyRetention(ReadCount(w, "Weeks", PolicyRanges.WeeklyWeeks(mars)), ReadDays(w.Required("daysOfTheWeek", "an array of weekdays")))
            : null;
        MonthlyRetention? monthly = policy.Optional("monthlySchedule") is { } m ? new MonthlyRetention(ReadCount(m, "Months", PolicyRanges.MonthlyMonths(mars)), ReadSelector(m, mars)) : null;
        YearlyRetention? yearly = policy.Optional("yearlySchedule") is { } y
            ? new YearlyRetention(
                ReadCount(y, "Years", PolicyRanges.YearlyYears(mars)),
                y.Required("monthsOfYear", "an array of month names").Items().Select(month => month.OneOf(AzureNames.Months)).ToList(),
                ReadSelector(y, mars))
            : null;
        foreach (var rule in new[] { "dailySchedule", "weeklySchedule", "monthlySchedule", "yearlySchedule" }.Select(policy.Optional).OfType<JsonCursor>())
        {
            CheckRetentionTimes(rule, runTimes, scheduleValid, hourly);
        }

        if (mars)
        {
            daily = daily is null ? null : daily with { Times = KeptTimes(policy.Optional("dailySchedule"), runTimes) };
            weekly = weekly is null ? null : weekly with { Times = KeptTimes(policy.Optional("weeklySchedule"), runTimes) };
            monthly = monthly is null ? null : monthly with { Times = KeptTimes(policy.Optional("monthlySchedule"), runTimes) };
            yearly = yearly is null ? null : yearly with { Times = KeptTimes(policy.Optional("yearlySchedule"), runTimes) };
        }

        return new RetentionPolicy(daily, weekly, monthly, yearly);
    }

    /// <summary>Refuses a rule's <c>retentionTimes</c> that is not a list of date-times, in the words of a bad
    /// <c>scheduleRunTimes</c>, or that holds a clock time the schedule does not run at, which Azure does not let be
    /// set up; the date, as the run time's, is ignored.</summary>
    private static void CheckRetentionTimes(JsonCursor rule, IReadOnlyList<LocalTime> runTimes, bool scheduleValid, bool hourly)
    {
        if (rule.Optional("retentionTimes") is not { } times)
        {
            return;
        }

        // An empty list keeps no run's point: read as every run's, it kept them all without a word.
        if (scheduleValid && ReadTimes(times).Count == 0)
        {
            var allowed = string.Join(" or ", runTimes.Select(PolicyValidator.Format));
            var which = hourly ? "the window start, the time an hourly policy's rules name" : runTimes.Count > 1 ? "the schedule's run times" : "the schedule's run time";
            throw times.Fail($"an empty list names no run whose point the rule keeps; list a date-time at {allowed} ({which}), as Azure writes it");
        }

        foreach (var (time, cursor) in ReadTimes(times).Zip(times.Items()))
        {
            // A schedule Azure refuses (no run time, or one at 04:15) is the mistake to fix first, and the validator
            // tells it: named here as the time to keep, its run time would be refused as soon as the retention took it.
            if (scheduleValid && hourly && !runTimes.Contains(time.TimeOfDay))
            {
                // An hourly schedule runs at other times of day too; its rules name the window's start, as Azure writes them.
                throw cursor.Fail($"'{cursor.String()}' is not the start of the hourly schedule's window, the time an hourly policy's rules name; allowed is a date-time at {PolicyValidator.Format(runTimes[0])}, the window start");
            }

            if (scheduleValid && !runTimes.Contains(time.TimeOfDay))
            {
                var allowed = string.Join(" or ", runTimes.Select(PolicyValidator.Format));
                var what = runTimes.Count > 1 ? "the schedule's run times" : "the schedule's run time";
                throw cursor.Fail($"'{cursor.String()}' is a time the schedule does not run at, and Azure keeps only the points its schedule takes (\"Retention policies can only be applied on backup points\"); allowed is a date-time at {allowed}, {what}");
            }
        }
    }

    /// <summary>The run times a MARS rule keeps when its <c>retentionTimes</c> names only some of the schedule's (seed 004:
    /// "at the time specified for the daily retention, the latest recovery point will be retained"); null when it keeps
    /// every run's point, as a VM policy's rule always does (its schedule runs once a day, or hourly from its window).</summary>
    private static IReadOnlyList<LocalTime>? KeptTimes(JsonCursor? rule, IReadOnlyList<LocalTime> runTimes)
    {
        if (rule?.Optional("retentionTimes") is not { } times)
        {
            return null;
        }

        var kept = ReadTimes(times).Select(time => time.TimeOfDay).Distinct().ToList();
        return kept.Count == 0 || runTimes.All(kept.Contains) ? null : kept;
    }

    /// <param name="unit">The rule's <c>durationType</c>.</param>
    /// <param name="range">The count's range, which a missing count is told (its limits are the validator's to check).</param>
    private static int ReadCount(JsonCursor rule, string unit, PolicyRange range)
    {
        var duration = rule.Required("retentionDuration", $"a retentionDuration object with a count of {unit}");
        if (duration.Optional("durationType") is { } type && !string.Equals(type.String(), unit, StringComparison.OrdinalIgnoreCase))
        {
            throw type.Fail($"'{type.String()}' does not fit this rule; allowed is {unit}");
        }

        return duration.Required("count", range.Allowed).Int32();
    }

    private static DayOfMonthSelector ReadSelector(JsonCursor rule, bool mars)
    {
        var weeklyFormat = rule.Optional("retentionScheduleFormatType")?.OneOf(FormatTypes) ?? rule.Optional("retentionScheduleWeekly") is not null;
        if (weeklyFormat)
        {
            var weekly = rule.Required("retentionScheduleWeekly", "an object with daysOfTheWeek and weeksOfTheMonth");
            var weeks = weekly.Required("weeksOfTheMonth", "an array of First, Second, Third, Fourth, Last").Items().Select(week => week.OneOf(AzureNames.Weeks)).ToList();
            return DayOfMonthSelector.ByWeeks(weeks, ReadDays(weekly.Required("daysOfTheWeek", "an array of weekdays")));
        }

        var daily = rule.Required("retentionScheduleDaily", "an object with daysOfTheMonth");
        var dates = new List<int>();
        var last = false;
        foreach (var day in daily.Required("daysOfTheMonth", "an array of {date, isLast}").Items())
        {
            if (day.Optional("isLast")?.Boolean() ?? false)
            {
                if (last)
                {
                    throw day.Fail("repeats isLast; allowed is at most one day with isLast true");
                }

                last = true;
                continue;
            }

            // The validator's range, with the JSON's spelling of its last day.
            dates.Add(day.Required("date", $"a day of the month, {PolicyRanges.DaysOfMonth(mars).Min} to {PolicyRanges.DaysOfMonth(mars).Max}, or isLast true").Int32());
        }

        return DayOfMonthSelector.ByDates(dates, last);
    }
}
