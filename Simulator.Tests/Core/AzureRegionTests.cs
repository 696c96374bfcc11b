using NodaTime;
using Simulator.Core;
using Simulator.Core.DataSources;
using Simulator.Core.Vaults;

namespace Simulator.Tests.Core;

/// <summary>A region named by its display name is the region of that name, as ARM takes a location.</summary>
public sealed class AzureRegionTests
{
    [Theory]
    [InlineData("westeurope", "westeurope")]
    [InlineData("West Europe", "westeurope")]
    [InlineData("East US 2", "eastus2")]
    [InlineData("Germany West Central", "germanywestcentral")]
    public void Should_GiveTheNameArmGives_When_ARegionIsNamedEitherWay(string given, string name) =>
        AzureRegion.Name(given).ShouldBe(name);

    [Fact]
    public void Should_ProtectAVmOfTheRegion_When_ItsVaultWasCreatedWithTheDisplayName()
    {
        var simulation = new Simulation(Instant.FromUtc(2026, 1, 5, 0, 0), seed: 1);
        var vault = simulation.CreateVault("vault-weu", "West Europe");
        var vm = simulation.AddVirtualMachine(new VmSpec("vm-web-01", "westeurope"));

        var item = simulation.ConfigureProtection(vault, vm);

        vault.Region.ShouldBe("westeurope");
        item.Vault.ShouldBeSameAs(vault);
    }
}
