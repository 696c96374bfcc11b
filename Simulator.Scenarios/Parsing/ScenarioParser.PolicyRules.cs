using NodaTime;
using NodaTime.Extensions;
using NodaTime.Text;
using Simulator.Core.Policies;
using Simulator.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace Simulator.Scenarios.Parsing;

public sealed partial class ScenarioParser
{
    private static readonly LocalTimePattern RunTimePattern = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    // A time written without its leading zero (4:30), told the two-digit form it means.
    private static readonly LocalTimePattern ShortHourPattern = LocalTimePattern.CreateWithInvariantCulture("H':'mm");

    private BackupSchedule? ReadSchedule(YamlCursor? node)
    {
        if (node is not { } schedule || !schedule.ExpectMapping("frequency", "times", "days", "interval", "windowStart", "windowHours"))
        {
            return null;
        }

        var frequency = schedule.Enum<ScheduleFrequency>("frequency", required: true);
        if (frequency is { } given)
        {
            ReportKeysOfOtherFrequencies(schedule, given);
        }

        var times = schedule.ItemsOf("times").Select(ReadLocalTime).ToList();
        var days = ReadWeekdays(schedule.Get("days"));
        var complete = true;
        if (frequency is ScheduleFrequency.Daily or ScheduleFrequency.Weekly && times.Count == 0)
        {
            NeedList(schedule, "times", "a daily or weekly schedule needs at least one run time, like times: [\"02:00\"].");
            complete = false;
        }

        if (frequency == ScheduleFrequency.Weekly && days.Count == 0)
        {
            NeedList(schedule, "days", "a weekly schedule needs its days, like days: [Sunday].");
            complete = false;
        }

        if (frequency == ScheduleFrequency.Hourly)
        {
            var interval = PolicyNumber(schedule.Required("interval"));
            var start = schedule.Required("windowStart") is { } w ? ReadLocalTime(w) : null;
            var hours = PolicyNumber(schedule.Get("windowHours")) ?? 24;
            return interval is null || start is null ? null : BackupSchedule.HourlyEvery(interval.Value, start.Value, hours);
        }

        // A schedule without its run times or days is not checked further: the validator would say the same of the empty
        // stand-in again, and hold the retention's weekdays against days the file never gave.
        if (frequency is null || !complete || times.Any(t => t is null))
        {
            return null;
        }

        var runTimes = times.Select(t => t!.Value).ToArray();
        return frequency == ScheduleFrequency.Weekly ? BackupSchedule.Weekly(days, runTimes) : BackupSchedule.Daily(runTimes);
    }

    /// <summary>Reports each key of another frequency's schedule, which this one would not read.</summary>
    /// <remarks>A trainer who writes <c>days: [Sunday]</c> under a Daily schedule means it to run on Sundays; leaving the
    /// key unread would run it every day without a word.</remarks>
    private static void ReportKeysOfOtherFrequencies(YamlCursor schedule, ScheduleFrequency frequency)
    {
        foreach (var key in schedule.Keys.ToList())
        {
            var message = (key, frequency) switch
            {
                ("days", ScheduleFrequency.Daily or ScheduleFrequency.Hourly) =>
                    $"'days' belongs to a Weekly schedule; a {frequency} one runs every day. Write frequency: Weekly to run on these days only, or leave 'days' out.",
                ("times", ScheduleFrequency.Hourly) =>
                    "'times' belongs to a Daily or Weekly schedule; an Hourly one runs every 'interval' hours from 'windowStart'. Leave 'times' out.",
                ("interval" or "windowStart" or "windowHours", ScheduleFrequency.Daily or ScheduleFrequency.Weekly) =>
                    $"'{key}' belongs to an Hourly schedule; a {frequency} one runs at its 'times'. Write frequency: Hourly (an Enhanced policy), or leave '{key}' out.",
                _ => null,
            };
            if (message is not null)
            {
                schedule.At(key).Error(message);
            }
        }
    }

    /// <summary>Reports a list the schedule needs, once: at the key, or at the schedule when the key is missing.</summary>
    /// <remarks>Nothing more is said of a list whose items did not read (each said why), that is no list (said by
    /// reading it), or whose key was misspelt (the unknown key says it).</remarks>
    private static void NeedList(YamlCursor schedule, string key, string message)
    {
        if (schedule.Get(key) is { } list)
        {
            if (list.Node is YamlSequenceNode { Children.Count: 0 })
            {
                list.Error(message);
            }
        }
        else if (!schedule.Misspelt(key))
        {
            schedule.Missing(key, message);
        }
    }

    private RetentionPolicy? ReadRetention(YamlCursor? node)
    {
        if (node is not { } retention || !retention.ExpectMapping("daily", "weekly", "monthly", "yearly"))
        {
            return null;
        }

        DailyRetention? daily = null;
        if (retention.Get("daily") is { } d && d.ExpectMapping("days"))
        {
            daily = PolicyNumber(d.Required("days")) is { } days ? new DailyRetention(days) : null;
        }

        WeeklyRetention? weekly = null;
        if (retention.Get("weekly") is { } w && w.ExpectMapping("weeks", "days"))
        {
            weekly = PolicyNumber(w.Required("weeks")) is { } weeks ? new WeeklyRetention(weeks, ReadWeekdays(w.Required("days"))) : null;
        }

        MonthlyRetention? monthly = null;
        if (retention.Get("monthly") is { } m && m.ExpectMapping("months", "days", "weeks", "weekdays"))
        {
            var months = PolicyNumber(m.Required("months"));
            monthly = months is { } count && ReadDaySelector(m) is { } on ? new MonthlyRetention(count, on) : null;
        }

        YearlyRetention? yearly = null;
        if (retention.Get("yearly") is { } y && y.ExpectMapping("years", "months", "days", "weeks", "weekdays"))
        {
            var years = PolicyNumber(y.Required("years"));
            var monthsOfYear = y.Required("months")?.Items().Select(i => i.AsEnum<Month>()).Where(v => v is not null).Select(v => (int)v!.Value).ToList() ?? [];
            yearly = years is { } count && ReadDaySelector(y) is { } on ? new YearlyRetention(count, monthsOfYear, on) : null;
        }

        return new RetentionPolicy(daily, weekly, monthly, yearly);
    }

    /// <summary>Reads <c>days: [1, 15, Last]</c>, or <c>weeks: [First]</c> with <c>weekdays: [Sunday]</c>.</summary>
    private DayOfMonthSelector? ReadDaySelector(YamlCursor rule)
    {
        if (rule.Has("days") && (rule.Has("weeks") || rule.Has("weekdays")))
        {
            rule.At("days").Error("name the day either by date ('days') or by week and weekday ('weeks' and 'weekdays'), not both.");
            return null;
        }

        if (rule.Get("days") is { } days)
        {
            var dates = new List<int>();
            var last = false;
            foreach (var day in days.Items())
            {
                if (string.Equals(day.Scalar, "Last", StringComparison.OrdinalIgnoreCase))
                {
                    // The selector holds Last once, so the check of repeated dates can't see a second one.
                    if (last)
                    {
                        days.Error($"[{string.Join(", ", days.Items().Select(d => d.Scalar))}] repeats a day; allowed is distinct days of the month.");
                        return null;
                    }

                    last = true;
                }
                else if (Enum.GetNames<DayOfWeek>().FirstOrDefault(name => string.Equals(name, day.Scalar, StringComparison.OrdinalIgnoreCase)) is { } weekday)
                {
                    // Told only that it is not a whole number, a person wanting "the first Sunday" was not shown the way.
                    // Matched whole, not by Enum.TryParse, which reads "1" and "Monday,Friday" as days too.
                    day.Error($"'{day.Scalar}' is a weekday, and 'days' takes days of the month (like [1, Last]); name a weekday by week and weekday: weeks: [First] and weekdays: [{weekday}].");
                }
                else if (PolicyNumber(day) is { } date)
                {
                    dates.Add(date);
                }
            }

            return DayOfMonthSelector.ByDates(dates, last);
        }

        if (!rule.Has("weeks") && !rule.Has("weekdays"))
        {
            rule.Error("name the day: 'days' (like [1, Last]), or 'weeks' and 'weekdays' (like [Last] and [Saturday]).");
            return null;
        }

        var weeks = rule.Required("weeks")?.Items().Select(w => w.AsEnum<WeekOfMonth>()).Where(w => w is not null).Select(w => w!.Value).ToList() ?? [];
        return DayOfMonthSelector.ByWeeks(weeks, ReadWeekdays(rule.Required("weekdays")));
    }

    private static List<IsoDayOfWeek> ReadWeekdays(YamlCursor? node) =>
        node?.Items().Select(d => d.AsEnum<DayOfWeek>()).Where(d => d is not null).Select(d => d!.Value.ToIsoDayOfWeek()).ToList() ?? [];

    private static LocalTime? ReadLocalTime(YamlCursor node)
    {
        var text = node.AsString();
        if (text is null)
        {
            return null;
        }

        if (RunTimePattern.Parse(text) is { Success: true } parsed)
        {
            return parsed.Value;
        }

        var example = ShortHourPattern.Parse(text) is { Success: true } meant ? RunTimePattern.Format(meant.Value) : "02:30";
        node.Error($"'{YamlCursor.Shorten(text)}' is not a time of day; write it as HH:mm, like \"{example}\".");
        return null;
    }

    private enum Month
    {
        January = 1,
        February,
        March,
        April,
        May,
        June,
        July,
        August,
        September,
        October,
        November,
        December,
    }
}
