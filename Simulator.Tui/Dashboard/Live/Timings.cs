namespace Simulator.Tui.Dashboard.Live;

/// <summary>Durations a dashboard benchmark measured, and the figures it reports of them.</summary>
public sealed record Timings(IReadOnlyList<TimeSpan> Samples)
{
    public TimeSpan Mean => TimeSpan.FromTicks((long)Samples.Average(sample => sample.Ticks));

    /// <summary>The 95th percentile by nearest rank: the smallest sample at least 95% of them do not exceed.</summary>
    public TimeSpan P95 => Samples.Order().ElementAt(Math.Min(Samples.Count - 1, (int)Math.Ceiling(Samples.Count * 0.95) - 1));

    public TimeSpan Max => Samples.Max();
}
