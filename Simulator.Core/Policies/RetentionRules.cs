using NodaTime;

namespace Simulator.Core.Policies;

/// <summary>Daily rule: every scheduled point is kept this many days.</summary>
public sealed record DailyRetention(int Days);

/// <summary>Weekly rule: points taken on these weekdays are kept this many weeks.</summary>
public sealed record WeeklyRetention(int Weeks, IReadOnlyList<IsoDayOfWeek> Days);

/// <summary>Monthly rule: points taken on the selected day of a month are kept this many months.</summary>
public sealed record MonthlyRetention(int Months, DayOfMonthSelector On);

/// <summary>Yearly rule: points taken on the selected day of the selected months are kept this many years.</summary>
public sealed record YearlyRetention(int Years, IReadOnlyList<int> MonthsOfYear, DayOfMonthSelector On);

/// <summary>The four long-term retention rules of a policy (the API's <c>LongTermRetentionPolicy</c>).</summary>
public sealed record RetentionPolicy(
    DailyRetention? Daily,
    WeeklyRetention? Weekly = null,
    MonthlyRetention? Monthly = null,
    YearlyRetention? Yearly = null);
