using System.Globalization;
using NodaTime;

namespace Simulator.Core.Policies;

public static partial class PolicyValidator
{
    private static void CheckRetention(BackupPolicy policy, List<PolicyProblem> problems, bool scheduleValid)
    {
        var rules = policy.Retention;
        if (rules is null)
        {
            problems.Add(PolicyProblem.Invalid("retention", "null", "a retention policy with at least a daily or weekly rule", "is missing"));
            return;
        }

        var before = problems.Count;
        var mars = policy.Kind == PolicyKind.Mars;
        var weeklySchedule = policy.Schedule?.Frequency == ScheduleFrequency.Weekly;
        var scheduledDays = weeklySchedule ? policy.Schedule!.Days ?? [] : null;
        CheckRuleSet(rules, weeklySchedule, problems);

        if (rules.Daily is { } daily)
        {
            CheckCount(problems, "retention.daily.days", daily.Days, PolicyRanges.DailyDays(mars));
        }

        if (rules.Weekly is { } weekly)
        {
            CheckCount(problems, "retention.weekly.weeks", weekly.Weeks, PolicyRanges.WeeklyWeeks(mars));
            CheckWeekdays(problems, "retention.weekly.days", weekly.Days ?? [], scheduledDays);
            if (!mars)
            {
                CheckEveryScheduledDayKept(problems, weekly.Days ?? [], scheduledDays);
            }
        }

        if (rules.Monthly is { } monthly)
        {
            CheckCount(problems, "retention.monthly.months", monthly.Months, PolicyRanges.MonthlyMonths(mars));
            CheckSelector(problems, "retention.monthly", monthly.On, scheduledDays, mars);
        }

        if (rules.Yearly is { } yearly)
        {
            CheckCount(problems, "retention.yearly.years", yearly.Years, PolicyRanges.YearlyYears(mars));
            CheckMonths(problems, yearly.MonthsOfYear ?? []);
            CheckSelector(problems, "retention.yearly", yearly.On, scheduledDays, mars);
        }

        if (scheduleValid && problems.Count == before)
        {
            var points = PointCountEstimator.AlivePoints(policy);
            if (points > PolicyLimits.MaxPointsPerItem)
            {
                problems.Add(PolicyProblem.Invalid("retention", $"about {points} recovery points", $"at most {PolicyLimits.MaxPointsPerItem} points per protected item", "is what these rules keep at once"));
            }
        }
    }

    private static void CheckRuleSet(RetentionPolicy rules, bool weeklySchedule, List<PolicyProblem> problems)
    {
        if (weeklySchedule)
        {
            if (rules.Daily is not null)
            {
                problems.Add(PolicyProblem.Invalid("retention.daily", CountText.Of(rules.Daily.Days, "day"), "no daily rule with a weekly schedule", "is a daily rule on a weekly schedule"));
            }

            if (rules.Weekly is null)
            {
                problems.Add(PolicyProblem.Invalid("retention", "no weekly rule", "a weekly rule with a weekly schedule", "is given"));
            }
        }
        else if (rules.Daily is null)
        {
            // Said as what the file lacks: "null is missing" read as if a value null had been left out.
            problems.Add(PolicyProblem.Invalid("retention.daily", "no daily rule", "a daily rule with a daily or hourly schedule", "is given"));
        }
    }

    private static void CheckCount(List<PolicyProblem> problems, string field, int value, PolicyRange range)
    {
        if (!range.Contains(value))
        {
            problems.Add(PolicyProblem.OutOfRange(field, value, range.Allowed));
        }
    }

    private static void CheckWeekdays(List<PolicyProblem> problems, string field, IReadOnlyList<IsoDayOfWeek> days, IReadOnlyList<IsoDayOfWeek>? scheduledDays)
    {
        if (days.Count == 0)
        {
            problems.Add(PolicyProblem.Invalid(field, "[]", "at least one weekday", "names no day"));
        }
        else if (HasDuplicates(days) || days.Any(d => !Enum.IsDefined(d) || d == IsoDayOfWeek.None))
        {
            problems.Add(PolicyProblem.Invalid(field, Format(days), "distinct weekdays, Monday to Sunday", "repeats a day or names an unknown one"));
        }
        else if (scheduledDays is not null && days.Except(scheduledDays).ToList() is { Count: > 0 } unscheduled)
        {
            // Retention applies only to points the schedule creates, so such a day would keep nothing.
            problems.Add(PolicyProblem.Invalid(field, Format(days), $"days of the weekly schedule {Format(scheduledDays)}", $"names {Format(unscheduled)}, when no backup runs"));
        }
    }

    /// <summary>A VM's weekly schedule keeps each of its points by the weekly rule: it has no daily rule, so a day the rule
    /// left out would make a point with no retention at all.</summary>
    /// <remarks>The sources are silent on such a policy; the portal offers a weekly schedule's retention on its own days.
    /// A MARS policy keeps its points by its own rules (domain.md §3) and is not held to this.</remarks>
    private static void CheckEveryScheduledDayKept(List<PolicyProblem> problems, IReadOnlyList<IsoDayOfWeek> days, IReadOnlyList<IsoDayOfWeek>? scheduledDays)
    {
        if (scheduledDays is not null && days.Count > 0 && scheduledDays.Except(days).ToList() is { Count: > 0 } unkept)
        {
            problems.Add(PolicyProblem.Invalid("retention.weekly.days", Format(days), $"every day of the weekly schedule {Format(scheduledDays)}", $"leaves out {Format(unkept)}, whose backups no rule would keep"));
        }
    }

    private static void CheckMonths(List<PolicyProblem> problems, IReadOnlyList<int> months)
    {
        const string field = "retention.yearly.months";
        if (months.Count == 0)
        {
            problems.Add(PolicyProblem.Invalid(field, "[]", "at least one month, January to December", "names no month"));
        }
        else if (months.Any(m => m is < 1 or > 12))
        {
            problems.Add(PolicyProblem.OutOfRange(field, Format(months), "months 1 (January) to 12 (December)"));
        }
        else if (HasDuplicates(months))
        {
            // By name, as both a policy JSON and a scenario write them: "[5, 5]" would send the reader looking for numbers.
            problems.Add(PolicyProblem.Invalid(field, Format(months.Select(m => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m))), "distinct months", "repeats a month"));
        }
    }

    private static void CheckSelector(List<PolicyProblem> problems, string prefix, DayOfMonthSelector? on, IReadOnlyList<IsoDayOfWeek>? scheduledDays, bool mars)
    {
        var days = PolicyRanges.DaysOfMonth(mars);
        if (on is null)
        {
            problems.Add(PolicyProblem.Invalid($"{prefix}.days", "null", $"days of the month ({days.Min} to {days.Max} or Last), or weeks and weekdays", "is missing"));
            return;
        }

        if (on.IsWeeklyFormat || on.Weekdays.Count > 0)
        {
            CheckWeeks(problems, $"{prefix}.weeks", on.Weeks);
            CheckWeekdays(problems, $"{prefix}.weekdays", on.Weekdays, scheduledDays);
            return;
        }

        var field = $"{prefix}.days";
        var shown = Format(on.Dates.Select(d => (object)d).Concat(on.IncludesLast ? ["Last"] : []));
        if (scheduledDays is not null)
        {
            problems.Add(PolicyProblem.Invalid(field, shown, "weeks and weekdays with a weekly schedule", "are days of the month, which a weekly schedule can't use"));
        }
        else if (on.Dates.Count == 0 && !on.IncludesLast)
        {
            problems.Add(PolicyProblem.Invalid(field, "[]", $"at least one day of the month, {days.Min} to {days.Max} or Last", "names no day"));
        }
        else if (on.Dates.Any(d => !days.Contains(d)))
        {
            problems.Add(PolicyProblem.OutOfRange(field, shown, days.Allowed));
        }
        else if (HasDuplicates(on.Dates))
        {
            problems.Add(PolicyProblem.Invalid(field, shown, "distinct days of the month", "repeats a day"));
        }
    }

    private static void CheckWeeks(List<PolicyProblem> problems, string field, IReadOnlyList<WeekOfMonth> weeks)
    {
        if (weeks.Count == 0)
        {
            problems.Add(PolicyProblem.Invalid(field, "[]", "at least one of First, Second, Third, Fourth, Last", "names no week"));
        }
        else if (HasDuplicates(weeks) || weeks.Any(w => !Enum.IsDefined(w)))
        {
            problems.Add(PolicyProblem.Invalid(field, Format(weeks), "distinct weeks among First, Second, Third, Fourth, Last", "repeats a week or names an unknown one"));
        }
    }
}
