using NodaTime;

namespace Simulator.Core.Policies;

/// <summary>Weekly rule: points taken on these weekdays are kept this many weeks.</summary>
public sealed record WeeklyRetention(int Weeks, IReadOnlyList<IsoDayOfWeek> Days);
