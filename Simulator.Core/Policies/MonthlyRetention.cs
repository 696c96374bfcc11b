namespace Simulator.Core.Policies;

/// <summary>Monthly rule: points taken on the selected day of a month are kept this many months.</summary>
public sealed record MonthlyRetention(int Months, DayOfMonthSelector On);
