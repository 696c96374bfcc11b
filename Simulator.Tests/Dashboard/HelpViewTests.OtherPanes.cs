using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Input;

namespace Simulator.Tests.Dashboard;

/// <summary>Help on the main screen lists every key that works there, those of another pane under the way to it.</summary>
public sealed partial class HelpViewTests
{
    /// <summary>What each key of the main screen does, in help's words, whichever pane has the focus.</summary>
    private static readonly string[] MainScreenKeys =
    [
        .. new[]
        {
            CommandKind.TogglePause, CommandKind.NextEvent, CommandKind.GoToTime,
            CommandKind.NextPane, CommandKind.PreviousPane, CommandKind.Open, CommandKind.Filter, CommandKind.CycleJobFilter,
            CommandKind.CycleSort, CommandKind.ToggleTimeline, CommandKind.ConfigureProtection, CommandKind.BackupNow,
            CommandKind.StopProtection, CommandKind.ResumeProtection, CommandKind.ChangePolicy, CommandKind.DeleteBackupData,
            CommandKind.Undelete, CommandKind.DeleteVm, CommandKind.TogglePower, CommandKind.ToggleAgent, CommandKind.CancelJob,
            CommandKind.Help, CommandKind.Quit,
        }.Select(command => KeyHelp.Describe(command, InputMode.Main)),

        // A key and its opposite share a line.
        "Faster/slower, 1× to 1 day/s", "Move up/down", "Move a page up/down", "Move to the top/bottom",
    ];

    [Theory]
    [InlineData("Vaults")]
    [InlineData("Items")]
    [InlineData("Jobs")]
    public void Should_ListEveryKeyOfTheMainScreen_When_HelpIsOpenedFromAnyPane(string focus)
    {
        // Given the demo's main screen with the focus on one pane
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning) with { Focus = Enum.Parse<Pane>(focus) };

        // When help opens on a window with room for every key
        var screen = string.Join('\n', Lines(state.Type("?"), 120, 40));

        // Then each key of the screen is there, not only the focused pane's
        MainScreenKeys.ShouldAllBe(description => screen.Contains(description, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_ListCancelJobUnderTheWayToTheJobs_When_HelpIsOpenedOnTheItemList()
    {
        // Given the item list focused at 80×24
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning);

        // When
        var lines = Lines(state.Type("?"), 80, 24);

        // Then c is listed under the way to the jobs, and every key still shows without scrolling
        var heading = Array.FindIndex(lines, line => line.EndsWith(" On the jobs (Tab to them):", StringComparison.Ordinal));
        heading.ShouldBeGreaterThan(0);
        lines[heading + 1].ShouldEndWith(" c         Cancel job (VM: in snapshot)");
        lines.ShouldNotContain(line => line.Contains("more (", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_ListTheItemActionsUnderTheWayToTheItems_When_HelpIsOpenedOnTheVaults()
    {
        // Given the vaults focused at 80×24
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning) with { Focus = Pane.Vaults };

        // When
        var lines = Lines(state.Type("?"), 80, 24);

        // Then the items' actions show under the way to them
        var heading = Array.FindIndex(lines, line => line.EndsWith(" On the protected items (Tab to them):", StringComparison.Ordinal));
        heading.ShouldBeGreaterThan(0);
        lines[heading + 1].ShouldEndWith(" Enter     Open: points, runs, timeline");
        lines[heading + 2].ShouldEndWith(" b         Backup now, retain until…");
    }

    [Fact]
    public void Should_ListTheVmFaultsUnderTheWayToAVm_When_TheSelectedItemIsAMarsServer()
    {
        // Given vault-mixed's items, fs-01 (a MARS server) selected, vm-app-01 below it
        var state = DashboardWorlds.MixedPolicies(DashboardWorlds.MixedSecondMorning);
        ItemQuery.Selected(state).ShouldNotBeNull().Name.ShouldBe("fs-01");

        // When
        var lines = Lines(state.Type("?"), 120, 40);

        // Then
        var heading = Array.FindIndex(lines, line => line.EndsWith(" On an Azure VM's item (↑/↓ to one):", StringComparison.Ordinal));
        heading.ShouldBeGreaterThan(0);
        lines[heading + 1].ShouldEndWith(" X             Fault: delete the VM");
    }

    [Fact]
    public void Should_ListTheJobsFilterUnderTheWayToTheJobList_When_TheTimelineShows()
    {
        // Given the timeline in place of the job list, where f does nothing
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("t");

        // When
        var lines = Lines(state.Type("?"), 120, 40);

        // Then
        var heading = Array.FindIndex(lines, line => line.EndsWith(" On the job list (t to it):", StringComparison.Ordinal));
        heading.ShouldBeGreaterThan(0);
        lines[heading + 1].ShouldEndWith(" f             Jobs: all/in progress/failed");
    }
}
