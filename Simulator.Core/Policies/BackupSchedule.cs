using NodaTime;

namespace Simulator.Core.Policies;

/// <summary>When a policy takes backups (the API's <c>schedulePolicy</c>).</summary>
/// <param name="Frequency">Daily, weekly or hourly.</param>
/// <param name="RunTimes">Local run times for daily and weekly schedules.</param>
/// <param name="Days">Weekdays of a weekly schedule; empty otherwise.</param>
/// <param name="Hourly">The window of an hourly schedule; null otherwise.</param>
public sealed record BackupSchedule(
    ScheduleFrequency Frequency,
    IReadOnlyList<LocalTime> RunTimes,
    IReadOnlyList<IsoDayOfWeek> Days,
    HourlyWindow? Hourly)
{
    public static BackupSchedule Daily(params LocalTime[] runTimes) => new(ScheduleFrequency.Daily, runTimes, [], null);

    public static BackupSchedule Weekly(IReadOnlyList<IsoDayOfWeek> days, params LocalTime[] runTimes) =>
        new(ScheduleFrequency.Weekly, runTimes, days, null);

    public static BackupSchedule HourlyEvery(int intervalHours, LocalTime windowStart, int windowDurationHours) =>
        new(ScheduleFrequency.Hourly, [], [], new HourlyWindow(intervalHours, windowStart, windowDurationHours));
}
