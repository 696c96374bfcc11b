using NodaTime;

namespace Simulator.Core.Policies;

/// <summary>How a monthly or yearly rule names its day: by date (1 to 28, or last; MARS 1 to 31) or by week and weekday.</summary>
/// <remarks>The two forms are the API's <c>retentionScheduleFormatType</c> values <c>Daily</c> and <c>Weekly</c>.</remarks>
public sealed record DayOfMonthSelector
{
    private DayOfMonthSelector(IReadOnlyList<int> dates, bool includesLast, IReadOnlyList<WeekOfMonth> weeks, IReadOnlyList<IsoDayOfWeek> weekdays)
    {
        Dates = dates;
        IncludesLast = includesLast;
        Weeks = weeks;
        Weekdays = weekdays;
    }

    /// <summary>Days of the month, 1 to 28, or 1 to 31 for MARS (the Daily format); a month without the day matches none.</summary>
    public IReadOnlyList<int> Dates { get; }

    /// <summary>True when the last day of the month is selected (the Daily format's <c>isLast</c>).</summary>
    public bool IncludesLast { get; }

    /// <summary>Weeks of the month (the Weekly format).</summary>
    public IReadOnlyList<WeekOfMonth> Weeks { get; }

    /// <summary>Weekdays within those weeks (the Weekly format).</summary>
    public IReadOnlyList<IsoDayOfWeek> Weekdays { get; }

    public bool IsWeeklyFormat => Weeks.Count > 0;

    public static DayOfMonthSelector ByDates(IReadOnlyList<int> dates, bool includesLast = false) => new(dates, includesLast, [], []);

    public static DayOfMonthSelector LastDay() => new([], true, [], []);

    public static DayOfMonthSelector ByWeeks(IReadOnlyList<WeekOfMonth> weeks, IReadOnlyList<IsoDayOfWeek> weekdays) =>
        new([], false, weeks, weekdays);

    public bool Matches(LocalDate date)
    {
        var daysInMonth = date.Calendar.GetDaysInMonth(date.Year, date.Month);
        if (!IsWeeklyFormat)
        {
            return Dates.Contains(date.Day) || (IncludesLast && date.Day == daysInMonth);
        }

        return Weekdays.Contains(date.DayOfWeek) && Weeks.Any(week => InWeek(week, date.Day, daysInMonth));
    }

    private static bool InWeek(WeekOfMonth week, int day, int daysInMonth) => week switch
    {
        WeekOfMonth.Last => day > daysInMonth - 7,
        _ => (day - 1) / 7 == (int)week,
    };
}
