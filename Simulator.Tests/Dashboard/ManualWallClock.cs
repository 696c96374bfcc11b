namespace Simulator.Tests.Dashboard;

/// <summary>A wall clock that moves only when the test says so.</summary>
internal sealed class ManualWallClock : TimeProvider
{
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => _ticks;

    public void Advance(TimeSpan by) => _ticks += by.Ticks;
}
