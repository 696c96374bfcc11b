using Simulator.Core.DataSources;
using Simulator.Core.Jobs;
using Simulator.Core.Protection;
using Simulator.Core.Service;
using Simulator.Scenarios;
using Simulator.Scenarios.Model;
using Simulator.Tests.Support;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Input;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>Scripted keys through the key map and the controller, and what they do to the screen's state and to the world.</summary>
public sealed partial class DashboardControllerTests
{
    private static DashboardState Demo() => DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning);

    [Fact]
    public void Should_TogglePause_When_SpaceIsPressed()
    {
        var state = Demo() with { Paused = false };

        state.Type(" ").Paused.ShouldBeTrue();
        state.Type("  ").Paused.ShouldBeFalse();
    }

    [Fact]
    public void Should_WalkTheSpeedLadderAndStopAtItsEnds_When_PlusAndMinusArePressed()
    {
        var state = Demo();

        state.Type("+").SpeedIndex.ShouldBe(SpeedLadder.Count - 1);
        state.Type("+++").SpeedIndex.ShouldBe(SpeedLadder.Count - 1);
        state.Type("-----").SpeedIndex.ShouldBe(0);
        SpeedLadder.Label(state.Type("-").SpeedIndex).ShouldBe("10 min/s");
    }

    [Theory]
    [InlineData("+", "'+' does nothing here: 1 day/s is the fastest speed; '-' slows down.")]
    [InlineData("---", "'-' does nothing here: 1× is the slowest speed; '+' speeds up.")]
    public void Should_SaySoOnTheStatusLine_When_PlusOrMinusIsPressedAtTheEndOfTheSpeedLadder(string before, string said)
    {
        // Given the speed at one end of the ladder
        var state = Demo().Type(before);
        state.Status.ShouldBeNull();

        // When the key that would go past it is pressed again
        var pressed = state.Type(before[..1]);

        // Then the speed stays, and the status line says why the key did nothing
        pressed.SpeedIndex.ShouldBe(state.SpeedIndex);
        pressed.Status.ShouldBe(StatusMessage.Error(said));
    }

    [Fact]
    public void Should_EraseTheWholeCharacter_When_BackspaceFollowsOneOutsideTheBasicPlane()
    {
        // Given a filter typed with an emoji, which a terminal reports as two halves of a surrogate pair
        var state = Demo().Type("/a😀");

        // When Backspace is pressed once
        var erased = state.Press(Keys.Backspace);

        // Then the emoji is gone whole, and the filter reads as typed rather than with a broken half ('a\uFFFD')
        erased.Filter.ShouldBe("a");
        var screen = ConsoleText.Render(DashboardView.Render(erased, 120, 40), 120, 40);
        screen.ShouldContain("  > a█");
        screen.ShouldContain("· filter 'a' ·");
    }

    [Fact]
    public void Should_ListOnlyRunningJobs_When_TheInProgressFilterIsChosen()
    {
        var state = Demo().Type("f");

        state.JobFilter.ShouldBe(JobFilter.InProgress);
        JobQuery.Jobs(state).ShouldNotBeEmpty();
        JobQuery.Jobs(state).ShouldAllBe(job => job.Status == JobStatus.InProgress);
    }

    [Fact]
    public void Should_KeepRowsThatReadTheSameTogether_When_SortedByLastBackup()
    {
        // Given vm-db-01 stopped retaining its data forever: its last backup reads "Warning (Backup disabled)", though
        // its API status stays Healthy like the others'
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon);
        state.World.Simulation.StopProtection(state.World.Simulation.FindItem("vm-db-01")!, StopProtectionMode.RetainForever);

        // When
        state = state.Type("oo");

        // Then
        state.Sort.ShouldBe(ItemSort.LastBackupStatus);
        ItemQuery.Items(state).Select(i => i.Name).ShouldBe(["vm-db-01", "vm-batch-01", "vm-legacy-01", "vm-web-01"]);
    }

    [Fact]
    public void Should_PutFailedLastBackupsFirst_ThenWarnings_When_SortedByLastBackup()
    {
        // Given vm-web-01's backup failed (its agent missing), and vm-db-01 stopped: Unhealthy, Warning, and two Healthy
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon);
        var simulation = state.World.Simulation;
        var web = simulation.FindItem("vm-web-01")!;
        simulation.SetAgentStatus((AzureVm)web.DataSource, VmAgentStatus.Missing);
        simulation.BackupNow(web);
        simulation.RunFor(NodaTime.Duration.FromHours(2));
        simulation.StopProtection(simulation.FindItem("vm-db-01")!, StopProtectionMode.RetainForever);
        Labels.LastBackupOf(web).ShouldBe("Unhealthy");

        // When
        state = state.Type("oo");

        // Then failures come first, as the protection order puts errors first, not between Healthy and Warning
        ItemQuery.Items(state).Select(i => i.Name).ShouldBe(["vm-web-01", "vm-db-01", "vm-batch-01", "vm-legacy-01"]);
    }

    [Fact]
    public void Should_KeepSoftDeletedItemsTogether_When_SortedByProtectionState()
    {
        // Given vm-batch-01 and vm-web-01 stopped retaining their data, and vm-db-01 stopped deleting it: all three are
        // ProtectionStopped, but vm-db-01 reads "Soft-deleted", which comes first, as in the vaults pane's counts
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon);
        var simulation = state.World.Simulation;
        simulation.StopProtection(simulation.FindItem("vm-batch-01")!, StopProtectionMode.RetainForever);
        simulation.StopProtection(simulation.FindItem("vm-web-01")!, StopProtectionMode.RetainForever);
        simulation.StopProtection(simulation.FindItem("vm-db-01")!, StopProtectionMode.DeleteData);
        state = state.WaitForOperation();

        // When
        state = state.Type("o");

        // Then
        state.Sort.ShouldBe(ItemSort.ProtectionState);
        ItemQuery.Items(state).Select(i => i.Name).ShouldBe(["vm-db-01", "vm-batch-01", "vm-web-01", "vm-legacy-01"]);
    }

    [Fact]
    public void Should_FilterItemsByName_When_TextIsTypedAfterSlash()
    {
        var state = Demo().Type("/web").Press(Keys.Enter);

        ItemQuery.Items(state).Select(i => i.Name).ShouldBe(["vm-web-01"]);
        JobQuery.Jobs(state).ShouldAllBe(job => job.Item.Name == "vm-web-01");
        state.Press(Keys.Escape).Filter.ShouldBeEmpty();
    }

    [Fact]
    public void Should_SayWhyNoItemIsSelected_When_AnActionKeyIsPressedOnAListTheFilterEmptied()
    {
        // Given a filter that no item name contains, kept
        var filtered = Demo().Type("/zz").Press(Keys.Enter);

        // When Backup now is pressed on the empty item list
        var state = filtered.Type("b");

        // Then the status line says why no item is selected, and the way back, as Enter does
        ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40)
            .ShouldContain("✗ No item is selected: no item name contains 'zz'. Esc clears the filter.");
    }

    [Fact]
    public void Should_SayWhyNoJobCanBeCancelled_When_TheFilterEmptiedTheJobList()
    {
        // Given a filter that no item name contains, kept, and the focus on the empty job list
        var jobs = Demo().Type("/zz").Press(Keys.Enter).Press(Keys.Tab);
        jobs.Focus.ShouldBe(Pane.Jobs);

        // When cancel is pressed
        var state = jobs.Type("c");

        // Then the status line says why there is no job, and the way back
        ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40)
            .ShouldContain("✗ No job to cancel: the job list shows no jobs of an item whose name contains 'zz'. Esc clears the filter.");
    }

    [Fact]
    public void Should_KeepTheSelectedItem_When_EscClearsTheFilter()
    {
        // Given the filter leaves vm-web-01 alone, on the first row, where the whole list has another item
        var filtered = Demo().Type("/web").Press(Keys.Enter);
        ItemQuery.Selected(filtered)!.Name.ShouldBe("vm-web-01");

        // When
        var cleared = filtered.Press(Keys.Escape);

        // Then
        cleared.Filter.ShouldBeEmpty();
        ItemQuery.Selected(cleared)!.Name.ShouldBe("vm-web-01");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Should_SelectTheItemSelectedBeforeTheFilterAgain_When_EscClearsAFilterThatListedNoItem(bool kept)
    {
        // Given vm-legacy-01 selected, the third item, then a filter no item name contains, kept with Enter or still typed
        var selected = Demo().Press(Keys.Down).Press(Keys.Down);
        ItemQuery.Selected(selected)!.Name.ShouldBe("vm-legacy-01");
        var filtered = selected.Type("/zz");
        filtered = kept ? filtered.Press(Keys.Enter) : filtered;
        ItemQuery.Selected(filtered).ShouldBeNull();

        // When
        var cleared = filtered.Press(Keys.Escape);

        // Then the list is whole again, its cursor on the item it was on before the filter, not on the first
        cleared.Filter.ShouldBeEmpty();
        ItemQuery.Selected(cleared)!.Name.ShouldBe("vm-legacy-01");
    }

    [Fact]
    public void Should_SelectTheItemSelectedBeforeTheFilterAgain_When_TheFiltersTextIsErasedWhole()
    {
        // Given vm-legacy-01 selected, then a filter no item name contains typed
        var filtered = Demo().Press(Keys.Down).Press(Keys.Down).Type("/zz");
        ItemQuery.Selected(filtered).ShouldBeNull();

        // When its text is erased, and the empty filter kept
        var erased = filtered.Press(Keys.Backspace).Press(Keys.Backspace).Press(Keys.Enter);

        // Then the list is whole again, its cursor on the item it was on before the filter, not on the first
        erased.Filter.ShouldBeEmpty();
        ItemQuery.Selected(erased)!.Name.ShouldBe("vm-legacy-01");
    }

    [Theory]
    [InlineData("vault-grs/vm-erp-01", "D", "Delete backup data of vm-erp-01 in vault-grs")]
    [InlineData("vault-lrs/vm-erp-01", "s", "Stop protection of vm-erp-01 in vault-lrs")]
    [InlineData("vault-lrs/vm-erp-01", "b", "Backup now: vm-erp-01 in vault-lrs")]
    public void Should_NameTheItemsVaultInTheConfirmation_When_TheVmHasAnItemInTwoVaults(string item, string key, string title)
    {
        // Given the detail of one of the two items of a VM whose backup moved to another vault
        var state = DashboardWorlds.Reconfigured(DashboardWorlds.ReconfiguredTwentiethApril) with { OpenItem = item };

        // When an action on it is chosen
        var screen = ConsoleText.Render(DashboardView.Render(state.Type(key), 120, 40), 120, 40);

        // Then what is asked says which vault's item it acts on
        screen.ShouldContain($"─ {title} ─");
    }

    [Fact]
    public void Should_OpenAndCloseTheItemDetail_When_EnterAndEscArePressed()
    {
        var state = Demo().Type("j").Press(Keys.Enter);

        // held with its vault: a VM reconfigured in another vault has an item in each
        state.OpenItem.ShouldBe("contoso-vault-weu/vm-db-01");
        state.Press(Keys.Escape).OpenItem.ShouldBeNull();
    }

    [Fact]
    public void Should_StartAnOnDemandJobThroughTheCore_When_BackupNowIsConfirmed()
    {
        // Given vm-web-01, the last item by name
        var state = Demo().Type("jjj");
        var before = state.World.Simulation.Jobs.Count;

        // When
        state = state.Type("b").Press(Keys.Enter);

        // Then
        state.World.Simulation.Jobs.Count.ShouldBe(before + 1);
        var job = state.World.Simulation.Jobs.Last();
        (job.Item.Name, job.Trigger).ShouldBe(("vm-web-01", BackupTrigger.OnDemand));
        state.Status!.IsError.ShouldBeFalse();
        state.Overlay.ShouldBeNull();
    }

    [Fact]
    public void Should_RecordTheActionInTheSession_SoThatALabCanBeReopened()
    {
        var state = Demo().Type("jjj").Type("b").Press(Keys.Enter);

        var performed = state.World.Session.PerformedActions.ShouldHaveSingleItem();
        performed.Action.Verb.ShouldBe(Simulator.Scenarios.Model.ActionVerb.BackupNow);
        performed.Action.Item.ShouldBe("contoso-vault-weu/vm-web-01");
        performed.At.ShouldBe(state.World.Now);
    }

    [Fact]
    public void Should_SayUntilWhenTheBackupIsKept_InTheScenariosZone_When_ABackupNowStarts()
    {
        // Given the demo, shown in Europe/Amsterdam; the default retain-until is 30 days on, after the switch to CEST
        var state = Demo().Type("jjj").Type("b").Press(Keys.Enter);

        // Then the time reads as the header and the prompt read it, not as the journal's UTC
        var job = state.World.Simulation.Jobs.Last();
        state.Status.ShouldNotBeNull().Text.ShouldBe($"Backup now of vm-web-01 in contoso-vault-weu started: job {job.Id[..8]}, kept until 2026-04-01 06:00:00 CEST (04:00:00 UTC).");
    }

    [Fact]
    public void Should_SayTheBackupFailedAtOnce_When_ABackupNowFindsAnotherSnapshotOfTheItemRunning()
    {
        // Given a Backup now of vm-web-01 still taking its snapshot
        var state = Demo().Type("jjj").Type("b").Press(Keys.Enter);

        // When a second one is asked for at the same instant
        state = state.Type("b").Press(Keys.Enter);

        // Then the status line says what the job list shows, the job failed, and why, rather than that it started
        var job = state.World.Simulation.Jobs.Last();
        job.ErrorCode.ShouldBe(ErrorCodes.BackupOperationInProgress);
        state.Status.ShouldBe(StatusMessage.Error($"Backup now of vm-web-01 in contoso-vault-weu failed at once: job {job.Id[..8]}, UserErrorBackupOperationInProgress: Another backup snapshot of this item is still running."));
    }

    [Fact]
    public void Should_CloseTheBackupNowPrompt_When_TheBackupFailsAtOnce()
    {
        // Given a Backup now of vm-web-01 still taking its snapshot, and a second one asked for at the same instant
        var state = Demo().Type("jjj").Type("b").Press(Keys.Enter);
        state = state.Type("b").Press(Keys.Enter);

        // Then the failed job is on the list and the prompt is gone: the backup was taken, not its date refused, and
        // another Enter would only start another failed job
        var screen = Screen(state, 120, 40);
        screen.ShouldContain("failed at once");
        screen.ShouldNotContain("Retain backup till");
        screen.ShouldContain("Backup now vm-web-01");
        state.Overlay.ShouldBeNull();
    }

    [Fact]
    public void Should_KeepTheBackupUntilThatDaysMidnightInTheScenariosZone_When_ADateIsTyped()
    {
        // Given the Backup now prompt on the demo's first morning, which names the date form, its date replaced by a
        // bare date as the portal's date picker and the Azure CLI's --retain-until give one
        var state = Demo().Type("b");
        Screen(state, 160, 40).ShouldContain("Retain backup till (a date or a local time in Europe/Amsterdam, or ISO 8601)");
        state = state.Press([.. Enumerable.Repeat(Keys.Backspace, 16)]).Type("2026-12-31");

        // When it is confirmed
        state = state.Press(Keys.Enter);

        // Then the backup starts, kept until 00:00 of that day in Amsterdam, as the status line says
        var job = state.World.Simulation.Jobs.Last();
        job.RetainUntil.ShouldBe(NodaTime.Instant.FromUtc(2026, 12, 30, 23, 0));
        state.Overlay.ShouldBeNull();
        Screen(state, 160, 40).ShouldContain($"Backup now of vm-batch-01 in contoso-vault-weu started: job {job.Id[..8]}, kept until 2026-12-31 00:00:00 CET (12-30 23:00:00 UTC).");
    }

    [Fact]
    public void Should_NameTheDateForm_When_TheRetainUntilIsNoTime()
    {
        // Given the Backup now prompt with a date written as the Azure CLI writes it (d-m-Y)
        var state = Demo().Type("b").Press([.. Enumerable.Repeat(Keys.Backspace, 16)]).Type("31-12-2026");

        // When it is confirmed
        state = state.Press(Keys.Enter);

        // Then the prompt stays, and the status line gives the same day as the prompt takes it
        state.Overlay.ShouldBeOfType<PromptOverlay>().Input.ShouldBe("31-12-2026");
        state.Status.ShouldBe(StatusMessage.Error("Retain till: '31-12-2026' is written day first, as the Azure CLI's --retain-until takes a date; write it year first, as ISO 8601 does: 2026-12-31."));
    }

    [Theory]
    [InlineData("2026-03-01T09:00", "must be after the current time")]
    [InlineData("2026-03-02", "must be after the current time")]
    [InlineData("2125-03-03T00:00", "within 99 years")]
    public void Should_KeepThePromptWithTheTypedDateAndSayTheCoresReason_When_TheCoreRefusesTheRetainUntil(string typed, string rule)
    {
        // Given the Backup now prompt on the demo's first morning, its date replaced by one the core won't keep
        var state = Demo().Type("b").Press([.. Enumerable.Repeat(Keys.Backspace, 16)]).Type(typed);

        // When it is confirmed
        state = state.Press(Keys.Enter);

        // Then the prompt stays with what was typed, under the core's reason, as for a date that can't be read
        var screen = ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40);
        screen.ShouldContain("─ Backup now: vm-batch-01 in contoso-vault-weu ─");
        screen.ShouldContain($"> {typed}");
        screen.ShouldContain("✗ Backup now refused: retain-until ");
        state.Status.ShouldNotBeNull().Text.ShouldContain(rule);
        state.World.Session.PerformedActions.ShouldBeEmpty();
    }

    [Fact]
    public void Should_ChangeNothing_When_ABackupNowIsCancelled()
    {
        var state = Demo();
        var before = state.World.Simulation.Jobs.Count;

        state.Type("b").Press(Keys.Escape);

        state.World.Simulation.Jobs.Count.ShouldBe(before);
    }

    [Fact]
    public void Should_KeepTheData_When_TheTypedNameIsWrong()
    {
        var state = Demo().Type("s").Press(Keys.Down, Keys.Down, Keys.Enter).Type("vm-batch").Press(Keys.Enter);

        state.Status!.IsError.ShouldBeTrue();
        state.World.Simulation.FindItem("vm-batch-01")!.DeleteState.ShouldBe(DeleteState.NotDeleted);
    }

    [Fact]
    public void Should_KeepThePromptToCorrectTheName_When_TheTypedNameIsWrong()
    {
        // Given the name asked before data is deleted, typed one character short
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon).Type("s").Press(Keys.Down, Keys.Down, Keys.Enter).Type("vm-batch-0").Press(Keys.Enter);

        // When the missing character is added
        var prompt = state.Overlay.ShouldBeOfType<PromptOverlay>();
        prompt.Input.ShouldBe("vm-batch-0");
        state.Status.ShouldBe(StatusMessage.Error("'vm-batch-0' is not 'vm-batch-01'; nothing was changed. Correct the name, or Esc cancels."));
        var corrected = state.Type("1").Press(Keys.Enter);

        // Then the data is deleted, as the portal's dialog allows once the name is right
        corrected.Overlay.ShouldBeNull();
        corrected.World.Simulation.FindItem("vm-batch-01")!.RunningOperation.ShouldNotBeNull();
    }

    [Fact]
    public void Should_GiveGoToExamplesADayAheadInTheScenariosZone_When_TheGoToPromptOpens()
    {
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon).Type("g");

        state.Overlay.ShouldBeOfType<PromptOverlay>().Hint
            .ShouldBe("ISO 8601 (2026-03-04T12:00Z), a time or a date in Europe/Amsterdam (2026-03-04T13:00) or +offset from the start (+1d6h)");
    }

    [Fact]
    public void Should_SaySoAndCloseThePrompt_When_GoToNamesTheCurrentTime()
    {
        // Given the demo at noon UTC on its second day
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon);

        // When that very time is the one typed
        var gone = state.Type("g").Type("2026-03-03T12:00:00Z").Press(Keys.Enter);

        // Then the prompt closes, and the status says nothing was there to play
        gone.Overlay.ShouldBeNull();
        gone.World.Now.ShouldBe(state.World.Now);
        gone.Status.ShouldBe(StatusMessage.Done("Go to: 2026-03-03T12:00:00Z is 2026-03-03 13:00:00 CET (12:00:00 UTC), where the simulation already is."));
    }

    [Fact]
    public void Should_SayTheFaultIsDone_When_TheItemsVmIsDeletedWhileAStopsJobRuns()
    {
        // Given vm-batch-01's protection just stopped with its data kept, its DisableBackup job running, the clock paused
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon).Type("s").Press(Keys.Enter).Type("y");
        var stopping = state.World.Simulation.FindItem("vm-batch-01")!.RunningOperation.ShouldNotBeNull();

        // When its VM is deleted at that same instant
        var deleted = state.Type("X").Type("vm-batch-01").Press(Keys.Enter);

        // Then the fault is told done, not as having started the stop's job
        deleted.Status.ShouldBe(StatusMessage.Done("Done: Delete the VM vm-batch-01 in Azure (a fault: its item and backup data stay in the vault)."));
        deleted.Status!.Text.ShouldNotContain(stopping.Id[..8]);
    }

    [Fact]
    public void Should_SoftDelete_When_TheItemsNameIsTyped()
    {
        // At noon, when the night's backups are over (deleting while one runs is refused)
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon).Type("s").Press(Keys.Down, Keys.Down, Keys.Enter).Type("vm-batch-01").Press(Keys.Enter);

        // Its data goes into soft delete when the DeleteBackupData job completes, which the status line announces
        var item = state.World.Simulation.FindItem("vm-batch-01")!;
        var job = item.RunningOperation.ShouldNotBeNull();
        state.Status.ShouldBe(StatusMessage.Done(
            $"Stop protection of vm-batch-01 in contoso-vault-weu and delete backup data: job {job.Id[..8]} completes in 30s, and until then the item takes no other action."));
        item.DeleteState.ShouldBe(DeleteState.NotDeleted);
        state.WaitForOperation();
        item.DeleteState.ShouldBe(DeleteState.ToBeDeleted);
    }

    [Fact]
    public void Should_ShowTheCoresReason_When_TheCoreRefuses()
    {
        // Given protection of vm-batch-01 stopped, retaining data forever, at noon when no backup of it runs
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon).Type("s").Press(Keys.Enter, Keys.Enter).WaitForOperation();
        state.World.Simulation.FindItem("vm-batch-01")!.State.ShouldBe(ProtectionState.ProtectionStopped);

        // When it is stopped again
        state = state.Type("s").Press(Keys.Enter, Keys.Enter);

        // Then
        state.Status!.IsError.ShouldBeTrue();
        state.Status.Text.ShouldBe("Stop protection refused: protection of 'vm-batch-01' is already stopped (ProtectionStopped). Resume it first, or delete its backup data.");
    }

    [Fact]
    public void Should_RefuseBeforeAskingForTheName_When_DeletingDataIsChosenWhileABackupRuns()
    {
        // Given vm-db-01, whose first backup transfers to the vault, and its stop menu on "Delete backup data"
        var state = Demo().Press(Keys.Down).Type("s").Press(Keys.Down, Keys.Down);
        var running = state.World.Simulation.FindItem("vm-db-01")!.ActiveJobs.Single();

        // When it is chosen
        state = state.Press(Keys.Enter);

        // Then the core's reason shows at once, no name is asked, and the menu stays for another choice
        state.Status.ShouldBe(StatusMessage.Error($"Stop protection refused: backup job {running.Id[..8]} is still running, and what it writes would outlive the deleted data. Wait for it to finish: its snapshot is over, and a transfer to the vault can't be cancelled."));
        state.Overlay.ShouldBeOfType<MenuOverlay>().Title.ShouldBe("Stop protection of vm-db-01 in contoso-vault-weu");
        state.World.Simulation.FindItem("vm-db-01")!.State.ShouldBe(ProtectionState.IRPending);
        var screen = ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40);
        screen.ShouldContain("✗ Stop protection refused: backup job");
        screen.ShouldNotContain("Type the name");
    }

    [Fact]
    public void Should_RefuseBeforeAskingToConfirm_When_RetainingDataIsChosenForAStoppedItem()
    {
        // Given vm-batch-01 stopped with its data retained forever at noon, when no backup of it runs, and its stop
        // menu opened again
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon).Type("s").Press(Keys.Enter, Keys.Enter).WaitForOperation().Type("s");

        // When retaining its data forever is chosen again
        state = state.Press(Keys.Enter);

        // Then the core's reason shows with the menu still open, and no confirmation is asked
        state.Status.ShouldBe(StatusMessage.Error("Stop protection refused: protection of 'vm-batch-01' is already stopped (ProtectionStopped). Resume it first, or delete its backup data."));
        state.Overlay.ShouldBeOfType<MenuOverlay>();
        ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40).ShouldNotContain("Enter or y confirms");
    }

    [Fact]
    public void Should_SayTheJobsFilterWorksOnTheJobList_When_FIsPressedOnTheTimeline()
    {
        // Given the timeline, its cursor on its second row
        var state = Demo().Type("t").Press(Keys.Tab, Keys.Down);

        // When the jobs filter's key is pressed
        var pressed = state.Type("f");

        // Then neither the hidden job list's filter nor the timeline's cursor moves, and the status line says where it works
        pressed.JobFilter.ShouldBe(JobFilter.All);
        pressed.JobCursor.ShouldBe(1);
        pressed.Status.ShouldBe(StatusMessage.Unbound("'f' works on the job list, not on the timeline: t shows the job list."));
        ConsoleText.Render(DashboardView.Render(pressed, 120, 40), 120, 40).ShouldContain("✗ 'f' works on the job list, not on the timeline: t shows the job list.");
    }

    [Fact]
    public void Should_LeaveTheJobListsCursor_When_AFilterIsOpenedAndClosedWithNothingTyped()
    {
        // Given the job list's cursor on its fourth job
        var jobs = Demo().Press(Keys.Tab, Keys.Down, Keys.Down, Keys.Down);
        jobs.JobCursor.ShouldBe(3);

        // When the filter is opened and closed with Esc, nothing typed
        var closed = jobs.Type("/").Press(Keys.Escape);

        // Then the cursor is where it was, not back on the first job
        closed.Overlay.ShouldBeNull();
        closed.JobCursor.ShouldBe(3);
    }

    [Theory]
    [InlineData("n")]
    [InlineData("Esc")]
    public void Should_SayNothingWasDone_When_AConfirmationIsCancelled(string key)
    {
        // Given the repair of vm-legacy-01's agent asked for
        var asked = Demo().Type("/legacy").Press(Keys.Enter).Type("a");
        var events = asked.World.Log.Total;

        // When it is answered no
        var cancelled = key == "n" ? asked.Type("n") : asked.Press(Keys.Escape);

        // Then the question closes, the status line says nothing was done, and the clock did not step
        cancelled.Overlay.ShouldBeNull();
        cancelled.Status.ShouldBe(StatusMessage.Note("Nothing done, not confirmed: Repair the VM agent of vm-legacy-01."));
        cancelled.World.Log.Total.ShouldBe(events);
    }

    [Fact]
    public void Should_ShowTheCoresReason_When_TheScriptRepairsTheAgentWhileItsRepairIsBeingConfirmed()
    {
        // Given the repair of vm-legacy-01's missing agent asked for, and the clock playing on under the confirmation
        // past noon, when the demo's own step repairs it
        var state = Demo().Type("/legacy").Press(Keys.Enter).Type("a");
        state.Overlay.ShouldBeOfType<PromptOverlay>().Title.ShouldBe("Repair the VM agent of vm-legacy-01");
        state.World.RunUntil(NodaTime.Instant.FromUtc(2026, 3, 2, 13, 0));
        var events = state.World.Log.Total;

        // When the repair is confirmed
        state = state.Press(Keys.Enter);

        // Then the core refuses it, and the journal does not say the agent changed again
        state.Status.ShouldBe(StatusMessage.Error("Repair VM agent refused: the VM agent is already Healthy."));
        state.World.Log.Total.ShouldBe(events);
    }

    [Fact]
    public void Should_RefuseBeforeOfferingPolicies_When_NoPolicyCouldResumeTheItem()
    {
        // Given vm-batch-01, protected
        var state = Demo();

        // When its protection is to be resumed
        state = state.Type("r");

        // Then the core's reason shows at once, with no menu of policies to choose from first
        state.Overlay.ShouldBeNull();
        state.Status!.Text.ShouldBe("Resume protection refused: 'vm-batch-01' is already protected (IRPending); only a stopped item can be resumed.");
    }

    [Fact]
    public void Should_RefuseBeforeOfferingPolicies_When_TheItemsProtectionIsStopped()
    {
        // Given protection of vm-batch-01 stopped, retaining data forever, at noon when no backup of it runs
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon).Type("s").Press(Keys.Enter, Keys.Enter).WaitForOperation();

        // When its policy is to be switched
        state = state.Type("p");

        // Then
        state.Overlay.ShouldBeNull();
        state.Status!.Text.ShouldBe("Change policy refused: protection is stopped (ProtectionStopped); resume protection with the new policy instead.");
    }

    [Theory]
    [InlineData("b", "Backup now refused: protection is stopped (ProtectionStopped); on-demand backups need active protection. Resume protection first.")]
    [InlineData("u", "Undelete refused: the item is not soft-deleted.")]
    public void Should_RefuseBeforeAskingAnything_When_TheCoreWouldRefuseWhateverIsChosen(string key, string said)
    {
        // Given protection of vm-batch-01 stopped, retaining data forever, at noon when no backup of it runs
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon).Type("s").Press(Keys.Enter, Keys.Enter).WaitForOperation();

        // When
        state = state.Type(key);

        // Then no prompt opens
        state.Overlay.ShouldBeNull();
        state.Status!.Text.ShouldBe(said);
    }

    [Fact]
    public void Should_RefuseBeforeAskingToCancel_When_TheJobCannotBeCancelled()
    {
        // Given the oldest job of the job list, a Configure job
        var state = Demo().Press(Keys.Tab, KeyCatalog.Special(ConsoleKey.End));

        // When it is to be cancelled
        state = state.Type("c");

        // Then the core's reason shows at once, with nothing to confirm first
        state.Overlay.ShouldBeNull();
        state.Status!.Text.ShouldBe("Cancel job refused: only backup jobs can be cancelled; Configure jobs run to their end.");
    }

    [Fact]
    public void Should_RefuseActionsBeforeAskingAnything_When_TheScenarioHasEnded()
    {
        // Given the demo played to its end
        var state = DashboardWorlds.Demo(BuiltInScenarios.Demo().Header.End);
        var before = state.World.Simulation.Jobs.Count;

        // When Backup now is asked for
        state = state.Type("b");

        // Then no prompt opens and no job starts that would never finish
        state.Overlay.ShouldBeNull();
        state.Status!.IsError.ShouldBeTrue();
        state.Status.Text.ShouldBe("The scenario ended at 2026-03-05 01:00:00 CET (00:00:00 UTC): its actions and its clock are off; ? lists the keys that still work.");
        state.World.Simulation.Jobs.Count.ShouldBe(before);
    }

    [Fact]
    public void Should_RefuseAPersonsAction_When_TheSessionHasFinished()
    {
        // Given
        var state = DashboardWorlds.Demo(BuiltInScenarios.Demo().Header.End);

        // When
        var refused = Should.Throw<OperationRefusedException>(() => state.World.Session.Perform(new ScenarioAction(ActionVerb.BackupNow) { Item = "vm-web-01" }));

        // Then
        refused.Message.ShouldBe("Backup now on 'vm-web-01' refused: the scenario ended at 2026-03-05T00:00:00Z; nothing happens in it any more.");
        state.World.Session.PerformedActions.ShouldBeEmpty();
    }

    [Fact]
    public void Should_OfferToCancelTheJobUnderTheCursor_When_TheTimelineShows()
    {
        // Given the timeline while vm-db-01's second backup takes its snapshot, the cursor on that job's row, the third
        // (the job list, newest first, has vm-web-01's Backup now at that index)
        var secondSnapshot = NodaTime.Instant.FromUtc(2026, 3, 3, 2, 55);
        var state = DashboardWorlds.Demo(secondSnapshot).Type("t").Press(Keys.Tab).Type("jj");
        var rowJob = state.World.Simulation.Jobs.Where(job => job.IsBackup && job.Item.Name == "vm-db-01").ElementAt(1);

        // When
        state = state.Type("c");

        // Then
        var action = state.Overlay.ShouldBeOfType<PromptOverlay>().Action.ShouldNotBeNull();
        (action.Item, action.JobId).ShouldBe(("vm-db-01", rowJob.Id));
    }

    [Fact]
    public void Should_MoveTheClock_When_GoingToAnOffsetFromTheStart()
    {
        var state = Demo().Type("g+1d6h").Press(Keys.Enter);

        state.World.Now.ShouldBe(NodaTime.Instant.FromUtc(2026, 3, 3, 6, 0));
        state.Overlay.ShouldBeNull();
    }

    [Fact]
    public void Should_RefuseToGoBack_When_TheTimeIsInThePast()
    {
        var state = Demo().Type("g+1h").Press(Keys.Enter);

        state.Status!.Text.ShouldContain("only moves forward");
        state.World.Now.ShouldBe(DashboardWorlds.DemoFirstMorning);
    }

    [Fact]
    public void Should_NameTheTimeTypedAndTheEndAsTheHeaderWritesThem_When_GoToRefusesATimeAfterTheEnd()
    {
        // Given the demo, which ends three days after its start, midnight UTC on 2 March
        var state = Demo().Type("g+10d");

        // When
        state = state.Press(Keys.Enter);

        // Then the status line writes both times as the header does, in Amsterdam's time and UTC, and the clock stays
        ConsoleText.Render(DashboardView.Render(state, 160, 40), 160, 40).ShouldContain(
            "✗ Go to: +10d is 2026-03-12 01:00:00 CET (00:00:00 UTC), after scenario 'demo' ends at 2026-03-05 01:00:00 CET (00:00:00 UTC).");
        state.World.Now.ShouldBe(DashboardWorlds.DemoFirstMorning);
    }

    [Fact]
    public void Should_NameTheTimeTypedAndTheClockAsTheHeaderWritesThem_When_GoToRefusesATimeAlreadyPast()
    {
        // Given the demo at 05:00 in Amsterdam, whose start is midnight UTC
        var state = Demo().Type("g+1h");

        // When
        state = state.Press(Keys.Enter);

        // Then "+1h" alone would leave the reader to work out when that was
        state.Status.ShouldBe(StatusMessage.Error(
            "Go to: +1h is 2026-03-02 02:00:00 CET (01:00:00 UTC), already past: the simulation is at 2026-03-02 05:00:00 CET (04:00:00 UTC) and only moves forward."));
    }

    [Fact]
    public void Should_StopAtTheNextJournalEvent_When_NIsPressed()
    {
        var state = Demo();
        var events = state.World.Log.Total;

        state = state.Type("n");

        state.World.Now.ShouldBeGreaterThan(DashboardWorlds.DemoFirstMorning);
        state.World.Log.Total.ShouldBeGreaterThan(events);
        state.World.Log.Events.Last().At.ShouldBe(state.World.Now);
    }

    [Fact]
    public void Should_Quit_When_QIsPressed()
    {
        Demo().Type("q").Quit.ShouldBeTrue();
    }
}
