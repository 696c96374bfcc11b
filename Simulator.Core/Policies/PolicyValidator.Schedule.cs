using System.Globalization;
using NodaTime;

namespace Simulator.Core.Policies;

public static partial class PolicyValidator
{
    /// <summary>Whether <paramref name="schedule"/> breaks none of Azure's rules for a policy of <paramref name="kind"/>.</summary>
    /// <remarks>What is checked against its run times waits until it does: a time fitted to a run time Azure refuses
    /// (04:15, off the half hour) would be refused again once that run time is put right.</remarks>
    internal static bool IsScheduleValid(PolicyKind kind, BackupSchedule schedule)
    {
        var problems = new List<PolicyProblem>();
        CheckSchedule(kind, schedule, problems);
        return problems.Count == 0;
    }

    private static void CheckSchedule(PolicyKind kind, BackupSchedule? schedule, List<PolicyProblem> problems)
    {
        if (schedule is null)
        {
            problems.Add(PolicyProblem.Invalid("schedule.frequency", "null", "Daily, Weekly or Hourly", "is missing"));
            return;
        }

        var allowed = kind == PolicyKind.Enhanced ? "Daily, Weekly or Hourly" : "Daily or Weekly";
        var fits = schedule.Frequency switch
        {
            ScheduleFrequency.Daily or ScheduleFrequency.Weekly => true,
            ScheduleFrequency.Hourly => kind == PolicyKind.Enhanced,
            _ => false,
        };
        if (!fits)
        {
            problems.Add(PolicyProblem.Invalid("schedule.frequency", schedule.Frequency, $"{allowed} for {PolicyKindText.WithArticle(kind)} policy", "is not offered"));
            return;
        }

        if (schedule.Frequency == ScheduleFrequency.Hourly)
        {
            CheckHourly(schedule.Hourly, problems);
            return;
        }

        CheckRunTimes(kind, schedule.RunTimes ?? [], problems);
        if (schedule.Frequency == ScheduleFrequency.Weekly)
        {
            var days = schedule.Days ?? [];
            if (days.Count == 0)
            {
                problems.Add(PolicyProblem.Invalid("schedule.days", "[]", "at least one weekday", "names no day"));
            }
            else if (HasDuplicates(days))
            {
                problems.Add(PolicyProblem.Invalid("schedule.days", Format(days), "distinct weekdays", "repeats a day"));
            }
        }
    }

    private static void CheckRunTimes(PolicyKind kind, IReadOnlyList<LocalTime> times, List<PolicyProblem> problems)
    {
        var (min, max) = kind == PolicyKind.Mars ? (1, PolicyLimits.MaxMarsRunsPerDay) : (1, 1);
        if (times.Count < min || times.Count > max)
        {
            var allowed = max == 1 ? "exactly 1 run time a day" : $"{min} to {max} run times a day";
            var why = times.Count > max ? "are too many" : "are too few";
            problems.Add(PolicyProblem.Invalid("schedule.times", $"{times.Count} run times", $"{allowed} for {PolicyKindText.WithArticle(kind)} policy", why));
        }

        for (var i = 0; i < times.Count; i++)
        {
            if (!IsOnHalfHour(times[i]))
            {
                problems.Add(PolicyProblem.Invalid($"schedule.times[{i}]", Format(times[i]), "a time on :00 or :30 with no seconds", "is not on a half-hour boundary"));
            }
        }

        if (HasDuplicates(times))
        {
            problems.Add(PolicyProblem.Invalid("schedule.times", Format(times.Select(Format)), "distinct run times", "repeats a time"));
        }
    }

    private static void CheckHourly(HourlyWindow? window, List<PolicyProblem> problems)
    {
        if (window is null)
        {
            problems.Add(PolicyProblem.Invalid("schedule.interval", "null", PolicyRanges.Intervals, "is missing for an hourly schedule"));
            return;
        }

        if (!PolicyLimits.HourlyIntervals.Contains(window.IntervalHours))
        {
            // The portal offers 24 hours too (README): a run a day is what a Daily schedule makes.
            var allowed = window.IntervalHours == 24 ? $"{PolicyRanges.Intervals}, or for a backup every 24 hours a Daily schedule" : PolicyRanges.Intervals;
            problems.Add(PolicyProblem.Invalid("schedule.interval", CountText.Of(window.IntervalHours, "hour"), allowed, "is not offered"));
        }

        if (!IsOnHalfHour(window.WindowStart) || window.WindowStart > PolicyLimits.LatestWindowStart)
        {
            problems.Add(PolicyProblem.Invalid("schedule.windowStart", Format(window.WindowStart), $"00:00 to {PolicyLimits.LatestWindowStart.ToString("HH:mm", CultureInfo.InvariantCulture)} in half-hour steps", "is not a window start Azure offers"));
        }

        if (!PolicyRanges.WindowHours.Contains(window.WindowDurationHours))
        {
            problems.Add(PolicyProblem.OutOfRange("schedule.windowHours", CountText.Of(window.WindowDurationHours, "hour"), PolicyRanges.WindowHours.Allowed));
        }
        // An interval Azure does not offer is its own mistake; the window is not also held against it.
        else if (PolicyLimits.HourlyIntervals.Contains(window.IntervalHours) && window.WindowDurationHours < window.IntervalHours)
        {
            problems.Add(PolicyProblem.Invalid("schedule.windowHours", CountText.Of(window.WindowDurationHours, "hour"), $"at least the interval ({CountText.Of(window.IntervalHours, "hour")})", "is shorter than the interval"));
        }
    }

    private static bool IsOnHalfHour(LocalTime time) =>
        time.Minute is 0 or 30 && time.Second == 0 && time.TickOfSecond == 0;
}
