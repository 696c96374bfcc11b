using Simulator.Tui.Dashboard;

namespace Simulator.Tests.Dashboard;

/// <summary>Help at 80×24, the standard terminal: every key of the screen at once, whichever pane it was opened on.</summary>
public sealed partial class HelpViewTests
{
    [Theory]
    [InlineData("Vaults", false)]
    [InlineData("Items", false)]
    [InlineData("Jobs", false)]
    [InlineData("Vaults", true)]
    [InlineData("Jobs", true)]
    public void Should_ShowEveryKeyWithoutScrolling_When_HelpIsOpenedAt80x24OnAnyPane(string focus, bool timeline)
    {
        // Given the demo's main screen, the timeline in place of the job list or not, with the focus on one pane
        var demo = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning);
        var state = (timeline ? demo.Type("t") : demo) with { Focus = Enum.Parse<Pane>(focus) };

        // When
        var lines = Lines(state.Type("?"), 80, 24);

        // Then the last keys show too, and nothing says more are a scroll away
        lines.ShouldNotContain(line => line.Contains("more (", StringComparison.Ordinal));
        lines.ShouldContain(line => line.Contains(" c         Cancel job (VM: in snapshot)", StringComparison.Ordinal));
        lines.ShouldContain(line => line.Contains(" Ctrl+Z    Suspend to the shell (fg)", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_ShowEveryKeyWithoutScrolling_When_HelpIsOpenedAt80x24OnTheVaultsWithAMarsServerSelected()
    {
        // Given vault-mixed's items, fs-01 (a MARS server) selected, so the VM faults go under a heading of their own
        var state = DashboardWorlds.MixedPolicies(DashboardWorlds.MixedSecondMorning).Type("t") with { Focus = Pane.Vaults };

        // When
        var lines = Lines(state.Type("?"), 80, 24);

        // Then
        lines.ShouldContain(line => line.EndsWith(" On an Azure VM's item (↑/↓ to one):", StringComparison.Ordinal));
        lines.ShouldNotContain(line => line.Contains("more (", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(" +/-       Faster/slower, 1× to 1 day/s")]
    [InlineData(" ↑/↓ k/j   Move up/down")]
    [InlineData(" PgUp/PgDn Move a page up/down")]
    [InlineData(" Home/End  Move to the top/bottom")]
    public void Should_TellAKeyAndItsOppositeOnOneLine_When_HelpIsOpenOnTheMainScreen(string line)
    {
        // When help is open on the main screen at 80×24
        var lines = Lines(MainHelp(), 80, 24);

        // Then
        lines.ShouldContain(l => l.Contains(line, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_TellScrollingInTheLogsWords_When_HelpIsOpenOnTheEventLog()
    {
        // When help is open on the event log
        var lines = Lines(DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("L").Type("?"), 80, 24);

        // Then
        lines.ShouldContain(" ↑/↓ k/j   Scroll up/down");
        lines.ShouldContain(" PgUp/PgDn Scroll a page up/down");
        lines.ShouldContain(" Home/End  Oldest/newest; newest follows");
    }

    [Fact]
    public void Should_LineUpEveryDescription_When_HelpIsOpenedOnAnItemsDetailAt80x24()
    {
        // Given vm-batch-01's detail, whose help puts the moving keys in a column of their own
        var detail = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Press(Keys.Tab, Keys.Enter);
        detail.OpenItem.ShouldBe("contoso-vault-weu/vm-batch-01");

        // When
        var lines = Lines(detail.Type("?"), 80, 24);

        // Then PgUp/PgDn's description starts where the other descriptions of its column do, as on the main screen,
        // where it started a cell after them; and the first column's still read whole
        int[] Starts(params string[] column) =>
            column.Select(text => lines.Single(line => line.Contains(text, StringComparison.Ordinal)).IndexOf(text, StringComparison.Ordinal)).Distinct().ToArray();
        Starts("Move a page up/down", "Move to the top/bottom", "This help", "Quit, restoring the terminal", "Suspend to the shell (fg)").Length.ShouldBe(1);
        Starts("Pause or resume the clock", "Back to the lists", "Fault: break/repair agent", "Move up/down").Length.ShouldBe(1);
        lines.ShouldContain(line => line.Contains(" PgUp/PgDn Move a page up/down", StringComparison.Ordinal));
        lines.ShouldContain(line => line.StartsWith(" e        + Backup in this item's vault", StringComparison.Ordinal));
    }
}
