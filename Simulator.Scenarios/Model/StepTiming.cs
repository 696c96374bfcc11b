using NodaTime;

namespace Simulator.Scenarios.Model;

/// <summary>When a timeline step runs: at an instant, an offset after the previous step, or after a happening.</summary>
public sealed record StepTiming
{
    public Instant? At { get; init; }

    public Duration? AfterPrevious { get; init; }

    public Happening? After { get; init; }

    /// <summary>Added to the happening's time.</summary>
    public Duration Delay { get; init; }
}
