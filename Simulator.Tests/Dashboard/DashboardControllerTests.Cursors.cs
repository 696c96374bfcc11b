using Simulator.Tests.Support;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>Where the cursors stand after a key that changes a list around them, or that cannot move.</summary>
public sealed partial class DashboardControllerTests
{
    [Fact]
    public void Should_LeaveTheOtherCursors_When_UpCannotMoveFromTheFirstVault()
    {
        // Given the cursor on vm-legacy-01 (the third item) and on the second job, then the focus on the only vault
        var state = Demo().Type("jj").Press(Keys.Tab).Type("j").Press(Keys.Tab);
        state.Focus.ShouldBe(Pane.Vaults);

        // When ↑ is pressed where the vault cursor can't move
        var pressed = state.Press(Keys.Up);

        // Then nothing changes: back on the items, the cursor is on the item it was on
        (pressed.VaultCursor, pressed.ItemCursor, pressed.JobCursor).ShouldBe((state.VaultCursor, state.ItemCursor, state.JobCursor));
        var screen = ConsoleText.Render(DashboardView.Render(pressed.Press(Keys.Tab), 120, 40), 120, 40);
        screen.ShouldContain("› vm-legacy-01");
    }

    [Fact]
    public void Should_KeepTheItemCursorOnItsItem_When_OSortsTheList()
    {
        // Given the second night played, and the cursor on vm-db-01, the second item by name
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon).Type("j");

        // When the list is sorted by latest point (the third sort after the name's), which puts vm-legacy-01 first
        var sorted = state.Type("ooo");

        // Then the cursor is still on vm-db-01, now the third row
        var lines = ConsoleText.Render(DashboardView.Render(sorted, 120, 40), 120, 40).Split('\n');
        lines.ShouldContain(line => line.Contains("sort: Latest point", StringComparison.Ordinal));
        lines.Where(line => line.StartsWith("› ", StringComparison.Ordinal)).ShouldHaveSingleItem().ShouldStartWith("› vm-db-01");
        ItemQuery.Items(sorted)[0].Name.ShouldBe("vm-legacy-01");
    }

    [Fact]
    public void Should_KeepTheTimelineCursorOnItsJob_When_OSortsTheList()
    {
        // Given the second night played, the timeline focused and its cursor on vm-batch-01's second backup, the second
        // row, where the timeline opens for the first item
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon).Type("t").Press(Keys.Tab);
        var job = JobQuery.Selected(state).ShouldNotBeNull();
        job.Item.Name.ShouldBe("vm-batch-01");

        // When the items are sorted by latest point, which puts vm-legacy-01's rows above vm-batch-01's
        var sorted = state.Type("ooo");

        // Then the cursor is on the same job's row, now the fourth
        sorted.JobCursor.ShouldBe(3);
        JobQuery.Selected(sorted).ShouldBeSameAs(job);
    }

    [Fact]
    public void Should_OpenTheTimelineOnTheSelectedItemsNewestJob_When_TIsPressed()
    {
        // Given the second night played, and the cursor on vm-db-01, the second item by name
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon).Type("j");

        // When the timeline takes the job list's place
        var timeline = state.Type("t");

        // Then its cursor is on vm-db-01's newest backup: the scale shows the latest days, where the item's first row
        // may lie weeks before them
        var job = JobQuery.Selected(timeline).ShouldNotBeNull();
        job.Item.Name.ShouldBe("vm-db-01");
        job.ShouldBeSameAs(JobQuery.BackupsByItem(timeline)[job.Item][^1]);
        timeline.JobCursor.ShouldBe(3);
    }
}
