using Simulator.Core.DataSources;
using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

public sealed class FleetTests
{
    private const string TwoRegions = """
        name: fleets
        seed: 8
        start: 2026-01-01T00:00:00Z
        duration: 1d
        vaults:
          - name: vault-weu
            region: westeurope
          - name: vault-neu
            region: northeurope
        fleets:
          - name: web
            count: 40
            namePattern: "vm-{word}-{n:00}"
            vaults: [vault-weu, vault-neu]
            os: { windows: 50, linux: 50 }
            agentMissing: 20
        """;

    [Fact]
    public void Should_SpreadAFleetOverItsVaults_EachVmInItsVaultsRegion()
    {
        var fleet = ScenarioParser.Parse(TwoRegions, "fleets.yaml").DataSources;

        fleet.Count.ShouldBe(40);
        fleet.Select(s => s.Vault).Distinct().Order().ShouldBe(["vault-neu", "vault-weu"]);
        fleet.ShouldAllBe(s => s.Vm!.Region == (s.Vault == "vault-weu" ? "westeurope" : "northeurope"));
        fleet.Select(s => s.Name).Distinct().Count().ShouldBe(40);
        fleet.Select(s => s.Vm!.Os).Distinct().Count().ShouldBe(2);
        fleet.Count(s => s.Vm!.AgentStatus == VmAgentStatus.Missing).ShouldBeInRange(2, 16);
    }

    [Fact]
    public void Should_GenerateTheSameFleet_When_TheSeedIsTheSame()
    {
        var first = ScenarioParser.Parse(TwoRegions, "fleets.yaml").DataSources;
        var second = ScenarioParser.Parse(TwoRegions, "fleets.yaml").DataSources;

        second.ShouldBe(first);
    }

    [Fact]
    public void Should_GenerateAnotherFleet_When_TheSeedDiffers()
    {
        var first = ScenarioParser.Parse(TwoRegions, "fleets.yaml").DataSources;
        var other = ScenarioParser.Parse(TwoRegions.Replace("seed: 8", "seed: 9", StringComparison.Ordinal), "fleets.yaml").DataSources;

        other.Select(s => s.Name).ShouldNotBe(first.Select(s => s.Name));
    }
}
