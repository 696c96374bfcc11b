using Simulator.Scenarios.Parsing;
using Simulator.Scenarios.Running;

namespace Simulator.Tests.Scenarios;

/// <summary>A region is read as ARM reads a location: its name (westeurope) or its display name (West Europe).</summary>
public sealed partial class ScenarioParserTests
{
    private const string DisplayNames = """
        name: check
        start: 2026-01-05T00:00:00Z
        duration: 2d
        vaults:
          - name: vault-weu
            region: West Europe
          - name: vault-eus2
            region: East US 2
        vms:
          - name: vm-web-01
            region: westeurope
            vault: vault-weu
          - name: vm-app-01
            region: " eastus2"
            vault: vault-eus2
          - name: vm-spare-01
            region: WestEurope
        """;

    [Fact]
    public void Should_ReadARegionsDisplayNameAsItsName_When_AScenarioGivesIt()
    {
        var definition = ScenarioParser.Parse(DisplayNames, File);

        definition.Vaults.Select(v => v.Region).ShouldBe(["westeurope", "eastus2"]);
        definition.DataSources.Select(s => s.Vm!.Region).ShouldBe(["westeurope", "eastus2", "westeurope"]);
    }

    [Fact]
    public void Should_ProtectAVmInItsVault_When_OneNamesTheRegionByItsDisplayNameAndTheOtherByItsName()
    {
        var session = new ScenarioSession(ScenarioParser.Parse(DisplayNames, File));
        session.RunToEnd();

        session.Simulation.Vaults.Select(v => v.Region).ShouldBe(["westeurope", "eastus2"]);
        session.Simulation.Jobs.Where(j => j.IsBackup).Select(j => j.Item.Name).Distinct().Order().ShouldBe(["vm-app-01", "vm-web-01"]);
    }

    [Fact]
    public void Should_StillRefuseAVmOfAnotherRegion_When_TheNamesDifferInMoreThanSpacesAndCase()
    {
        var errors = ErrorsOf(DisplayNames.Replace("region: westeurope", "region: northeurope", StringComparison.Ordinal));

        errors.ShouldHaveSingleItem().Message.ShouldContain("the VM is in northeurope and vault 'vault-weu' is in westeurope");
    }
}
