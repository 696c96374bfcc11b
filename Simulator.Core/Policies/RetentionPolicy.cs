namespace Simulator.Core.Policies;

/// <summary>The four long-term retention rules of a policy (the API's <c>LongTermRetentionPolicy</c>).</summary>
public sealed record RetentionPolicy(
    DailyRetention? Daily,
    WeeklyRetention? Weekly = null,
    MonthlyRetention? Monthly = null,
    YearlyRetention? Yearly = null);
