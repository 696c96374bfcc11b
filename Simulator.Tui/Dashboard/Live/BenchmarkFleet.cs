using System.Globalization;
using NodaTime;
using Simulator.Scenarios.Parsing;
using Simulator.Scenarios.Running;

namespace Simulator.Tui.Dashboard.Live;

/// <summary>The world the dashboard's benchmarks show: one vault of VMs under DefaultPolicy, 30 hours in.</summary>
/// <remarks>30 hours in, the job list, the transfers and the recovery points are full; 30 days leave room to play on.</remarks>
internal static class BenchmarkFleet
{
    public static DashboardWorld Create(int items)
    {
        var yaml = string.Create(CultureInfo.InvariantCulture, $"""
            name: dashboard-benchmark
            description: {items} VMs in one vault under DefaultPolicy.
            seed: 7
            start: 2026-01-05T00:00:00Z
            duration: 30d
            displayTimeZone: Europe/Berlin
            vaults:
              - name: vault-bench
                region: westeurope
            fleets:
              - name: vm
                count: {items}
                vault: vault-bench
                policy: DefaultPolicy
            """);
        var world = new DashboardWorld(new ScenarioSession(ScenarioParser.Parse(yaml, "dashboard-benchmark.yaml")));
        world.RunUntil(world.Start + Duration.FromHours(30));
        return world;
    }
}
