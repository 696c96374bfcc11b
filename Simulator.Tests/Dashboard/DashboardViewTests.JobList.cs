using NodaTime;
using Simulator.Core.Jobs;
using Simulator.Tui.Dashboard;

namespace Simulator.Tests.Dashboard;

/// <summary>Enter on the job list opens the selected job's item, as it does on a timeline row.</summary>
public sealed partial class DashboardViewTests
{
    /// <summary>vm-gone-01 was purged on 22 June, 14 days after its data was deleted; its jobs stay in the list.</summary>
    private static readonly Instant AfterGonePurged = Instant.FromUtc(2026, 6, 25, 0, 0);

    [Fact]
    public void Should_OpenTheSelectedJobsItem_When_EnterIsPressedOnTheJobList()
    {
        // Given the demo's second noon, the job list focused, the cursor on vm-batch-01's backup
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon).Press(Keys.Tab, Keys.Down);

        // When Enter is pressed
        var lines = PlainLines(state.Press(Keys.Enter), 80, 24);

        // Then that job's item opens, with its points and next runs, and Esc is offered to go back
        lines[1].ShouldStartWith("─ vm-batch-01 in contoso-vault-weu · Protected ");
        lines.ShouldContain(l => l.StartsWith("  Next runs: ", StringComparison.Ordinal));
        lines[^1].ShouldStartWith("Esc back ");
    }

    [Fact]
    public void Should_OfferEnterToOpenTheJobsItem_When_TheJobListIsFocused()
    {
        // Given the demo's second noon, the job list focused
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon).Press(Keys.Tab);

        // When
        var lines = PlainLines(state, 80, 24);

        // Then the footer offers Enter first, as the item list and the timeline do
        lines[^1].ShouldStartWith("Enter open ");
    }

    [Fact]
    public void Should_ComeBackToTheSameJob_When_EscLeavesTheDetailOpenedFromTheJobList()
    {
        // Given vm-batch-01's detail opened from its backup on the job list
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon).Press(Keys.Tab, Keys.Down, Keys.Enter);

        // When Esc is pressed
        var lines = PlainLines(state.Press(Keys.Escape), 80, 24);

        // Then the job list is back, focused, the cursor on the job the detail was opened from
        lines.ShouldContain("› Backup    vm-batch-01   Completed     Completed   Completed        03-03 04:08");
        lines[^1].ShouldStartWith("Enter open ");
    }

    [Fact]
    public void Should_SayTheItemWasPurged_When_EnterIsPressedOnAJobOfAPurgedItem()
    {
        // Given the job list focused on vm-gone-01's delete job, its item purged since
        var state = DashboardWorlds.SoftDelete(AfterGonePurged).Type("/vm-gone").Press(Keys.Enter, Keys.Tab);

        // When Enter is pressed
        var opened = state.Press(Keys.Enter);
        var lines = PlainLines(opened, 160, 40);

        // Then nothing opens, the screen says why, and the footer never offered Enter there
        opened.OpenItem.ShouldBeNull();
        lines.ShouldContain(l => l.Contains("No item to open: vault-sea/vm-gone-01 is no longer in the vault (its backup data was purged).", StringComparison.Ordinal));
        PlainLines(state, 160, 40)[^1].ShouldNotContain("Enter open");
    }

    [Fact]
    public void Should_NotOpenTheNewItem_When_EnterIsPressedOnAJobOfAPurgedItemProtectedAgain()
    {
        // Given vm-gone-01 purged, then protected again from + Backup, and the job list on the old item's delete job
        var protectedAgain = DashboardWorlds.SoftDelete(AfterGonePurged).Type("e").Press(Keys.Enter, Keys.Enter).Type("y");
        protectedAgain.World.Simulation.FindItem("vault-sea/vm-gone-01").ShouldNotBeNull();
        var state = protectedAgain.Type("/vm-gone").Press(Keys.Enter, Keys.Tab);
        for (var row = 0; row < 5 && JobQuery.Selected(state)!.Operation != JobOperation.DeleteBackupData; row++)
        {
            state = state.Press(Keys.Down);
        }

        JobQuery.Selected(state)!.Operation.ShouldBe(JobOperation.DeleteBackupData);
        JobQuery.Selected(state)!.Item.ShouldNotBeSameAs(protectedAgain.World.Simulation.FindItem("vault-sea/vm-gone-01"));

        // When Enter is pressed
        var opened = state.Press(Keys.Enter);
        var lines = PlainLines(opened, 160, 40);

        // Then the new item, which has none of that job's history, does not open in its place, and the screen says why
        opened.OpenItem.ShouldBeNull();
        lines.ShouldContain(l => l.Contains("No item to open: this job's item vault-sea/vm-gone-01 had its backup data purged; the vm-gone-01 in the vault now is a new item, protected since.", StringComparison.Ordinal));
        PlainLines(state, 160, 40)[^1].ShouldNotContain("Enter open");
    }
}
