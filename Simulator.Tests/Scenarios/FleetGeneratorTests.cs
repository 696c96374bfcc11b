using Simulator.Core.Vaults;
using Simulator.Scenarios.Fleets;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

public sealed class FleetGeneratorTests
{
    private static readonly VaultDefinition West = Vault("vault-weu", "westeurope");
    private static readonly VaultDefinition North = Vault("vault-neu", "northeurope");
    private static readonly VaultDefinition East = Vault("vault-eus", "eastus");

    [Fact]
    public void Should_GiveTheSameFleet_When_TheSeedAndNameAreTheSame()
    {
        // Given
        var fleet = new FleetSpec { Name = "web", Count = 200, Vaults = [West, North], NamePattern = "vm-{word}-{n:000}" };

        // When
        var first = FleetGenerator.Generate(7, fleet, [West, North, East]);
        var second = FleetGenerator.Generate(7, fleet, [West, North, East]);

        // Then
        second.ShouldBe(first);
        FleetGenerator.Generate(8, fleet, [West, North, East]).ShouldNotBe(first);
    }

    [Fact]
    public void Should_ProtectEveryVmInOneOfItsVaults_When_TheFleetHasSeveral()
    {
        // Given
        var fleet = new FleetSpec { Name = "spread", Count = 300, Vaults = [West, East] };

        // When
        var vms = FleetGenerator.Generate(42, fleet, [West, North, East]);

        // Then
        vms.Count.ShouldBe(300);
        vms.Select(v => v.Vault).Distinct().Order().ShouldBe(["vault-eus", "vault-weu"]);
        vms.ShouldAllBe(v => v.Vm!.Region == (v.Vault == "vault-weu" ? "westeurope" : "eastus"));
    }

    [Fact]
    public void Should_SpreadAFleetOverSeveralVaults_When_AScenarioFileListsThem()
    {
        // Given
        const string text = """
            name: spread
            start: 2026-01-01T00:00:00Z
            duration: 1d
            vaults:
              - { name: v-a, region: westeurope }
              - { name: v-b, region: eastus }
            fleets:
              - { name: app, count: 60, vaults: [v-a, V-B] }
            """;

        // When
        var definition = ScenarioParser.Parse(text, "spread.yaml");

        // Then
        definition.DataSources.Count.ShouldBe(60);
        definition.DataSources.Select(s => s.Vault).Distinct().Order().ShouldBe(["v-a", "v-b"]);
    }

    [Fact]
    public void Should_Refuse_When_AVaultOfTheFleetIsNotInTheWorld()
    {
        // Given
        var fleet = new FleetSpec { Name = "lost", Count = 1, Vaults = [East] };

        // When
        var refusal = Should.Throw<ArgumentException>(() => FleetGenerator.Generate(1, fleet, [West]));

        // Then
        refusal.Message.ShouldContain("'vault-eus', which is not in the world");
    }

    private static VaultDefinition Vault(string name, string region) =>
        new(name, region, StorageRedundancy.GeoRedundant, true, Simulator.Core.Vaults.Vault.DefaultSoftDeleteDays, false, []);
}
