using Simulator.Tests.Support;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Input;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>The footer and the help offer the keys that apply to what is selected.</summary>
public sealed partial class FooterViewTests
{
    /// <summary>Wide enough for every key of an item's detail.</summary>
    private const int Wide = 200;

    [Fact]
    public void Should_OfferTheVmFaults_When_AnAzureVmIsOpen()
    {
        // Given
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Press(Keys.Enter);

        // When
        var footer = Footer(state);

        // Then
        footer.ShouldContain("b backup now s stop X delete VM v power a agent");
    }

    [Fact]
    public void Should_OfferNoOpenAndSayWhy_When_TheFilterLeavesNoItem()
    {
        // Given a filter that no item name contains
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("/zz").Press(Keys.Enter);

        // When
        var footer = Footer(state);
        var pressed = state.Press(Keys.Enter);

        // Then Enter is not offered, and pressed anyway it says why it opened nothing
        footer.ShouldNotContain("Enter open");
        pressed.OpenItem.ShouldBeNull();
        pressed.Status.ShouldBe(StatusMessage.Error("No item to open: no item name contains 'zz'. Esc clears the filter."));
    }

    [Fact]
    public void Should_OfferNoVmFault_When_AMarsServersItemIsOpen()
    {
        // Given
        var state = DashboardWorlds.Mars(DashboardWorlds.MarsFirstMorning).Press(Keys.Enter);

        // When
        var footer = Footer(state);

        // Then its own actions are offered, and none that only a VM has
        footer.ShouldContain("b backup now s stop ");
        footer.ShouldNotContain("delete VM");
        footer.ShouldNotContain("power");
        footer.ShouldNotContain("agent");
    }

    [Fact]
    public void Should_ListNoVmFaultInHelp_When_TheSelectedItemIsAMarsServer()
    {
        // Given the MARS item selected in the list, and help opened
        var state = DashboardWorlds.Mars(DashboardWorlds.MarsFirstMorning).Type("?");

        // When
        var screen = ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40);

        // Then
        screen.ShouldContain("Backup now, retain until…");
        screen.ShouldNotContain("Fault:");
    }

    [Theory]
    [InlineData("X")]
    [InlineData("v")]
    [InlineData("a")]
    public void Should_SayWhyAVmFaultDoesNothing_When_ItsKeyIsPressedOnAMarsServer(string key)
    {
        var state = DashboardWorlds.Mars(DashboardWorlds.MarsFirstMorning).Press(Keys.Enter).Type(key);

        state.Overlay.ShouldBeNull();
        state.Status.ShouldBe(StatusMessage.Error("fs-contoso-01 is not an Azure VM; the VM faults apply to VMs only."));
        KeyHelp.Bindings(state).Select(b => b.Command).ShouldNotContain(CommandKind.DeleteVm);
    }

    [Fact]
    public void Should_OfferPlusBackupOnTheVaultsAndTheItems_ButNotOnTheJobs()
    {
        // Given the item list focused, as the dashboard opens
        var items = DashboardWorlds.Protectable(DashboardWorlds.ProtectableSecondMorning);

        // When the footer and help are drawn there, on the vault list and on the job list
        var (vaults, jobs) = (items.Type("h"), items.Press(Keys.Tab));
        var help = ConsoleText.Render(DashboardView.Render(items.Type("?"), 120, 40), 120, 40);

        // Then its key is offered where it works, from the key map, and not where it doesn't
        Footer(vaults).ShouldStartWith("e + Backup ");
        Footer(items).ShouldContain(" e + Backup ");
        help.ShouldMatch(@"\s e +\+ Backup a VM or server");
        Footer(jobs).ShouldNotContain("+ Backup");
        KeyHelp.Bindings(jobs).Select(b => b.Command).ShouldNotContain(CommandKind.ConfigureProtection);
    }

    [Fact]
    public void Should_OfferPlusBackupForTheItemsVault_When_AnItemIsOpen()
    {
        // Given vm-app-01's detail, in vault-grs
        var state = DashboardWorlds.Protectable(DashboardWorlds.ProtectableSecondMorning).Press(Keys.Enter);

        // When help is opened there
        var help = ConsoleText.Render(DashboardView.Render(state.Type("?"), 120, 40), 120, 40);

        // Then its key says which vault it acts on
        help.ShouldMatch(@"\s e +\+ Backup in this item's vault");
        Footer(state).ShouldContain(" e + Backup ");
    }

    /// <summary>The footer's two lines, as one.</summary>
    private static string Footer(DashboardState state) => string.Join(" ", ScreenLines(state, Wide, 40)[^2..]);
}
