using NodaTime;
using Simulator.Core.DataSources;
using Simulator.Scenarios.Parsing;
using Simulator.Tests.Support;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Input;

namespace Simulator.Tests.Dashboard;

/// <summary>X on the vault list re-creates a deleted VM that has no item left to press X on (domain.md §5.3).</summary>
public sealed partial class FooterViewTests
{
    /// <summary>
    /// vm-gone-01 was deleted, then its data deleted in vault-nosd, which keeps no deleted data: its item is purged.
    /// vm-kept-01 is protected beside it, and vm-east-01, never protected, was deleted in another region.
    /// </summary>
    private const string PurgedVmText = """
        name: recreate-from-vault-list
        seed: 3
        start: 2026-05-04T00:00:00Z
        duration: 10d
        vaults:
          - name: vault-nosd
            region: westus2
            softDelete: false
          - name: vault-east
            region: eastus
        vms:
          - { name: vm-gone-01, region: westus2, resourceGroup: rg-gone, vault: vault-nosd }
          - { name: vm-kept-01, region: westus2, vault: vault-nosd }
          - { name: vm-east-01, region: eastus }
        timeline:
          - at: 2026-05-06T09:00:00Z
            do: deleteVm
            item: vm-gone-01
          - at: +1h
            do: stopProtection
            item: vm-gone-01
            mode: deleteData
          - at: +1h
            do: deleteVm
            item: vm-east-01
        """;

    private static readonly Instant AfterThePurge = Instant.FromUtc(2026, 5, 6, 12, 0);

    /// <summary>The world at <paramref name="at"/>, the focus moved to the vault list on vault-nosd as a person moves it.</summary>
    private static DashboardState PurgedVm(Instant at) => DashboardWorlds.From(ScenarioParser.Parse(PurgedVmText, "recreate-from-vault-list.yaml"), at).Type("h");

    [Fact]
    public void Should_OfferToRecreateAVm_When_TheVaultsRegionHasADeletedVm()
    {
        // Given vault-nosd, whose deleted VM's item was purged
        var state = PurgedVm(AfterThePurge);

        // When
        var footer = Footer(state);

        // Then it comes first, as nothing is left to protect there
        footer.ShouldStartWith("X re-create VM ");
    }

    [Fact]
    public void Should_NotOfferToRecreateAVm_When_NoVmOfTheVaultsRegionWasDeleted()
    {
        // Given the same world before any VM was deleted
        var state = PurgedVm(Instant.FromUtc(2026, 5, 6, 8, 0));

        // When
        var footer = Footer(state);

        // Then X is not offered, and pressed it says why
        footer.ShouldNotContain("re-create VM");
        state.Type("X").Status!.Text.ShouldBe("No VM in westus2 has been deleted: there is none to re-create. X on an item deletes its VM.");
    }

    [Fact]
    public void Should_ListOnlyTheDeletedVmsOfTheVaultsRegion_When_XIsPressedOnTheVaultList()
    {
        // Given
        var state = PurgedVm(AfterThePurge);

        // When
        var menu = state.Type("X").Overlay.ShouldBeOfType<MenuOverlay>();

        // Then vm-east-01, deleted in eastus, is vault-east's to re-create; vm-kept-01 exists
        menu.Title.ShouldBe("Re-create a deleted VM in westus2");
        menu.Choices.Select(choice => choice.Label).ShouldBe(["vm-gone-01 (resource group rg-gone)"]);
    }

    [Fact]
    public void Should_RecreateThePurgedVmAndLetItBeProtectedAgain_When_TheChoiceIsConfirmed()
    {
        // Given the menu open on vm-gone-01
        var state = PurgedVm(AfterThePurge).Type("X");

        // When it is chosen, then confirmed
        var asked = state.Press(Keys.Enter);
        var done = asked.Press(Keys.Enter);

        // Then the VM exists again, through the core, and "+ Backup" lists it
        asked.Overlay.ShouldBeOfType<PromptOverlay>().Title.ShouldBe("Re-create the VM vm-gone-01 (same name and resource group: its next backup is a full copy)");
        done.Status!.IsError.ShouldBeFalse();
        ((AzureVm)done.World.Simulation.FindDataSource("vm-gone-01")!).Exists.ShouldBeTrue();
        done.Type("e").Overlay.ShouldBeOfType<MenuOverlay>().Choices.Select(choice => choice.Label).ShouldContain("vm-gone-01");
        Footer(done).ShouldNotContain("re-create VM");
    }

    [Fact]
    public void Should_SayTheDeletedVmCanBeRecreated_When_NothingIsLeftToProtect()
    {
        // Given vault-east, whose region's one VM was deleted without ever being protected
        var state = PurgedVm(AfterThePurge).Press(Keys.Down);

        // When "+ Backup" is asked for
        var status = state.Type("e").Status!;

        // Then the way back is named
        status.IsError.ShouldBeTrue();
        status.Text.ShouldEndWith("vm-east-01 was deleted: X on the vault list re-creates it.");
    }

    [Fact]
    public void Should_DescribeXInHelp_When_HelpIsOpenedOnTheVaultList()
    {
        // Given
        var state = PurgedVm(AfterThePurge).Type("?");

        // When
        var screen = ConsoleText.Render(Tui.Dashboard.Views.DashboardView.Render(state, 120, 40), 120, 40);

        // Then
        screen.ShouldMatch(@"\s X +Fault: re-create deleted VM");
        KeyMap.Map(PurgedVm(AfterThePurge), new ConsoleKeyInfo('X', ConsoleKey.X, true, false, false))!.Value.Kind.ShouldBe(CommandKind.RecreateDeletedVm);
    }

    [Fact]
    public void Should_KeepHelpsKeyColumn_When_ItListsXAt80x24()
    {
        // Given help on the vault list of a world with a deleted VM, at 80×24
        var state = PurgedVm(AfterThePurge).Type("?");

        // When
        var lines = ConsoleText.Render(Tui.Dashboard.Views.DashboardView.Render(state, 80, 24), 80, 24).Split('\n');

        // Then the key column is as wide as without X, where its description narrowed it and PgUp/PgDn pushed its own
        lines.ShouldContain(line => line.Contains(" PgUp/PgDn Move a page up/down", StringComparison.Ordinal));
        lines.ShouldContain(line => line.Contains(" X         Fault: re-create deleted VM", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_PointToTheVaultList_When_XIsPressedInThePurgedItemsDetail()
    {
        // Given vm-gone-01's detail, opened while its data was being deleted, and the delete job then completed
        var state = DashboardWorlds.From(ScenarioParser.Parse(PurgedVmText, "recreate-from-vault-list.yaml"), Instant.FromUtc(2026, 5, 6, 10, 0, 10)).Press(Keys.Enter);
        state.WaitForOperation();

        // When
        var status = state.Type("X").Status!;

        // Then X says where it brings the VM back, as "+ Backup" does, where it said only that no item was selected
        status.Text.ShouldBe("No item is selected: vault-nosd/vm-gone-01 is no longer in the vault (its backup data was purged). Esc goes back. vm-gone-01 was deleted: X on the vault list re-creates it.");
    }

    [Fact]
    public void Should_NameTheKeyBackToTheVaults_When_HelpListsXUnderThemFromTheItems()
    {
        // Given help opened on the item list, the vaults being the pane before it
        var state = PurgedVm(AfterThePurge).Type("l").Type("?");

        // When
        var screen = ConsoleText.Render(Tui.Dashboard.Views.DashboardView.Render(state, 120, 40), 120, 40);

        // Then ←, where Tab (which goes on to the jobs) was named
        screen.ShouldContain("On the vaults (← to them):");
        screen.ShouldContain("On the jobs (Tab to them):");
    }
}
