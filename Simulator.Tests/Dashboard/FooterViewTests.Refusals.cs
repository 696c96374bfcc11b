using NodaTime;
using Simulator.Core.Protection;
using Simulator.Tests.Support;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Input;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>The footer leaves out an action the core would refuse whatever is chosen, as the portal greys it out; its key still says why.</summary>
public sealed partial class FooterViewTests
{
    [Fact]
    public void Should_OfferNeitherUndeleteNorResume_When_AProtectedItemIsSelected()
    {
        // Given the item list on vm-batch-01, protected
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning);

        // When
        var lines = ScreenLines(state, 120, 40);

        // Then what a protected item takes is offered, and what it would refuse is not
        lines[^2].ShouldBe("Enter open b backup now s stop X delete VM v power a agent");
    }

    [Fact]
    public void Should_OfferNeitherUndeleteNorResume_When_AProtectedItemIsOpen()
    {
        // Given
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Press(Keys.Enter);

        // When
        var footer = Footer(state);

        // Then
        footer.ShouldStartWith("Esc back b backup now s stop X delete VM ");
        footer.ShouldNotContain("u undelete");
        footer.ShouldNotContain("r resume");
        footer.ShouldNotContain("D delete data");
    }

    [Fact]
    public void Should_OfferUndeleteButNotBackupNow_When_ASoftDeletedItemIsSelected()
    {
        // Given the item list on vm-gone-01, soft-deleted
        var state = DashboardWorlds.SoftDelete(DashboardWorlds.SoftDeleteAfterUndelete);

        // When
        var lines = ScreenLines(state, 120, 40);

        // Then
        lines.ShouldContain("› vm-gone-01   Azure VM Soft-deleted      Warning (Backup disabled) 06-08 02:42  —              Soft-deleted");
        lines[^2].ShouldBe("Enter open u undelete X delete VM v power a agent");
    }

    [Fact]
    public void Should_OfferUndeleteButNotBackupNow_When_ASoftDeletedItemIsOpenAt80Columns()
    {
        // Given vm-gone-01's detail
        var state = DashboardWorlds.SoftDelete(DashboardWorlds.SoftDeleteAfterUndelete).Press(Keys.Enter);

        // When
        var lines = ScreenLines(state, 80, 24);

        // Then
        lines[^1].ShouldBe("Esc back u undelete X delete VM v power a agent space play ? help q quit");
    }

    [Fact]
    public void Should_OfferNoActionOnTheItemAndSayWhy_When_ItsDeleteJobStillRuns()
    {
        // Given vm-gone-01 five seconds into its DeleteBackupData job: stopped, its data not yet soft-deleted
        var state = DashboardWorlds.SoftDelete(Instant.FromUtc(2026, 6, 8, 10, 0, 5));
        var deletion = state.World.Simulation.FindItem("vm-gone-01")!.RunningOperation.ShouldNotBeNull();

        // When
        var lines = ScreenLines(state, 120, 40);
        var pressed = state.Type("u");

        // Then nothing is offered on it until the job completes, and undelete says which job runs and what to do
        lines[^2].ShouldBe("Enter open X delete VM v power a agent");
        pressed.Overlay.ShouldBeNull();
        pressed.Status.ShouldBe(StatusMessage.Error(
            $"Undelete refused: another operation is in progress on the item: Delete data job {deletion.Id[..8]} runs until 2026-06-08 10:00:30 UTC, and its backup data goes into soft delete then. Wait for it to finish, then try again."));
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(60, 24)]
    public void Should_ShowARefusalWhole_When_ItIsLongerThanTheLogStrip(int width, int height)
    {
        // Given undelete refused while vm-gone-01's delete job runs: a reason that ends with what to do
        var state = DashboardWorlds.SoftDelete(Instant.FromUtc(2026, 6, 8, 10, 0, 5)).Type("u");

        // When
        var screen = string.Join(" ", ScreenLines(state, width, height).Select(line => line.Trim()));

        // Then its end is on the screen, the strip having taken rows of the job list
        screen.ShouldContain("Wait for it to finish, then try again.");
        ScreenLines(state, width, height).Length.ShouldBe(height);
    }

    [Fact]
    public void Should_OfferResume_When_AStoppedItemKeepsItsData()
    {
        // Given the cursor moved down to vm-keep-01, stopped with its data retained
        var state = DashboardWorlds.SoftDelete(DashboardWorlds.SoftDeleteAfterUndelete).Press(Keys.Down);

        // When
        var lines = ScreenLines(state, 120, 40);

        // Then the footer follows the item under the cursor
        lines.ShouldContain("› vm-keep-01   Azure VM ProtectionStopped Warning (Backup disabled) 06-08 03:50  —              Healthy");
        lines[^2].ShouldBe("Enter open r resume s stop D delete data X delete VM v power a agent");
    }

    [Fact]
    public void Should_SayTheCoresReason_When_AnActionLeftOutOfTheFooterIsPressed()
    {
        // Given a protected item, whose footer has no undelete
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning);
        Footer(state).ShouldNotContain("u undelete");

        // When its key is pressed all the same
        var pressed = state.Type("u");

        // Then the core's reason is on the status line, and nothing is asked
        pressed.Overlay.ShouldBeNull();
        pressed.Status.ShouldBe(StatusMessage.Error("Undelete refused: the item is not soft-deleted."));
    }

    [Fact]
    public void Should_SayTheCoresReason_When_BackupNowIsPressedOnASoftDeletedItem()
    {
        // Given
        var state = DashboardWorlds.SoftDelete(DashboardWorlds.SoftDeleteAfterUndelete);

        // When
        var pressed = state.Type("b");

        // Then
        pressed.Overlay.ShouldBeNull();
        pressed.Status.ShouldBe(StatusMessage.Error("Backup now refused: the item is soft-deleted until 2026-06-22 10:00:30 UTC; undelete it and resume protection first."));
    }

    [Fact]
    public void Should_ListTheActionsLeftOutOfTheFooterInHelp_When_HelpIsOpenedOnAProtectedItem()
    {
        // Given
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("?");

        // When
        var screen = ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40);

        // Then
        screen.ShouldContain("Resume with a policy");
        screen.ShouldContain("Delete backup data");
        screen.ShouldContain("Undelete soft-deleted data");
    }

    [Fact]
    public void Should_NotOfferPlusBackup_When_TheVaultHasNothingToProtect()
    {
        // Given vault-sea, whose two VMs are soft-deleted or stopped in it
        var state = DashboardWorlds.SoftDelete(DashboardWorlds.SoftDeleteAfterUndelete).Type("h");

        // When
        var lines = ScreenLines(state, 80, 24);
        var pressed = state.Type("e");

        // Then it is left out, and its key says why
        lines[^1].ShouldBe("space play Tab pane +/- speed n next event g go to / filter o sort ? help q quit");
        pressed.Status.ShouldBe(StatusMessage.Error("Nothing to protect in vault-sea: vm-gone-01 is not listed, as its backup data in vault 'vault-sea' is soft-deleted; undelete it there, or wait until it is purged at 2026-06-22 10:00:30 UTC."));
    }

    [Fact]
    public void Should_NameTheSecondHiddenVm_When_SoftDeleteHidesBothOfTheVaultsVms()
    {
        // Given vault-sea while both its VMs' backup data is soft-deleted
        var state = DashboardWorlds.SoftDelete(Instant.FromUtc(2026, 6, 10, 12, 0)).Type("h");

        // When
        var pressed = state.Type("e");

        // Then the second is named too, not counted as "one more"
        pressed.Status.ShouldNotBeNull().Text.ShouldStartWith("Nothing to protect in vault-sea: vm-gone-01 is not listed, as its backup data in vault 'vault-sea' is soft-deleted;");
        pressed.Status!.Text.ShouldEndWith(" Nor is vm-keep-01, for its soft delete.");
    }

    [Fact]
    public void Should_TakeOneLineAndGiveTheOtherToTheLog_When_TheVaultHasNothingToProtectAt120x40()
    {
        // Given vault-sea, with nothing to protect, and the item list beside it, whose footer has two lines
        var items = DashboardWorlds.SoftDelete(DashboardWorlds.SoftDeleteAfterUndelete);
        var vaults = items.Type("h");

        // When
        var (onVaults, onItems) = (ScreenLines(vaults, 120, 40), ScreenLines(items, 120, 40));

        // Then the clock's keys keep the bottom line, and the line above them, blank before, is the log's newest event
        onItems[^2].ShouldStartWith("Enter open ");
        onVaults[^1].ShouldBe(onItems[^1]);
        onVaults[^2].ShouldBe(onItems[^3]);
        onVaults[^3].ShouldBe(onItems[^4]);
        onVaults[^9].ShouldStartWith("─ Narration and events (UTC) ");
        onItems[^9].ShouldStartWith("─ Narration and events (UTC) ");
    }

    [Fact]
    public void Should_OfferPlusBackupAgain_When_TheVaultHasSomethingToProtectOnceMore()
    {
        // Given vault-sea's footer drawn while it has nothing to protect
        var state = DashboardWorlds.SoftDelete(DashboardWorlds.SoftDeleteAfterUndelete).Type("h");
        Footer(state).ShouldNotContain("+ Backup");

        // When vm-gone-01's soft delete ends and its data is purged, leaving the VM unprotected
        state.World.RunUntil(Instant.FromUtc(2026, 6, 22, 10, 1));

        // Then
        ScreenLines(state, 80, 24)[^1].ShouldStartWith("e + Backup ");
    }

    [Fact]
    public void Should_NotOfferSwitchPolicy_When_TheVaultHasNoOtherPolicyForTheItem()
    {
        // Given the item list on fs-contoso-01, under FilesThreeADay, the only MARS policy of vault-files
        var state = DashboardWorlds.Mars(DashboardWorlds.MarsFirstMorning);

        // When
        var lines = ScreenLines(state, 120, 40);
        var pressed = state.Type("p");

        // Then switching policy is left out, and its key says why without opening a menu
        lines[^2].ShouldBe("Enter open b backup now s stop");
        pressed.Overlay.ShouldBeNull();
        pressed.Status!.Text.ShouldEndWith("there is no other to switch to. A scenario gives a vault its policies (under policies, or with an updatePolicy step).");
    }

    [Fact]
    public void Should_OfferSwitchPolicy_When_TheVaultHasAnotherPolicyThatFitsTheItem()
    {
        // Given the item list on fs-01, under FilesNightly, in vault-mixed, which also has FilesTwiceADay
        var state = DashboardWorlds.MixedPolicies(DashboardWorlds.MixedSecondMorning);
        ItemQuery.Selected(state)!.Name.ShouldBe("fs-01");

        // When
        var lines = ScreenLines(state, 120, 40);

        // Then
        lines[^2].ShouldBe("Enter open b backup now s stop p policy");
    }

    [Fact]
    public void Should_NotOfferResume_When_NoPolicyOfTheVaultFitsTheStoppedItem()
    {
        // Given vm-keep-01, stopped with its data kept, and vault-sea's only policy replaced by a MARS one. No command
        // gets here (an update keeps a policy's kind), so the vault is changed underneath the core: the footer must ask
        // what the resume menu asks, whatever the rules that make its answer empty
        var state = DashboardWorlds.SoftDelete(DashboardWorlds.SoftDeleteAfterUndelete).Press(Keys.Down);
        var vault = ItemQuery.Selected(state)!.Vault;
        vault.ReplacePolicy(vault.Policies.Single(), TestPolicies.MarsSeed004());

        // When
        var lines = ScreenLines(state, 120, 40);
        var pressed = state.Type("r");

        // Then resuming is left out, and its key says why without opening a menu
        lines[^2].ShouldBe("Enter open s stop D delete data X delete VM v power a agent");
        pressed.Overlay.ShouldBeNull();
        pressed.Status.ShouldBe(StatusMessage.Error(
            "No policy of vault-sea can protect vm-keep-01: policy 'seed-004-mars' is a MARS policy; an Azure VM needs a Standard or Enhanced policy. "
            + "A scenario gives a vault its policies (under policies, or with an updatePolicy step)."));
    }

    [Theory]
    [InlineData("v", "Deallocate VM refused: the VM has been deleted; re-create it first, with the same name and resource group.")]
    [InlineData("a", "Break VM agent refused: the VM has been deleted; re-create it first, with the same name and resource group.")]
    public void Should_SayTheCoresReason_When_AVmFaultIsPressedOnADeletedVm(string key, string said)
    {
        // Given the deleted VM's item, whose footer offers no fault but its re-creation (FooterViewTests.Recreate.cs)
        var state = DashboardWorlds.VmDeleted(DashboardWorlds.VmDeletedNextMorning);

        // When its key is pressed all the same
        var pressed = state.Type(key);

        // Then the core's reason is on the status line, and nothing is asked
        pressed.Overlay.ShouldBeNull();
        pressed.Status.ShouldBe(StatusMessage.Error(said));
    }

    [Fact]
    public void Should_OfferCancelJob_When_TheSelectedJobTakesItsSnapshot()
    {
        // Given the job list on vm-legacy-01's backup, taking its snapshot
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstSnapshot).Press(Keys.Tab);

        // When
        var footer = Footer(state);

        // Then
        footer.ShouldStartWith("Enter open t timeline c cancel ");
    }

    [Fact]
    public void Should_NotOfferCancelJob_When_TheSelectedJobHasFinished()
    {
        // Given the job list on vm-legacy-01's failed backup
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning) with { Focus = Pane.Jobs };
        state = state with { JobCursor = JobQuery.Jobs(state).ToList().FindIndex(j => j.Item.Name == "vm-legacy-01" && j.IsBackup) };

        // When
        var lines = ScreenLines(state, 120, 40);
        var pressed = state.Type("c");

        // Then it is left out, and its key says why
        lines[^2].ShouldBe("Enter open t timeline f jobs filter");
        pressed.Status.ShouldBe(StatusMessage.Error("Cancel job refused: a job can be cancelled only during its snapshot phase; it has already finished (Failed)."));
    }

    [Fact]
    public void Should_NotOfferCancelJob_When_TheTimelineRowsJobTransfers()
    {
        // Given the timeline on its first row, vm-batch-01's first backup, transferring to the vault
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("t").Press(Keys.Tab);

        // When
        var footer = Footer(state);

        // Then
        JobQuery.Selected(state)!.Item.Name.ShouldBe("vm-batch-01");
        footer.ShouldNotContain("c cancel");
    }

    [Fact]
    public void Should_OfferCancelJob_When_AJobStartsUnderTheTimelineCursor()
    {
        // Given the timeline's footer drawn on its first row, vm-batch-01's, before its first backup
        var state = DashboardWorlds.Demo(Instant.FromUtc(2026, 3, 2, 2, 40)).Type("t").Press(Keys.Tab);
        Footer(state).ShouldNotContain("c cancel");

        // When its backup starts and takes its snapshot
        state.World.RunUntil(Instant.FromUtc(2026, 3, 2, 3, 50));

        // Then the row's job is the new one, and it may be cancelled (after Enter, which opens the row's item)
        Footer(state).ShouldStartWith("Enter open t job list c cancel ");
    }

    [Fact]
    public void Should_NotOfferStop_When_AStoppedItemsBackupStillRuns()
    {
        // Given vm-db-01 stopped with its data retained forever while its first backup still transfers: it can't stop
        // again retaining its data, nor have its data deleted until that backup ends
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Press(Keys.Down);
        state.World.Simulation.StopProtection(state.World.Simulation.FindItem("vm-db-01")!, StopProtectionMode.RetainForever);
        state = state.WaitForOperation();

        // When
        var lines = ScreenLines(state, 120, 40);

        // Then no way to stop is offered, and its key says why without opening the menu
        lines[^2].ShouldBe("Enter open r resume X delete VM v power a agent");
        var pressed = state.Type("s");
        pressed.Overlay.ShouldBeNull();
        pressed.Status!.Text.ShouldStartWith("Stop protection refused: protection of 'vm-db-01' is already stopped (ProtectionStopped), so deleting its backup data is the one way left, and it must wait: backup job ");
    }

    [Fact]
    public void Should_NotOfferTheJobsFilter_When_TheTimelineShows()
    {
        // Given the timeline in place of the job list, focused
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("t").Press(Keys.Tab);

        // When
        var lines = ScreenLines(state, 120, 40);

        // Then its keys are offered, and not the job list's filter, which it doesn't apply
        lines[^2].ShouldBe("Enter open t job list");
        KeyHelp.Bindings(state).Select(b => b.Command).ShouldNotContain(CommandKind.CycleJobFilter);
    }
}
