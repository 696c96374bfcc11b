using NodaTime;

namespace Simulator.Core.Policies;

/// <summary>Weekly rule: points taken on these weekdays are kept this many weeks.</summary>
/// <param name="Times">The run times whose points the rule keeps (a MARS rule's <c>retentionTimes</c>); null for every run time.</param>
public sealed record WeeklyRetention(int Weeks, IReadOnlyList<IsoDayOfWeek> Days, IReadOnlyList<LocalTime>? Times = null);
