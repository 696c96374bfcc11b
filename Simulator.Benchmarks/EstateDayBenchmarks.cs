using BenchmarkDotNet.Attributes;
using NodaTime;
using Simulator.Core;
using Simulator.Scenarios.Fleets;

namespace Simulator.Benchmarks;

/// <summary>One simulated day of a 1,000-VM estate in its steady state: backups, transfers and expiry sweeps.</summary>
/// <remarks>
/// The estate first runs 40 days, so that each further day expires the snapshots of two days ago and the vault copies
/// of thirty days ago while it takes new points. Each invocation runs the next day; with the job list bounded the
/// state does not grow, so every day costs the same. Divide by 1,000 for the cost per VM-day.
/// </remarks>
[MemoryDiagnoser]
public class EstateDayBenchmarks
{
    private const int Vms = 1_000;

    private Simulation _simulation = null!;

    [Params(EstatePolicy.Default, EstatePolicy.Gfs)]
    public EstatePolicy Policy { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _simulation = new Simulation(BenchEstate.Start, BenchEstate.Seed, BenchEstate.Settings);
        BenchEstate.Build(_simulation, Vms, Policy);
        _simulation.RunFor(Duration.FromDays(40));
    }

    [Benchmark]
    public long OneDay()
    {
        _simulation.RunFor(Duration.FromDays(1));
        return _simulation.Engine.ProcessedEvents;
    }
}
