using NodaTime;
using Simulator.Core.Policies;

namespace Simulator.Tests.Support;

/// <summary>Valid policies for tests to start from and change one thing at a time.</summary>
internal static class TestPolicies
{
    public static readonly Instant Saved = Instant.FromUtc(2026, 1, 1, 0, 0);

    public static BackupPolicy StandardDaily(int days = 30, string zone = "UTC") => new()
    {
        Name = "standard-daily",
        Kind = PolicyKind.Standard,
        Schedule = BackupSchedule.Daily(new LocalTime(2, 0)),
        Retention = new RetentionPolicy(new DailyRetention(days)),
        InstantRestoreDays = 2,
        TimeZoneId = zone,
        TimeZone = Zone(zone),
        SavedAt = Saved,
    };

    public static BackupPolicy StandardWeekly(int weeks = 12) => StandardDaily() with
    {
        Name = "standard-weekly",
        Schedule = BackupSchedule.Weekly([IsoDayOfWeek.Sunday], new LocalTime(2, 0)),
        Retention = new RetentionPolicy(null, new WeeklyRetention(weeks, [IsoDayOfWeek.Sunday])),
        InstantRestoreDays = 5,
    };

    public static BackupPolicy EnhancedDaily() => StandardDaily() with { Name = "enhanced-daily", Kind = PolicyKind.Enhanced, InstantRestoreDays = 7 };

    public static BackupPolicy EnhancedHourly(int interval = 4, int windowHours = 24, int snapshotDays = 7) => EnhancedDaily() with
    {
        Name = "enhanced-hourly",
        Schedule = BackupSchedule.HourlyEvery(interval, new LocalTime(8, 0), windowHours),
        InstantRestoreDays = snapshotDays,
    };

    /// <summary>The MARS policy of seed 004: daily at 00:00 and 18:00 kept 7 days, Saturdays 4 weeks, last Saturday 12 months, last Saturday of March 10 years.</summary>
    public static BackupPolicy MarsSeed004() => new()
    {
        Name = "seed-004-mars",
        Kind = PolicyKind.Mars,
        Schedule = BackupSchedule.Daily(new LocalTime(0, 0), new LocalTime(18, 0)),
        Retention = new RetentionPolicy(
            new DailyRetention(7),
            new WeeklyRetention(4, [IsoDayOfWeek.Saturday]),
            new MonthlyRetention(12, DayOfMonthSelector.ByWeeks([WeekOfMonth.Last], [IsoDayOfWeek.Saturday])),
            new YearlyRetention(10, [3], DayOfMonthSelector.ByWeeks([WeekOfMonth.Last], [IsoDayOfWeek.Saturday]))),
        InstantRestoreDays = 0,
        TimeZoneId = "UTC",
        TimeZone = DateTimeZone.Utc,
        SavedAt = Saved,
    };

    public static DateTimeZone Zone(string id) => PolicyTimeZones.TryResolve(id, out var zone) ? zone : throw new ArgumentException($"Unknown zone {id}.", nameof(id));
}
