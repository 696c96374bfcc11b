using NodaTime;

namespace Simulator.Core.Policies;

/// <summary>Monthly rule: points taken on the selected day of a month are kept this many months.</summary>
/// <param name="Times">The run times whose points the rule keeps (a MARS rule's <c>retentionTimes</c>); null for every run time.</param>
public sealed record MonthlyRetention(int Months, DayOfMonthSelector On, IReadOnlyList<LocalTime>? Times = null);
