namespace Simulator.Core.Policies;

/// <summary>The limits Azure Backup puts on policies (domain.md §2.2 to §2.4 and §3), in one place.</summary>
public static class PolicyLimits
{
    public const int MinDailyDays = 7;
    public const int MaxDailyDays = 9999;
    public const int MinWeeklyWeeks = 1;
    public const int MaxWeeklyWeeks = 5163;
    public const int MinMonthlyMonths = 1;
    public const int MaxMonthlyMonths = 1188;
    public const int MinYearlyYears = 1;
    public const int MaxYearlyYears = 99;

    /// <summary>MARS minimums (hybrid security features on); MARS maximums are not documented, so the VM ones apply.</summary>
    public const int MarsMinWeeklyWeeks = 4;
    public const int MarsMinMonthlyMonths = 3;

    /// <summary>Recovery points one protected item may hold.</summary>
    public const int MaxPointsPerItem = 9999;

    public const int MaxMarsRunsPerDay = 3;

    public const int StandardMinSnapshotDays = 1;
    public const int StandardMaxSnapshotDays = 5;
    public const int StandardDefaultSnapshotDays = 2;

    /// <summary>A Standard weekly policy keeps its snapshots exactly this long.</summary>
    public const int StandardWeeklySnapshotDays = 5;

    public const int EnhancedMinSnapshotDays = 1;
    public const int EnhancedMaxSnapshotDays = 30;
    public const int EnhancedDefaultSnapshotDays = 7;
    public const int EnhancedWeeklyMinSnapshotDays = 5;

    public const int MinWindowHours = 4;
    public const int MaxWindowHours = 24;

    /// <summary>The hourly intervals an Enhanced policy offers.</summary>
    public static IReadOnlyList<int> HourlyIntervals { get; } = [4, 6, 8, 12];

    /// <summary>The latest window start of an hourly schedule (00:00 to 19:30 in half-hour steps).</summary>
    public static NodaTime.LocalTime LatestWindowStart { get; } = new(19, 30);

    /// <summary>The most snapshot days an Enhanced hourly policy may keep, by the snapshots its window takes a day.</summary>
    /// <remarks>
    /// "The maximum limit of instant recovery point retention range depends on the number of snapshots you take per
    /// day" (backup-azure-vms-enhanced-policy.md): documented are 6 a day (every 4 h for 24 h) at most 17 days, every 6 h
    /// (4 a day) 22 and every 12 h (2 a day) 30. Between them the sources are silent: 5 a day is held to 6's 17 days, and 3 a
    /// day gets 30, since 3 snapshots a day for 30 days (90) is about what 4 a day for 22 allows (88). By the count rather than
    /// the interval, because a 4-hourly window of 4 hours takes one snapshot a day, as a daily policy does.
    /// </remarks>
    public static int EnhancedHourlySnapshotCeiling(HourlyWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return window.RunsPerWindow switch
        {
            >= 5 => 17,
            4 => 22,
            _ => EnhancedMaxSnapshotDays,
        };
    }

    /// <summary>The instant-restore days a policy gets when it names none: the portal's defaults.</summary>
    public static int DefaultSnapshotDays(PolicyKind kind, ScheduleFrequency frequency) => (kind, frequency) switch
    {
        (PolicyKind.Mars, _) => 0,
        (PolicyKind.Standard, ScheduleFrequency.Weekly) => StandardWeeklySnapshotDays,
        (PolicyKind.Standard, _) => StandardDefaultSnapshotDays,
        _ => EnhancedDefaultSnapshotDays,
    };
}
