namespace Simulator.Core.Policies;

/// <summary>Yearly rule: points taken on the selected day of the selected months are kept this many years.</summary>
public sealed record YearlyRetention(int Years, IReadOnlyList<int> MonthsOfYear, DayOfMonthSelector On);
