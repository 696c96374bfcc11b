using Simulator.Tests.Support;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>A name filter that finds nothing in the selected vault, where another vault has the item.</summary>
public sealed class FilterAcrossVaultsTests
{
    [Fact]
    public void Should_NameTheVaultAndTheOneThatHasIt_When_TheFilterFindsNoItemInTheSelectedVault()
    {
        // Given the fleet's West Europe vault selected, filtered by 'neu-05', an item of the North Europe vault
        var state = DashboardWorlds.Fleet(DashboardWorlds.FleetFirstNight) with { Filter = "neu-05" };

        // When
        var lines = Lines(state);

        // Then the lists say they are the selected vault's, and where the item is, where they said that no item's
        // name contained it
        lines.ShouldContain("  No item in contoso-vault-weu contains 'neu-05'; contoso-vault-neu has 1.");
        lines.ShouldContain("  No jobs in contoso-vault-weu of an item whose name contains 'neu-05'. Esc clears the filter.");
    }

    [Fact]
    public void Should_SayNoVaultHasIt_When_TheFilterFindsNoItemAnywhere()
    {
        // Given the fleet's two vaults, filtered by a name none of them has
        var state = DashboardWorlds.Fleet(DashboardWorlds.FleetFirstNight) with { Filter = "zzz" };

        // When
        var lines = Lines(state);

        // Then
        lines.ShouldContain("  No item in any vault contains 'zzz'. Esc clears the filter.");
    }

    private static string[] Lines(Tui.Dashboard.DashboardState state) =>
        [.. ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40).TrimEnd('\n').Split('\n').Select(line => line.TrimEnd())];
}
