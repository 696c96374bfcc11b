using System.Globalization;
using NodaTime.Text;

namespace Simulator.Core.Policies;

/// <summary>A one-line description of a policy, for the journal and lists.</summary>
public static class PolicySummary
{
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public static string Describe(BackupPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var schedule = policy.Schedule;
        var when = schedule.Frequency switch
        {
            ScheduleFrequency.Hourly => $"every {schedule.Hourly!.IntervalHours}h from {Time.Format(schedule.Hourly.WindowStart)} for {schedule.Hourly.WindowDurationHours}h",
            ScheduleFrequency.Weekly => $"weekly {string.Join(",", schedule.Days.Select(d => d.ToString()[..3]))} at {Times(schedule)}",
            _ => $"daily at {Times(schedule)}",
        };
        var keep = new List<string>();
        var rules = policy.Retention;
        if (rules.Daily is { } d)
        {
            keep.Add($"{d.Days}d");
        }

        if (rules.Weekly is { } w)
        {
            keep.Add($"{w.Weeks}w");
        }

        if (rules.Monthly is { } m)
        {
            keep.Add($"{m.Months}m");
        }

        if (rules.Yearly is { } y)
        {
            keep.Add($"{y.Years}y");
        }

        var snapshots = policy.InstantRestoreDays > 0 ? string.Create(CultureInfo.InvariantCulture, $", snapshots {policy.InstantRestoreDays}d") : string.Empty;
        // Fixed, the default, goes unsaid; a policy that follows the wall clock runs at other UTC times after a change,
        // and two policies alike but for it would otherwise read the same.
        var dst = policy.DstMode == DstMode.FollowWallClock ? $" ({DstMode.FollowWallClock})" : string.Empty;
        return $"{PolicyKindText.Name(policy.Kind)} {when} {policy.TimeZoneId}{dst}, keep {string.Join("/", keep)}{snapshots}";
    }

    private static string Times(BackupSchedule schedule) => string.Join(",", schedule.RunTimes.Select(Time.Format));
}
