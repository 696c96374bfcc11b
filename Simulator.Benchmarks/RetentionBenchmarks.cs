using BenchmarkDotNet.Attributes;
using NodaTime;
using Simulator.Core.Policies;
using Simulator.Scenarios.Fleets;

namespace Simulator.Benchmarks;

/// <summary>Retention decisions (decision D2) for a year of daily points.</summary>
[MemoryDiagnoser]
public class RetentionBenchmarks
{
    private const int Days = 365;
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 1, 2, 0);

    private BackupPolicy _gfs = null!;
    private BackupPolicy _default = null!;

    [GlobalSetup]
    public void Setup()
    {
        _gfs = BenchEstate.Policy(EstatePolicy.Gfs)!;
        _default = BackupPolicy.Default(Start);
    }

    /// <summary>Daily, weekly, monthly and yearly rules: tag and expiry of each point of a year.</summary>
    [Benchmark(OperationsPerInvoke = Days)]
    public Instant DecideGfs() => DecideYear(_gfs);

    /// <summary>DefaultPolicy's single daily rule.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Days)]
    public Instant DecideDaily() => DecideYear(_default);

    /// <summary>Recomputing a monthly point's expiry under a changed policy (calendar months).</summary>
    [Benchmark(OperationsPerInvoke = Days)]
    public Instant ExpiryForMonthlyTag()
    {
        var last = Instant.MinValue;
        for (var day = 0; day < Days; day++)
        {
            last = RetentionCalculator.ExpiryForTag(_gfs, RetentionTag.Monthly, Start + Duration.FromDays(day))!.Value;
        }

        return last;
    }

    private static Instant DecideYear(BackupPolicy policy)
    {
        var last = Instant.MinValue;
        for (var day = 0; day < Days; day++)
        {
            var time = Start + Duration.FromDays(day);
            last = RetentionCalculator.Decide(policy, time.InUtc().Date, time)!.Value.VaultExpiry;
        }

        return last;
    }
}
