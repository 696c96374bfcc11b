using NodaTime;
using Simulator.Scenarios;

namespace Simulator.Tests.Dashboard;

/// <summary>What a trainer preparing a course found on the dashboard at 80×24: a question cut, a key misnamed, an order that hid a problem.</summary>
public sealed partial class DashboardViewTests
{
    [Fact]
    public void Should_ShowTheWholeQuestion_When_AConfirmationIsLongerThanItsTitleBar()
    {
        // Given stop protection with the data retained forever chosen on 80 columns, where the question's end would be cut
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("s").Press(Keys.Enter);

        // When
        var lines = PlainLines(state, 80, 24);

        // Then the question is read whole under its title bar, before how to answer it
        var title = Array.FindIndex(lines, l => l.StartsWith("─ Stop protection of vm-batch-01 ", StringComparison.Ordinal));
        lines[title + 1].ShouldBe("  Stop protection of vm-batch-01 in contoso-vault-weu, retain backup data");
        lines[title + 2].ShouldBe("  forever");
        lines[title + 3].ShouldBe("  Enter or y confirms; Esc or n cancels");
    }

    [Fact]
    public void Should_ShowTheWholeQuestion_When_AMenuTitleIsLongerThanItsTitleBar()
    {
        // Given + Backup's menu on the narrowest window the dashboard takes
        var state = DashboardWorlds.Protectable(DashboardWorlds.ProtectableSecondMorning).Type("e");

        // When
        var lines = PlainLines(state, 60, 18);

        // Then the question is read whole, and a choice is still in view
        var title = Array.FindIndex(lines, l => l.StartsWith("─ + Backup in vault-grs", StringComparison.Ordinal));
        lines[title + 1].ShouldBe("  + Backup in vault-grs: choose a VM or MARS server to");
        lines[title + 2].ShouldBe("  protect");
        lines[title + 4].ShouldStartWith("› ");
    }

    [Fact]
    public void Should_ShowTheQuestionOnlyInItsTitleBar_When_ItFits()
    {
        // Given the same stop protection on 120 columns
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("s").Press(Keys.Enter);

        // When
        var lines = PlainLines(state, 120, 40);

        // Then
        var title = Array.FindIndex(lines, l => l.StartsWith("─ Stop protection of vm-batch-01 in contoso-vault-weu, retain backup data forever ─", StringComparison.Ordinal));
        lines[title + 1].ShouldBe("  Enter or y confirms; Esc or n cancels");
    }

    [Fact]
    public void Should_OfferTToGoBackToTheJobList_When_TheTimelineShows()
    {
        // Given the timeline shown in place of the job list
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("t");

        // When
        var lines = PlainLines(state, 120, 40);

        // Then t is offered for what it does there: it brings the job list back
        lines[^1].ShouldContain(" t job list ");
        lines[^1].ShouldNotContain("t timeline");
        state.Type("t").ShowTimeline.ShouldBeFalse();
    }

    [Fact]
    public void Should_OpenTheRowsItem_When_EnterIsPressedOnATimelineRow()
    {
        // Given the demo's second noon, the timeline focused (on vm-batch-01's newest job), the cursor moved on to vm-db-01's second job (its skipped transfer)
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon).Type("t").Press(Keys.Tab, Keys.Down, Keys.Down);

        // When Enter is pressed
        var lines = PlainLines(state.Press(Keys.Enter), 80, 24);

        // Then that row's item opens, with its points and next runs, and Esc is offered to go back
        lines[1].ShouldStartWith("─ vm-db-01 in contoso-vault-weu · Protected ");
        lines.ShouldContain(l => l.StartsWith("  Next runs: ", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("─ Recovery points (2)", StringComparison.Ordinal));
        lines[^1].ShouldStartWith("Esc back ");
    }

    [Fact]
    public void Should_OfferEnterToOpenTheRowsItem_When_TheTimelineIsFocused()
    {
        // Given the demo's second noon, the timeline focused
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon).Type("t").Press(Keys.Tab);

        // When
        var lines = PlainLines(state, 80, 24);

        // Then the footer offers Enter first, as the item list does
        lines[^1].ShouldStartWith("Enter open ");
    }

    [Fact]
    public void Should_ComeBackToTheSameTimelineRow_When_EscLeavesTheDetailOpenedFromIt()
    {
        // Given vm-db-01's detail opened from its second row on the timeline
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon).Type("t").Press(Keys.Tab, Keys.Down, Keys.Down, Keys.Enter);

        // When Esc is pressed
        var lines = PlainLines(state.Press(Keys.Escape), 80, 24);

        // Then the timeline is back, focused, the cursor on the row the detail was opened from
        var cursor = Array.FindIndex(lines, l => l.StartsWith('›') && !l.StartsWith("› vm-batch-01 ", StringComparison.Ordinal));
        lines[cursor - 1].ShouldStartWith("  vm-db-01 ");
        lines[cursor].ShouldContain("⊘");
        lines.ShouldContain(l => l.StartsWith("─ Timeline (9 rows) ", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_ListTheItemInErrorFirst_When_SortedByProtection()
    {
        // Given the fleet's north European vault on its fifth day: db-neu-05, deleted, is its one item in error, as
        // the vaults pane says first ("1 Error · 5 IRPending · 18 Protected")
        var state = DashboardWorlds.Fleet(Instant.FromUtc(2026, 5, 8, 12, 0)).Type("hjl");

        // When the items are sorted by protection
        // (and Home goes to the top: the cursor stays on the item it was on, which the sort moved down)
        var lines = PlainLines(state.Type("o").Press(Keys.Home), 80, 24);

        // Then the item in error heads the list, where the eye looks for what needs attention, not 19 rows down
        var header = Array.FindIndex(lines, l => l.StartsWith("─ Protected items (24) · sort: Protection ", StringComparison.Ordinal));
        lines[header + 2].ShouldStartWith("› db-neu-05    ProtectionError ");
    }

    [Fact]
    public void Should_ShowTheNewestTwoPointsWithASnapshot_When_TheDemoSaysSo()
    {
        // Given the demo when it says the newest two points of each VM keep their snapshot
        var said = BuiltInScenarios.Demo().Steps.Single(s => s.Say?.StartsWith("The newest two points", StringComparison.Ordinal) == true).Timing.At!.Value;
        var state = DashboardWorlds.Demo(said);

        // When vm-web-01 is opened, whose on-demand point of two days before had its own snapshot
        var lines = PlainLines(state.Type("jjj").Press(Keys.Enter), 120, 40);

        // Then the narration is in view and the detail agrees with it: two points have a snapshot date
        lines.ShouldContain(l => l.StartsWith("» ", StringComparison.Ordinal) && l.Contains("The newest two points of each VM keep their snapshot", StringComparison.Ordinal));
        var header = Array.FindIndex(lines, l => l.StartsWith("  Time ", StringComparison.Ordinal));
        var snapshotTill = lines[header].IndexOf("Snapshot till", StringComparison.Ordinal);
        var rows = lines.Skip(header + 1).TakeWhile(l => !l.StartsWith('─')).Where(l => l.Trim().Length > 0).ToList();
        rows.Count(r => char.IsDigit(r[snapshotTill])).ShouldBe(2, string.Join("\n", rows));
    }

    [Fact]
    public void Should_LeaveOutTheProgramsName_When_TheHeaderCantHoldItWhole()
    {
        // Given a scenario whose name leaves the program's name no room on 80 columns
        var state = DashboardWorlds.Reconfigured(DashboardWorlds.ReconfiguredTwentiethApril);

        // When
        var lines = PlainLines(state, 80, 24);

        // Then the header ends with the scenario's name, not with the program's cut to "va…"
        lines[0].TrimEnd().ShouldEndWith("│ reconfigure-alternate-vault");
    }

    [Fact]
    public void Should_ShowAPolicysNameWhole_When_TheRowHasRoomForIt()
    {
        // Given the daylight-saving lesson, whose third policy's name is a character longer than the column
        var state = DashboardWorlds.Dst(DashboardWorlds.DstDayAfter);

        // When
        var lines = PlainLines(state, 80, 24);

        // Then the row's spare room at its end holds the name whole, rather than "Daily10-Resav…" beside it
        Row(lines, "vm-resaved").TrimEnd().ShouldEndWith(" Daily10-Resaved");
    }

    [Fact]
    public void Should_SayWhyATransferWasSkipped_When_TheJobIsSelected()
    {
        // Given the second day's job of the long first backup, its transfer skipped, selected in the job list
        var state = DashboardWorlds.Overlap(DashboardWorlds.OverlapSecondMorning).Press(Keys.Tab);

        // When
        var lines = PlainLines(state, 80, 24);

        // Then its detail says why, as a failed job's says its error: a lab without narration has nothing else to tell
        var detail = string.Join(" ", lines.SkipWhile(l => !l.StartsWith("  Backup of vm-big-01: Completed", StringComparison.Ordinal)).TakeWhile(l => !l.StartsWith('─')).Select(l => l.Trim()));
        detail.ShouldContain("Transfer skipped: an earlier transfer of vm-big-01 was still running, so this point stays a snapshot; the next copy to the vault carries its changes.");
    }

    [Fact]
    public void Should_GiveTheRecoveryPointExpiry_When_AnOnDemandBackupIsSelected()
    {
        // Given the Backup now kept until 11 July, the newest job, selected in the job list
        var definition = Simulator.Scenarios.Parsing.ScenarioParser.Load(Path.Combine(Support.RepositoryFiles.Scenarios, "backup-now-before-first-backup.yaml"));
        var state = DashboardWorlds.From(definition, Instant.FromUtc(2026, 7, 1, 12, 30)).Press(Keys.Tab);

        // When
        var lines = PlainLines(state, 80, 24);

        // Then its detail gives the expiry the portal gives an on-demand job ("Recovery Point Expiry Time in UTC")
        var detail = lines.SkipWhile(l => !l.StartsWith("  Backup now of vm-finance-01: Completed", StringComparison.Ordinal)).TakeWhile(l => !l.StartsWith('─')).Select(l => l.Trim()).ToList();
        detail.ShouldContain("Recovery point expiry 2026-07-11 10:00:00 UTC");
    }

    [Fact]
    public void Should_GiveNoRecoveryPointExpiry_When_AScheduledBackupIsSelected()
    {
        // Given the second day's scheduled job of the long first backup, selected in the job list
        var state = DashboardWorlds.Overlap(DashboardWorlds.OverlapSecondMorning).Press(Keys.Tab);

        // When
        var lines = PlainLines(state, 80, 24);

        // Then its expiry is its policy's, which the job does not carry
        lines.ShouldNotContain(l => l.Contains("Recovery point expiry", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("failed")]
    [InlineData("cancelled")]
    public void Should_GiveNoRecoveryPointExpiry_When_AnOnDemandBackupMadeNoPoint(string outcome)
    {
        // Given a Backup now that failed (its VM deleted) or was cancelled while it took its snapshot, the newest job,
        // selected in the job list
        var state = outcome == "failed"
            ? DashboardWorlds.VmDeleted(Instant.FromUtc(2026, 2, 11, 10, 15)).Press(Keys.Tab)
            : DashboardWorlds.From(
                Simulator.Scenarios.Parsing.ScenarioParser.Load(Path.Combine(Support.RepositoryFiles.Scenarios, "backup-now-daily-limit-cancel.yaml")),
                Instant.FromUtc(2026, 9, 2, 1, 0)).Press(Keys.Tab);

        // When
        var lines = PlainLines(state, 80, 24);

        // Then its detail promises no point, as a failed scheduled job's does not: it made none; it says its error
        var detail = lines.SkipWhile(l => !l.StartsWith("  Backup now of ", StringComparison.Ordinal)).TakeWhile(l => !l.StartsWith('─')).ToList();
        detail.ShouldNotBeEmpty();
        detail.ShouldNotContain(l => l.Contains("Recovery point expiry", StringComparison.Ordinal));
        detail.ShouldContain(l => l.Contains(outcome == "failed" ? "UserErrorVmNotFoundV2" : "UserCancelled", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_ShowTheCriticalPreCheck_When_AnOnDemandBackupOfADeletedVmIsSelected()
    {
        // Given the deleted VM's failed Backup now, the newest job, selected in the job list
        var state = DashboardWorlds.VmDeleted(Instant.FromUtc(2026, 2, 11, 10, 15)).Press(Keys.Tab);

        // When
        var lines = PlainLines(state, 80, 24);

        // Then its detail shows the pre-check the narration speaks of, before the error
        var detail = string.Join(" ", lines.SkipWhile(l => !l.StartsWith("  Backup now of vm-app-01: Failed", StringComparison.Ordinal)).TakeWhile(l => !l.StartsWith('─')).Select(l => l.Trim()));
        detail.ShouldContain("Pre-check: Critical · UserErrorVmNotFoundV2:");
    }
}
