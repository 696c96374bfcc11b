using Simulator.Tests.Support;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>Which keys the footer keeps as the window narrows: the focused pane's first, the least needed dropped first.</summary>
public sealed partial class FooterViewTests
{
    /// <summary>The most actions an item is offered at once: an Azure VM stopped with its data kept, in a vault that could protect more.</summary>
    private const string StoppedVmActions = "r resume s stop D delete data e + Backup X delete VM v power a agent";

    [Fact]
    public void Should_ShowEveryActionOfTheItemList_When_ItHasTheFocusAt120x40()
    {
        // Given the item list focused, as the dashboard opens, on vm-erp-01, stopped in vault-grs with its data kept
        var state = DashboardWorlds.Protectable(DashboardWorlds.ProtectableSecondMorning).Press(Keys.Down);

        // When
        var lines = ScreenLines(state, 120, 40);

        // Then the pane's own keys have a line, and the clock and moving around the one below
        lines[^2].ShouldBe($"Enter open {StoppedVmActions}");
        lines[^1].ShouldBe("space play Tab pane +/- speed n next event g go to / filter o sort f jobs filter t timeline L log ? help q quit");
    }

    [Theory]
    [InlineData(24)]
    [InlineData(40)]
    public void Should_ShowEveryActionOfTheDetail_When_AnItemIsOpenAt140Columns(int height)
    {
        // Given vm-erp-01's detail
        var state = DashboardWorlds.Protectable(DashboardWorlds.ProtectableSecondMorning).Press(Keys.Down, Keys.Enter);

        // When
        var lines = ScreenLines(state, 140, height);

        // Then its way back and all its actions are offered, on one line however tall the window
        lines.ShouldContain(line => line.StartsWith($"Esc back {StoppedVmActions}", StringComparison.Ordinal));
        lines[^1].ShouldEndWith("? help q quit");
    }

    [Fact]
    public void Should_KeepTheMostNeededKeysOfTheItemList_When_80ColumnsHoldOneLine()
    {
        // Given
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning);

        // When
        var lines = ScreenLines(state, 80, 24);

        // Then opening and the first actions come before the clock; the rest is left to help
        lines[^1].ShouldBe("Enter open b backup now s stop X delete VM space play Tab pane ? help q quit");
    }

    [Fact]
    public void Should_KeepTheMostNeededKeysOfTheDetail_When_80ColumnsHoldOneLine()
    {
        // Given
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Press(Keys.Enter);

        // When
        var lines = ScreenLines(state, 80, 24);

        // Then
        lines[^1].ShouldBe("Esc back b backup now s stop X delete VM v power space play ? help q quit");
    }

    [Fact]
    public void Should_OfferEveryKeyOfTheJobList_When_ItHasTheFocusAt80Columns()
    {
        // Given the job list on vm-legacy-01's backup, taking its snapshot
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstSnapshot).Press(Keys.Tab);

        // When
        var lines = ScreenLines(state, 80, 24);

        // Then opening, the timeline, cancelling and the filter all fit beside the clock and moving around
        lines[^1].ShouldBe("Enter open t timeline c cancel f jobs filter space play Tab pane ? help q quit");
    }

    [Fact]
    public void Should_KeepOpenAndTheTimeline_When_TheJobListHasTheFocusWithAFilterOnAt80Columns()
    {
        // Given the job list filtered by item name, on vm-legacy-01's backup, taking its snapshot
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstSnapshot).Type("/legacy").Press(Keys.Enter, Keys.Tab);

        // When
        var lines = ScreenLines(state, 80, 24);

        // Then Esc, which clears the filter, takes the room of the least needed keys, not the timeline's
        lines[^1].ShouldBe("Enter open t timeline space play Tab pane Esc clear filter ? help q quit");
    }

    [Fact]
    public void Should_KeepOpenAndTheTimeline_When_TheJobListHasTheFocusAt60Columns()
    {
        // Given the job list on vm-legacy-01's backup, taking its snapshot
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstSnapshot).Press(Keys.Tab);

        // When
        var lines = ScreenLines(state, 60, 18);

        // Then
        lines[^1].ShouldBe("Enter open t timeline space play Tab pane ? help q quit");
    }

    [Fact]
    public void Should_OfferPlusBackup_When_TheVaultListHasTheFocusAt80Columns()
    {
        // Given vault-grs, which could protect vm-new-01
        var state = DashboardWorlds.Protectable(DashboardWorlds.ProtectableSecondMorning).Type("h");

        // When
        var lines = ScreenLines(state, 80, 24);

        // Then
        lines[^1].ShouldBe("e + Backup space play Tab pane +/- speed n next event g go to ? help q quit");
    }

    [Fact]
    public void Should_ListEveryKeyInHelp_When_TheFooterHasNoRoomForThem()
    {
        // Given help opened on an item's detail at 80 columns, whose footer holds only the first actions
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Press(Keys.Enter).Type("?");

        // When
        var screen = ConsoleText.Render(DashboardView.Render(state, 80, 24), 80, 24);

        // Then
        screen.ShouldContain("+ Backup in this item's vault");
        screen.ShouldContain("Undelete soft-deleted data");
        screen.ShouldContain("Fault: break/repair agent");
    }

    [Fact]
    public void Should_OfferResumeBeforeStop_When_AStoppedItemIsSelectedAtSixtyColumns()
    {
        // Given the cursor on vm-keep-01, stopped with its data retained: stopping it again can only delete its data,
        // which D offers too
        var state = DashboardWorlds.SoftDelete(DashboardWorlds.SoftDeleteAfterUndelete).Press(Keys.Down);

        // When it is drawn on the narrowest window, whose one footer line holds two actions beside the clock's keys
        var lines = ScreenLines(state, 60, 20);

        // Then the first is the resume the stopped item waits for, before 's stop'
        lines[^1].ShouldBe("Enter open r resume s stop space play Tab pane ? help q quit");
    }

    /// <summary>The screen's lines as a person reads them, without the spaces that pad them to the width.</summary>
    private static string[] ScreenLines(DashboardState state, int width, int height) =>
        [.. ConsoleText.Render(DashboardView.Render(state, width, height), width, height).TrimEnd('\n').Split('\n').Select(line => line.TrimEnd())];
}
