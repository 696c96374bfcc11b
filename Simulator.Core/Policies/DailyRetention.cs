using NodaTime;

namespace Simulator.Core.Policies;

/// <summary>Daily rule: every scheduled point is kept this many days.</summary>
/// <param name="Times">The run times whose points the rule keeps (a MARS rule's <c>retentionTimes</c>); null for every run time.</param>
public sealed record DailyRetention(int Days, IReadOnlyList<LocalTime>? Times = null);
