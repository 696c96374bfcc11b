namespace Simulator.Core.Policies;

/// <summary>Daily rule: every scheduled point is kept this many days.</summary>
public sealed record DailyRetention(int Days);
