using Simulator.Core.Protection;
using Simulator.Tests.Support;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>The policy menus (protect, resume, switch policy) offer only the policies the core would take for that data source.</summary>
public sealed partial class DashboardControllerTests
{
    /// <summary>The mixed-policies world's second morning, the item list of vault-mixed on the item <paramref name="below"/> rows down (fs-01, vm-app-01).</summary>
    private static DashboardState OnMixedItem(int below) =>
        DashboardWorlds.MixedPolicies(DashboardWorlds.MixedSecondMorning).Type(new string('j', below));

    [Theory]
    [InlineData(0, "fs-01", new[] { "FilesTwiceADay" })]
    [InlineData(1, "vm-app-01", new[] { "Hourly4" })]
    public void Should_OfferOnlyThePoliciesThatFitTheDataSource_When_ThePolicyIsToBeSwitched(int below, string item, string[] offered)
    {
        // Given a vault with both VM and MARS policies, and its MARS server or its VM selected
        var state = OnMixedItem(below);
        ItemQuery.Selected(state)!.Name.ShouldBe(item);

        // When
        state = state.Type("p");

        // Then a MARS server is offered the MARS policies only, a VM the VM policies only, and neither the one it has
        var menu = state.Overlay.ShouldBeOfType<MenuOverlay>();
        menu.Title.ShouldBe($"Change policy of {item} in vault-mixed");
        menu.Choices.Select(c => c.Label).ShouldBe(offered);
    }

    [Fact]
    public void Should_AskToChangePolicyAsTheHelpNamesIt_When_APolicyIsChosen()
    {
        // Given fs-01's policy menu, which offers FilesTwiceADay
        var state = OnMixedItem(0).Type("p");

        // When the policy is chosen
        state = state.Press(Keys.Enter);

        // Then the confirmation names the action as the help, the refusals and the journal do
        state.Overlay.ShouldBeOfType<PromptOverlay>().Title.ShouldBe("Change policy of fs-01 in vault-mixed to FilesTwiceADay");
    }

    [Fact]
    public void Should_SaySoRatherThanOpenAMenu_When_TheItemsPolicyIsTheOnlyOneToSwitchTo()
    {
        // Given the demo's vm-batch-01 under DefaultPolicy, its vault's only policy
        var state = Demo();

        // When its policy is to be switched
        state = state.Type("p");

        // Then no menu offers the policy it already has: the status line says there is no other
        state.Overlay.ShouldBeNull();
        state.Status.ShouldBe(StatusMessage.Error("vm-batch-01 in contoso-vault-weu has policy DefaultPolicy, the only policy of contoso-vault-weu that fits it: there is no other to switch to. A scenario gives a vault its policies (under policies, or with an updatePolicy step)."));
        ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40).ShouldContain("✗ vm-batch-01 in contoso-vault-weu has policy DefaultPolicy, the only policy");
    }

    [Fact]
    public void Should_SayWhyAtOnceRatherThanOfferAStandardPolicy_When_TheItemIsUnderAnEnhancedOne()
    {
        // Given vm-app-01 switched to the Enhanced Hourly4: its vault's other VM policy is the Standard DefaultPolicy
        var state = OnMixedItem(1);
        state.World.Simulation.ChangePolicy(ItemQuery.Selected(state)!, "Hourly4");
        state = state.WaitForOperation();

        // When its policy is to be switched
        var pressed = state.Type("p");

        // Then no menu offers a policy the switch would be refused, to be refused only after confirming: the status line
        // says why now (domain.md §2.2), and the footer no longer offers p
        pressed.Overlay.ShouldBeNull();
        pressed.Status!.Text.ShouldStartWith("Change policy refused: ");
        pressed.Status.Text.ShouldContain("Azure doesn't move a VM from an Enhanced policy to a Standard one such as 'DefaultPolicy'");
        ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40).Split('\n')[^2].ShouldNotContain("p policy");
    }

    [Fact]
    public void Should_OfferOnlyMarsPolicies_When_AStoppedMarsServerIsToResume()
    {
        // Given fs-01 stopped with its data kept
        var state = OnMixedItem(0);
        state.World.Simulation.StopProtection(ItemQuery.Selected(state)!, StopProtectionMode.RetainForever);
        state = state.WaitForOperation();

        // When
        state = state.Type("r");

        // Then
        var menu = state.Overlay.ShouldBeOfType<MenuOverlay>();
        menu.Title.ShouldBe("Resume protection of fs-01 in vault-mixed with policy");
        menu.Choices.Select(c => c.Label).ShouldBe(["FilesNightly", "FilesTwiceADay"]);
    }

    [Fact]
    public void Should_OpenTheResumeMenuOnThePolicyTheItemHad_When_ItIsNotTheVaultsFirst()
    {
        // Given fs-01 switched to FilesTwiceADay, the second of its vault's MARS policies, then stopped as per policy
        var state = OnMixedItem(0);
        var item = ItemQuery.Selected(state)!;
        state.World.Simulation.ChangePolicy(item, "FilesTwiceADay");
        state = state.WaitForOperation();
        state.World.Simulation.StopProtection(item, StopProtectionMode.RetainAsPerPolicy);
        state = state.WaitForOperation();

        // When
        state = state.Type("r");

        // Then the cursor is on its own policy, so that Enter resumes it as it was rather than switching it
        var screen = ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40);
        screen.ShouldContain("› FilesTwiceADay");
        screen.ShouldContain("  FilesNightly");
        state.Overlay.ShouldBeOfType<MenuOverlay>().Selected.Label.ShouldBe("FilesTwiceADay");
    }

    [Fact]
    public void Should_SaySoRatherThanOpenAMenu_When_NoPolicyOfTheVaultFitsTheChosenDataSource()
    {
        // Given vault-vms's "+ Backup" menu, which lists fs-02, whose MARS agent is registered to it
        var state = OnMixedItem(0).Type("hj").Press(Protect);
        state.Overlay.ShouldBeOfType<MenuOverlay>().Choices.Select(c => c.Label).ShouldBe(["fs-02 (MARS server)"]);

        // When it is chosen
        state = state.Press(Keys.Enter);

        // Then no menu of policies opens: the status line says why none fits, in the core's words
        state.Overlay.ShouldBeNull();
        state.Status.ShouldBe(StatusMessage.Error(
            "No policy of vault-vms can protect fs-02: policy 'DefaultPolicy' is a Standard policy for Azure VMs; a MARS agent's files and folders need a MARS policy. "
            + "A scenario gives a vault its policies (under policies, or with an updatePolicy step)."));
        state.World.Simulation.FindItem("vault-vms/fs-02").ShouldBeNull();
        ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40).ShouldContain("✗ No policy of vault-vms can protect fs-02");
    }
}
