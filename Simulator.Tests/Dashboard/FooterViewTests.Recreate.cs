using Simulator.Core.DataSources;
using Simulator.Core.Protection;
using Simulator.Tests.Support;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>On a deleted VM, X offers to re-create it (domain.md §5.3) where it offers to delete one that exists.</summary>
public sealed partial class FooterViewTests
{
    [Fact]
    public void Should_OfferToRecreateTheVm_When_TheSelectedVmHasBeenDeleted()
    {
        // Given the item list on vm-app-01, whose VM was deleted with its protection on
        var state = DashboardWorlds.VmDeleted(DashboardWorlds.VmDeletedNextMorning);

        // When
        var lines = ScreenLines(state, 120, 40);

        // Then what its item still takes is offered, and re-creating the VM, but no fault of a VM that is gone
        lines[^2].ShouldBe("Enter open b backup now s stop X re-create VM");
    }

    [Fact]
    public void Should_OfferToRecreateTheVm_When_TheDeletedVmsItemIsOpen()
    {
        // Given vm-app-01's detail
        var state = DashboardWorlds.VmDeleted(DashboardWorlds.VmDeletedNextMorning).Press(Keys.Enter);

        // When
        var footer = Footer(state);

        // Then
        footer.ShouldContain(" X re-create VM ");
        footer.ShouldNotContain("delete VM");
        footer.ShouldNotContain("power");
        footer.ShouldNotContain("agent");
    }

    [Fact]
    public void Should_ListRecreateInHelp_When_TheSelectedVmHasBeenDeleted()
    {
        // Given the deleted VM's item selected, and help opened
        var state = DashboardWorlds.VmDeleted(DashboardWorlds.VmDeletedNextMorning).Type("?");

        // When
        var screen = ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40);

        // Then help, built from the key map, says what X does here
        screen.ShouldMatch(@"\s X +Fault: re-create the VM");
        screen.ShouldNotContain("Fault: delete the VM");
    }

    [Fact]
    public void Should_AskToConfirmTheRecreation_When_XIsPressedOnADeletedVm()
    {
        // Given
        var state = DashboardWorlds.VmDeleted(DashboardWorlds.VmDeletedNextMorning);

        // When
        var asked = state.Type("X");

        // Then it is confirmed as the other faults are, naming the VM
        var prompt = asked.Overlay.ShouldBeOfType<PromptOverlay>();
        prompt.Kind.ShouldBe(PromptKind.Confirm);
        prompt.Title.ShouldBe("Re-create the VM vm-app-01 (same name and resource group: its next backup is a full copy)");
        ((AzureVm)state.World.Simulation.FindDataSource("vm-app-01")!).Exists.ShouldBeFalse();
    }

    [Fact]
    public void Should_AskToDeleteTheVmWithoutSayingHowItsProtectionStands_When_XIsPressedOnAStoppedItem()
    {
        // Given the deleted VM re-created, then its protection stopped with its data retained
        var state = DashboardWorlds.VmDeleted(DashboardWorlds.VmDeletedNextMorning).Type("X").Press(Keys.Enter);
        var item = state.World.Simulation.FindItem("vm-app-01")!;
        state.World.Simulation.StopProtection(item, StopProtectionMode.RetainForever);

        // When X asks to delete the VM again
        var prompt = state.Type("X").Overlay.ShouldBeOfType<PromptOverlay>();

        // Then the question is true of an item in any state: it no longer says "protection is not stopped"
        prompt.Title.ShouldBe("Delete the VM vm-app-01 in Azure (a fault: its item and backup data stay in the vault)");
    }

    [Fact]
    public void Should_RecreateTheVmThroughTheCore_When_TheConfirmationIsAccepted()
    {
        // Given the confirmation asked
        var state = DashboardWorlds.VmDeleted(DashboardWorlds.VmDeletedNextMorning).Type("X");

        // When
        var done = state.Press(Keys.Enter);

        // Then the VM exists again, the log says so, and X deletes it once more
        done.Overlay.ShouldBeNull();
        done.Status.ShouldBe(StatusMessage.Done("Done: Re-create the VM vm-app-01 (same name and resource group: its next backup is a full copy)."));
        ((AzureVm)done.World.Simulation.FindDataSource("vm-app-01")!).Exists.ShouldBeTrue();
        ScreenLines(done, 120, 40).ShouldContain(line => line.Contains("VM", StringComparison.Ordinal) && line.Contains("Re-created", StringComparison.Ordinal));
        ScreenLines(done, 120, 40)[^2].ShouldBe("Enter open b backup now s stop X delete VM v power a agent");
    }
}
