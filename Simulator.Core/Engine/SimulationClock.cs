using NodaTime;

namespace Simulator.Core.Engine;

/// <summary>The virtual clock, advanced only by the <see cref="SimulationEngine"/> and only forwards.</summary>
/// <remarks>
/// As a <see cref="TimeProvider"/> it lets code written against the BCL abstraction see simulated time; the
/// timestamp frequency is fixed at ticks per second so that elapsed time is exact simulated time.
/// </remarks>
public sealed class SimulationClock : TimeProvider, IClock
{
    internal SimulationClock(Instant start)
    {
        Now = start;
    }

    public Instant Now { get; private set; }

    public Instant GetCurrentInstant() => Now;

    public override DateTimeOffset GetUtcNow() => Now.ToDateTimeOffset();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Now.ToUnixTimeTicks();

    internal void AdvanceTo(Instant instant)
    {
        if (instant < Now)
        {
            throw new ArgumentOutOfRangeException(nameof(instant), instant, $"Cannot go back in time. Current time is {Now}.");
        }

        Now = instant;
    }
}
