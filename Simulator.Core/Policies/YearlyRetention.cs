using NodaTime;

namespace Simulator.Core.Policies;

/// <summary>Yearly rule: points taken on the selected day of the selected months are kept this many years.</summary>
/// <param name="Times">The run times whose points the rule keeps (a MARS rule's <c>retentionTimes</c>); null for every run time.</param>
public sealed record YearlyRetention(int Years, IReadOnlyList<int> MonthsOfYear, DayOfMonthSelector On, IReadOnlyList<LocalTime>? Times = null);
