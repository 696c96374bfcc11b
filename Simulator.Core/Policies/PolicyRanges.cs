namespace Simulator.Core.Policies;

/// <summary>A policy number's limits and the words every message says them in.</summary>
/// <param name="Allowed">What is allowed, as a message says it: <c>7 to 9999 days</c>.</param>
internal readonly record struct PolicyRange(int Min, int Max, string Allowed)
{
    public bool Contains(int value) => value >= Min && value <= Max;
}

/// <summary>The ranges of a policy's numbers in the words the validator says them in, for the readers to say them the same way.</summary>
/// <remarks>
/// The limits themselves are <see cref="PolicyLimits"/>; this is how a problem or an expectation names them, in one
/// place, so that a policy file is told "7 to 9999 days" whether its count is 3, missing or too large for any number.
/// </remarks>
internal static class PolicyRanges
{
    public const string Intervals = "4, 6, 8 or 12 hours";

    public static PolicyRange DailyDays(bool mars) => Count(PolicyLimits.MinDailyDays, PolicyLimits.MaxDailyDays, "days", mars);

    public static PolicyRange WeeklyWeeks(bool mars) =>
        Count(mars ? PolicyLimits.MarsMinWeeklyWeeks : PolicyLimits.MinWeeklyWeeks, PolicyLimits.MaxWeeklyWeeks, "weeks", mars);

    public static PolicyRange MonthlyMonths(bool mars) =>
        Count(mars ? PolicyLimits.MarsMinMonthlyMonths : PolicyLimits.MinMonthlyMonths, PolicyLimits.MaxMonthlyMonths, "months", mars);

    public static PolicyRange YearlyYears(bool mars) => Count(PolicyLimits.MinYearlyYears, PolicyLimits.MaxYearlyYears, "years", mars);

    public static PolicyRange WindowHours { get; } =
        new(PolicyLimits.MinWindowHours, PolicyLimits.MaxWindowHours, $"{PolicyLimits.MinWindowHours} to {PolicyLimits.MaxWindowHours} hours");

    /// <summary>The days of the month a monthly or yearly rule may name, besides the last one.</summary>
    /// <remarks>
    /// Azure VM policies take 1 to 28 (domain.md §2.4). The MARS agent takes any day: "the recovery point created on the
    /// 30th of every month should be stored for 12 months" (seed 004, backup-azure-manage-mars.md); a month without that
    /// day has no point created on it, so it keeps none by that rule.
    /// </remarks>
    public static PolicyRange DaysOfMonth(bool mars) => mars ? MarsDaysOfMonth : VmDaysOfMonth;

    private static PolicyRange VmDaysOfMonth { get; } = new(1, 28, "days 1 to 28, or Last");

    private static PolicyRange MarsDaysOfMonth { get; } = new(1, 31, "days 1 to 31, or Last for a MARS policy");

    private static PolicyRange Count(int min, int max, string unit, bool mars) =>
        new(min, max, $"{min} to {max} {unit}{(mars ? " for a MARS policy" : string.Empty)}");
}
