using Simulator.Core.Jobs;
using Simulator.Core.Protection;
using Simulator.Tests.Support;
using Simulator.Tui.Cli;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Input;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>The portal's "+ Backup" on the dashboard: protecting a VM in the selected vault.</summary>
public sealed partial class DashboardControllerTests
{
    private static readonly ConsoleKeyInfo Protect = KeyCatalog.Char('e');

    /// <summary>The protectable world's second morning, the vault list focused on the vault <paramref name="below"/> rows down.</summary>
    private static DashboardState OnVault(int below) =>
        DashboardWorlds.Protectable(DashboardWorlds.ProtectableSecondMorning).Type("h" + new string('j', below));

    [Theory]
    [InlineData(0, new[] { "vm-new-01" })]
    [InlineData(1, new[] { "vm-erp-01 (stopped in vault-grs)", "vm-new-01" })]
    [InlineData(2, new[] { "vm-us-01" })]
    public void Should_ListWhatTheVaultCouldProtect_When_PlusBackupIsPressed(int vault, string[] listed)
    {
        // Given vault-grs (which backs vm-app-01 up and keeps vm-erp-01's data: that one resumes there), vault-lrs
        // (same region) or vault-us (another region) selected
        var state = OnVault(vault);

        // When
        state = state.Press(Protect);

        // Then the VMs of its region not protected anywhere, and those stopped with their data kept elsewhere
        var menu = state.Overlay.ShouldBeOfType<MenuOverlay>();
        menu.Choices.Select(c => c.Label).ShouldBe(listed);
        menu.Title.ShouldBe($"+ Backup in {state.World.Simulation.Vaults[vault].Name}: choose a VM or MARS server to protect");
    }

    [Fact]
    public void Should_ProtectTheVmWithTheChosenPolicy_When_AVmThenAPolicyAreChosen()
    {
        // Given vault-lrs's menu, on vm-new-01
        var state = OnVault(1).Press(Protect, Keys.Down);
        var jobsBefore = state.World.Simulation.Jobs.Count;

        // When it is chosen, then DefaultPolicy, and confirmed
        state = state.Press(Keys.Enter);
        var policies = state.Overlay.ShouldBeOfType<MenuOverlay>();
        state = state.Press(Keys.Enter);
        var confirmation = state.Overlay.ShouldBeOfType<PromptOverlay>();
        state = state.Press(Keys.Enter);

        // Then it is asked as the portal asks, and the new item is in vault-lrs's list with a ConfigureBackup job
        policies.Title.ShouldBe("Protect vm-new-01 in vault-lrs with policy");
        policies.Choices.Select(c => c.Label).ShouldBe(["DefaultPolicy"]);
        confirmation.Title.ShouldBe("Protect vm-new-01 in vault-lrs with policy DefaultPolicy");
        state.Status!.IsError.ShouldBeFalse(state.Status.Text);
        var item = state.World.Simulation.FindItem("vault-lrs/vm-new-01").ShouldNotBeNull();
        (item.State, item.PolicyName).ShouldBe((ProtectionState.IRPending, "DefaultPolicy"));
        var job = state.World.Simulation.Jobs.Last();
        (job.Operation, job.Item, job.Status).ShouldBe((JobOperation.ConfigureBackup, item, JobStatus.InProgress));
        state.World.Simulation.Jobs.Count.ShouldBe(jobsBefore + 1);
        state.Status.Text.ShouldBe($"vm-new-01 in vault-lrs is protected with policy DefaultPolicy: job {job.Id[..8]} configures its backup; its first backup is due 2026-04-03 02:00:00 UTC.");
        ItemQuery.Selected(state).ShouldBe(item);
        var screen = ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40);
        screen.ShouldContain("vm-new-01");
        screen.ShouldContain("ConfigureBackup");
    }

    [Fact]
    public void Should_OfferTheSameVms_When_PlusBackupIsPressedOnTheItemList()
    {
        // Given vault-lrs selected, and the focus back on its (empty) item list
        var state = OnVault(1).Press(Keys.Tab);
        state.Focus.ShouldBe(Pane.Items);

        // When
        state = state.Press(Protect);

        // Then
        state.Overlay.ShouldBeOfType<MenuOverlay>().Choices.Select(c => c.Action.Item).ShouldBe(["vm-erp-01", "vm-new-01"]);
    }

    [Fact]
    public void Should_ShowTheCoresReason_When_AnEnhancedVmIsToComeUnderAStandardPolicyInAnotherVault()
    {
        // Given vm-erp-01, stopped in vault-grs where it was under the Enhanced Hourly4, chosen in vault-lrs
        var state = OnVault(1).Press(Protect, Keys.Enter);

        // When vault-lrs's DefaultPolicy (Standard) is chosen and confirmed
        state = state.Press(Keys.Enter, Keys.Enter);

        // Then the core refuses, and says why
        state.Overlay.ShouldBeNull();
        state.Status!.IsError.ShouldBeTrue();
        state.Status.Text.ShouldBe("Configure protection refused: its backup in vault 'vault-grs' was under the Enhanced policy 'Hourly4', and Azure doesn't move a VM from an Enhanced policy to a Standard one such as 'DefaultPolicy', not even into another vault. Choose an Enhanced policy: vault 'vault-lrs' has none, so one must be created first.");
        state.World.Simulation.FindItem("vault-lrs/vm-erp-01").ShouldBeNull();
        ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40).ShouldContain("✗ Configure protection refused: its backup in vault 'vault-grs'");
    }

    [Fact]
    public void Should_SaySoRatherThanOpenAnEmptyMenu_When_TheVaultHasNothingToProtect()
    {
        // Given vault-grs after vm-erp-01 moved to vault-lrs: its item there is stopped, and vault-lrs backs it up
        var state = DashboardWorlds.Reconfigured(DashboardWorlds.ReconfiguredTwentiethApril).Type("h");

        // When
        state = state.Press(Protect);

        // Then
        state.Overlay.ShouldBeNull();
        state.Status.ShouldBe(StatusMessage.Error("Nothing to protect in vault-grs: no VM in northeurope, nor MARS server registered to it, is unprotected or stopped with its data kept in another vault."));
    }

    [Fact]
    public void Should_SayWhichVmSoftDeleteHides_When_TheVaultHasNothingElseToProtect()
    {
        // Given the demo's vm-batch-01 stopped with its backup data deleted, so soft-deleted, the other three protected
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon).Type("s").Press(Keys.Down, Keys.Down, Keys.Enter).Type("vm-batch-01").Press(Keys.Enter).WaitForOperation();
        state.World.Simulation.FindItem("vm-batch-01")!.DeleteState.ShouldBe(DeleteState.ToBeDeleted);

        // When "+ Backup" is pressed to protect it again
        state = state.Press(Protect);

        // Then the refusal names it and, in the core's words, why it is not listed and the way out, where it said only
        // that nothing was unprotected, as if vm-batch-01 had gone
        state.Overlay.ShouldBeNull();
        state.Status!.IsError.ShouldBeTrue();
        state.Status.Text.ShouldBe("Nothing to protect in contoso-vault-weu: vm-batch-01 is not listed, as its backup data in vault 'contoso-vault-weu' is soft-deleted; undelete it there, or wait until it is purged at 2026-03-17 13:00:30 CET (12:00:30 UTC).");
    }

    [Fact]
    public void Should_OfferWhatTheItemsVaultCouldProtect_When_PlusBackupIsPressedInAnItemsDetail()
    {
        // Given vm-app-01's detail, in vault-grs
        var state = DashboardWorlds.Protectable(DashboardWorlds.ProtectableSecondMorning).Press(Keys.Enter);
        state.OpenItem.ShouldBe("vault-grs/vm-app-01");

        // When
        state = state.Press(Protect);

        // Then the "+ Backup" menu of vault-grs, the vault its title names
        var menu = state.Overlay.ShouldBeOfType<MenuOverlay>();
        menu.Title.ShouldBe("+ Backup in vault-grs: choose a VM or MARS server to protect");
        menu.Choices.Select(c => c.Label).ShouldBe(["vm-new-01"]);
        state.Status.ShouldBeNull();
    }

    [Fact]
    public void Should_ActForTheOpenItemsVault_When_AnotherVaultIsSelectedInTheList()
    {
        // Given the detail of vm-erp-01's item in vault-lrs, while the vault list's cursor is on vault-grs
        var state = DashboardWorlds.Reconfigured(DashboardWorlds.ReconfiguredTwentiethApril) with { OpenItem = "vault-lrs/vm-erp-01" };
        ItemQuery.SelectedVault(state)!.Name.Value.ShouldBe("vault-grs");

        // When
        state = state.Press(Protect);

        // Then it is vault-lrs that is asked (it backs vm-erp-01 up already: nothing is left to protect)
        state.Status.ShouldBe(StatusMessage.Error("Nothing to protect in vault-lrs: no VM in northeurope, nor MARS server registered to it, is unprotected or stopped with its data kept in another vault."));
    }

    [Fact]
    public void Should_ShowTheNewItemInItsVaultsList_When_ItIsProtectedFromAnItemsDetail()
    {
        // Given vm-app-01's detail, in vault-grs
        var state = DashboardWorlds.Protectable(DashboardWorlds.ProtectableSecondMorning).Press(Keys.Enter);

        // When vm-new-01 is protected there with DefaultPolicy, and confirmed
        state = state.Press(Protect, Keys.Enter, Keys.Enter, Keys.Enter);

        // Then the detail gives way to vault-grs's list, on the new item
        state.Status!.IsError.ShouldBeFalse(state.Status.Text);
        state.OpenItem.ShouldBeNull();
        var item = state.World.Simulation.FindItem("vault-grs/vm-new-01").ShouldNotBeNull();
        ItemQuery.Selected(state).ShouldBe(item);
    }

    [Fact]
    public void Should_StayInTheDetail_When_PlusBackupIsCancelled()
    {
        // Given vm-app-01's detail with its vault's "+ Backup" menu open
        var state = DashboardWorlds.Protectable(DashboardWorlds.ProtectableSecondMorning).Press(Keys.Enter, Protect);

        // When
        state = state.Press(Keys.Escape);

        // Then
        state.Overlay.ShouldBeNull();
        state.OpenItem.ShouldBe("vault-grs/vm-app-01");
    }

    [Fact]
    public void Should_SayWhereItWorks_When_PlusBackupIsPressedOnTheJobList()
    {
        // Given the job list focused
        var state = OnVault(1).Press(Keys.Tab, Keys.Tab);

        // When
        state = state.Press(Protect);

        // Then
        state.Overlay.ShouldBeNull();
        state.Status!.Text.ShouldBe("'e' acts on the selected vault: Tab to the vaults or the protected items first.");
    }

    [Fact]
    public void Should_RefuseToProtect_When_AFinishedRunIsBrowsedReadOnly()
    {
        // Given a lab of the protectable world played to its end, reopened: read-only
        using var folder = new TempFolder();
        var path = folder.File("finished.db");
        using (var lab = LabRecording.Start(path, DashboardWorlds.ProtectableDefinition(), DashboardWorlds.ProtectableText))
        {
            lab.Session.RunToEnd();
        }

        using var reopened = LabRecording.Reopen(path);
        var world = new DashboardWorld(reopened.Session, reopened.IsReadOnly);
        reopened.CatchUp();
        var state = DashboardController.Opening(world, runFile: null).Type("hj");
        OnVault(1).Press(Protect).Overlay.ShouldBeOfType<MenuOverlay>("while the run went on, vault-lrs could protect vm-new-01");

        // When "+ Backup" is asked for on vault-lrs
        state = state.Press(Protect);

        // Then nothing is offered, and nothing changes
        world.IsReadOnly.ShouldBeTrue();
        state.Overlay.ShouldBeNull();
        state.Status.ShouldBe(StatusMessage.Unbound("The scenario ended at 2026-04-11 00:00:00 UTC: its actions and its clock are off; ? lists the keys that still work."));
        state.World.Simulation.FindItem("vault-lrs/vm-new-01").ShouldBeNull();
        state.World.Session.PerformedActions.ShouldBeEmpty();
    }
}
