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

    [Fact]
    public void Should_WrapWhyTheListsAreEmptyWhole_When_TheWindowHas60Columns()
    {
        // Given the fleet's West Europe vault selected, filtered by 'neu-05', with the timeline in place of the jobs
        var state = DashboardWorlds.Fleet(DashboardWorlds.FleetFirstNight) with { Filter = "neu-05" };

        // When the lists are shown on 60 columns
        var items = Lines(state, 60, 40);
        var timeline = Lines(state with { ShowTimeline = true }, 60, 40);

        // Then where another vault has the item, and the way out, read whole on the lines the lists have, not cut at the window's edge
        items.ShouldContain("  No item in contoso-vault-weu contains 'neu-05';");
        items.ShouldContain("  contoso-vault-neu has 1.");
        items.ShouldContain("  No jobs in contoso-vault-weu of an item whose name");
        items.ShouldContain("  contains 'neu-05'. Esc clears the filter.");
        timeline.Count(line => line == "  contoso-vault-neu has 1.").ShouldBe(2);
    }

    private static string[] Lines(Tui.Dashboard.DashboardState state, int width = 120, int height = 40) =>
        [.. ConsoleText.Render(DashboardView.Render(state, width, height), width, height).TrimEnd('\n').Split('\n').Select(line => line.TrimEnd())];
}
