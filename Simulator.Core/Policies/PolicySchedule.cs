using NodaTime;
using NodaTime.TimeZones;

namespace Simulator.Core.Policies;

/// <summary>Turns a policy's schedule into run instants, daylight saving included (decision D1).</summary>
/// <remarks>
/// Local schedules are walked with calendar arithmetic (dates plus local times) and resolved once per candidate;
/// adding a duration of one day to a zoned time would land an hour off across a transition.
/// </remarks>
public static class PolicySchedule
{
    /// <summary>A skipped local time runs at the first instant after the gap; an ambiguous one at its earlier occurrence.</summary>
    public static readonly ZoneLocalMappingResolver FollowWallClockResolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    /// <summary>The first run strictly after <paramref name="after"/>.</summary>
    public static ScheduledRun NextRun(BackupPolicy policy, Instant after)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var frame = ScheduleFrame.Of(policy);
        var date = frame.DateOf(after).PlusDays(-1);
        for (var day = 0; day < 16; day++, date = date.PlusDays(1))
        {
            if (FirstRunOn(policy, frame, date, after) is { } run)
            {
                return run;
            }
        }

        throw new InvalidOperationException($"Policy '{policy.Name}' produces no run in the two weeks after {after}.");
    }

    /// <summary>The next <paramref name="count"/> runs after <paramref name="after"/>.</summary>
    public static IEnumerable<ScheduledRun> Runs(BackupPolicy policy, Instant after, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var run = NextRun(policy, after);
            yield return run;
            after = run.At;
        }
    }

    /// <summary>Whether any of <paramref name="times"/>, on the run's day, falls on the run itself: skipped by the same daylight-saving gap.</summary>
    /// <remarks>Asked only of a shifted run, so the resolving costs nothing on the days the clocks keep.</remarks>
    internal static bool AnyMergedInto(BackupPolicy policy, ScheduledRun run, IReadOnlyList<LocalTime> times)
    {
        var frame = ScheduleFrame.Of(policy);
        for (var i = 0; i < times.Count; i++)
        {
            if (frame.Resolve(run.RetentionDate + times[i]) == run.At)
            {
                return true;
            }
        }

        return false;
    }

    private static ScheduledRun? FirstRunOn(BackupPolicy policy, ScheduleFrame frame, LocalDate date, Instant after)
    {
        var schedule = policy.Schedule;
        if (schedule.Frequency == ScheduleFrequency.Hourly)
        {
            var window = schedule.Hourly!;
            var start = date + window.WindowStart;
            var runs = window.RunsPerWindow;
            for (var k = 0; k < runs; k++)
            {
                var configured = start.PlusHours(k * window.IntervalHours);
                var run = Resolve(policy, frame, configured, transfersToVault: k == runs - 1, windowDate: date);
                if (run.At > after)
                {
                    return run;
                }
            }

            return null;
        }

        if (schedule.Frequency == ScheduleFrequency.Weekly && !schedule.Days.Contains(date.DayOfWeek))
        {
            return null;
        }

        ScheduledRun? first = null;
        var times = schedule.RunTimes;

        // An index loop: foreach over the IReadOnlyList boxed an enumerator for every run of every item.
        for (var i = 0; i < times.Count; i++)
        {
            var run = Resolve(policy, frame, date + times[i], transfersToVault: true, windowDate: date);
            if (run.At > after && (first is null || run.At < first.Value.At))
            {
                first = run;
            }
        }

        return first;
    }

    private static ScheduledRun Resolve(BackupPolicy policy, ScheduleFrame frame, LocalDateTime configured, bool transfersToVault, LocalDate windowDate)
    {
        var at = frame.Resolve(configured);
        return new ScheduledRun(at, configured, at.InZone(policy.TimeZone).LocalDateTime, transfersToVault, windowDate);
    }

    /// <summary>The zone the schedule is read in: the policy's zone, or in Fixed mode its offset when saved (decision D1), without building a zone for Fixed mode.</summary>
    /// <remarks>
    /// A fixed offset has no gaps or overlaps, so local times map to instants by plain offset arithmetic, which gives
    /// what resolving in <c>DateTimeZone.ForOffset</c> gives, without the zone, mapping and resolver objects that
    /// each of the three or so candidate runs of every backup allocated.
    /// </remarks>
    private readonly struct ScheduleFrame
    {
        private readonly Offset _offset;
        private readonly DateTimeZone? _zone;

        private ScheduleFrame(Offset offset, DateTimeZone? zone)
        {
            _offset = offset;
            _zone = zone;
        }

        public static ScheduleFrame Of(BackupPolicy policy) => policy.DstMode switch
        {
            DstMode.Fixed => new ScheduleFrame(policy.TimeZone.GetUtcOffset(policy.SavedAt), null),
            DstMode.FollowWallClock => new ScheduleFrame(Offset.Zero, policy.TimeZone),
            _ => throw new ArgumentOutOfRangeException(nameof(policy), policy.DstMode, "Unknown DST mode."),
        };

        public LocalDate DateOf(Instant instant) => _zone is null ? instant.WithOffset(_offset).Date : instant.InZone(_zone).Date;

        public Instant Resolve(LocalDateTime local) =>
            _zone is null ? local.WithOffset(_offset).ToInstant() : _zone.ResolveLocal(local, FollowWallClockResolver).ToInstant();
    }
}
