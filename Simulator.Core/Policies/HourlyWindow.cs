using NodaTime;

namespace Simulator.Core.Policies;

/// <summary>The hourly part of an Enhanced policy: a run every <see cref="IntervalHours"/> inside a daily window.</summary>
public sealed record HourlyWindow(int IntervalHours, LocalTime WindowStart, int WindowDurationHours)
{
    /// <summary>How many runs one window holds: the window start, then one per interval while inside the window.</summary>
    public int RunsPerWindow => ((WindowDurationHours - 1) / IntervalHours) + 1;
}
