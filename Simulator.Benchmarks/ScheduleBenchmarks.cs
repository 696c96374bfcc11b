using BenchmarkDotNet.Attributes;
using NodaTime;
using Simulator.Core.Policies;

namespace Simulator.Benchmarks;

/// <summary>A year of runs from <see cref="PolicySchedule.NextRun"/>, through both European daylight-saving changes.</summary>
/// <remarks>
/// 02:30 in W. Europe Standard Time does not exist on 29 March 2026; in FollowWallClock mode it resolves to the end of
/// the gap (decision D1), in Fixed mode it stays at the UTC time pinned when the policy was saved in winter.
/// </remarks>
[MemoryDiagnoser]
public class ScheduleBenchmarks
{
    private const int Runs = 365;
    private static readonly Instant Saved = Instant.FromUtc(2026, 1, 1, 0, 0);

    private BackupPolicy _fixed = null!;
    private BackupPolicy _followWallClock = null!;
    private BackupPolicy _hourly = null!;

    [GlobalSetup]
    public void Setup()
    {
        var zone = PolicyTimeZones.TryResolve("W. Europe Standard Time", out var found) ? found : throw new InvalidOperationException("No W. Europe zone.");
        _fixed = new BackupPolicy
        {
            Name = "daily-0230",
            Kind = PolicyKind.Standard,
            Schedule = BackupSchedule.Daily(new LocalTime(2, 30)),
            Retention = new RetentionPolicy(new DailyRetention(30)),
            InstantRestoreDays = 2,
            TimeZoneId = "W. Europe Standard Time",
            TimeZone = zone,
            SavedAt = Saved,
        };
        _followWallClock = _fixed with { DstMode = DstMode.FollowWallClock };
        _hourly = _fixed with { Kind = PolicyKind.Enhanced, Schedule = BackupSchedule.HourlyEvery(4, new LocalTime(8, 0), 24), InstantRestoreDays = 7 };
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Runs)]
    public Instant DailyFixed() => Year(_fixed);

    [Benchmark(OperationsPerInvoke = Runs)]
    public Instant DailyFollowWallClock() => Year(_followWallClock);

    [Benchmark(OperationsPerInvoke = Runs)]
    public Instant EnhancedEvery4Hours() => Year(_hourly);

    private static Instant Year(BackupPolicy policy)
    {
        var after = Saved;
        for (var i = 0; i < Runs; i++)
        {
            after = PolicySchedule.NextRun(policy, after).At;
        }

        return after;
    }
}
