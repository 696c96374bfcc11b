using Simulator.Tests.Support;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Input;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>Help in a small window: each key told whole, the rest a scroll away, as a long menu's choices are.</summary>
public sealed partial class HelpViewTests
{
    private static readonly ConsoleKeyInfo PageDown = KeyCatalog.Special(ConsoleKey.PageDown);
    private static readonly ConsoleKeyInfo End = KeyCatalog.Special(ConsoleKey.End);

    [Fact]
    public void Should_LineUpEveryDescription_When_TheWindowHoldsTheLongestKeys()
    {
        // When help is open on the main screen at 120 columns
        var lines = Lines(MainHelp(), 120, 40);

        // Then the descriptions start in one column, after the longest keys
        lines.ShouldContain(line => line.StartsWith(" Shift+Tab ← h Previous pane", StringComparison.Ordinal));
        lines.ShouldContain(line => line.StartsWith(" Tab → l       Next pane", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_BreakALongKeyUnderItself_When_AlignedItWouldCostAColumnOfKeysAtEightyColumns()
    {
        // When help is open on the main screen at 80×24, where a key column as wide as "Shift+Tab ← h" leaves one column
        var lines = Lines(MainHelp(), 80, 24);

        // Then its description starts under the others, its keys going on under it, where it sat four cells right of them
        var previous = Array.FindIndex(lines, line => line.StartsWith(" Shift+Tab ", StringComparison.Ordinal));
        lines[previous].ShouldStartWith(" Shift+Tab Previous pane");
        lines[previous + 1].ShouldStartWith(" ← h       ");
        string[] column = ["Pause or resume the clock", "Next pane", "Previous pane", "Open: points, runs, timeline", "Sort the items"];
        column.Select(text => lines.Single(line => line.Contains(text, StringComparison.Ordinal)).IndexOf(text, StringComparison.Ordinal)).Distinct().Count().ShouldBe(1);
    }

    [Fact]
    public void Should_LineUpEveryDescription_When_HelpScrollsInOneColumn()
    {
        // When help is open on the main screen at the smallest size, where it scrolls one column of keys
        var lines = Lines(MainHelp(), 60, 18);

        // Then the longest keys cost no column there, and every description starts under the others
        lines.ShouldContain(" Shift+Tab ← h Previous pane");
        lines.ShouldContain(" Tab → l       Next pane");
    }

    [Fact]
    public void Should_TellEachKeyWholeAndSayThereIsMore_When_HelpIsOpenAtTheSmallestSize()
    {
        // Given help on the main screen, whose 29 lines of keys need more than 60×18 has
        var state = MainHelp();

        // When
        var lines = Lines(state, 60, 18);

        // Then the keys on screen read whole, one a line, and the line under them says how many more there are
        lines[2].ShouldBe(" space         Pause or resume the clock");
        lines[3].ShouldBe(" +/-           Faster/slower, 1× to 1 day/s");
        lines.ShouldContain("  ↓ more (10 of 29 shown) · ↑/↓ PgUp/PgDn Home/End scroll");
        lines[2..12].ShouldNotContain(line => line.Contains('…'));
        Golden.Verify("demo-help-60x18", ConsoleText.Render(DashboardView.Render(state, 60, 18), 60, 18));
    }

    [Fact]
    public void Should_ShowTheNextKey_When_DownIsPressed()
    {
        // Given
        var state = MainHelp();

        // When
        var lines = Lines(state.Press(Keys.Down), 60, 18);

        // Then it moves one line, as a list does
        lines[2].ShouldBe(" +/-           Faster/slower, 1× to 1 day/s");
        lines.ShouldContain("  ↑↓ more (10 of 29 shown) · ↑/↓ PgUp/PgDn Home/End scroll");
    }

    [Theory]
    [InlineData("End")]
    [InlineData("PgDn PgDn PgDn")]
    public void Should_ReachTheLastKey_When_ScrolledToTheEnd(string keys)
    {
        // Given
        var state = MainHelp();

        // When each key is pressed on the screen the one before it left: a page is the lines on screen
        foreach (var key in keys.Split(' '))
        {
            state = state.Press(key == "End" ? End : PageDown);
            state = state with { Tops = DashboardView.Draw(state, 60, 18).Shown };
        }

        var lines = Lines(state, 60, 18);

        // Then cancel, the last key (the jobs' own), shows, and nothing is left below it
        lines.ShouldContain(" c             Cancel job (VM: in snapshot)");
        lines.ShouldContain("  ↑ more (9 of 29 shown) · ↑/↓ PgUp/PgDn Home/End scroll");
    }

    [Fact]
    public void Should_ScrollBackAtOnce_When_UpIsPressedAfterEndWentPastTheLastLine()
    {
        // Given help scrolled to its end, the frame having settled where its last line shows
        var ended = MainHelp().Press(End);
        var (_, shown) = DashboardView.Draw(ended, 60, 18);

        // When
        var lines = Lines((ended with { Tops = shown }).Press(Keys.Up), 60, 18);

        // Then the first ↑ already shows the line above
        lines.ShouldNotContain(" c             Cancel job (VM: in snapshot)");
        lines.ShouldContain("  ↑↓ more (9 of 29 shown) · ↑/↓ PgUp/PgDn Home/End scroll");
    }

    [Fact]
    public void Should_OpenAtTheTop_When_HelpIsOpenedAgainAfterScrolling()
    {
        // Given help scrolled down and closed
        var state = MainHelp().Press(End).Press(Keys.Escape);

        // When
        var lines = Lines(state.Type("?"), 60, 18);

        // Then
        lines[2].ShouldBe(" space         Pause or resume the clock");
    }

    [Fact]
    public void Should_ShowEveryKeyWithoutAHint_When_TheWindowHasRoomForThem()
    {
        // Given
        var state = MainHelp();

        // When
        var lines = Lines(state, 80, 24);

        // Then two columns hold them all, and there is nothing to scroll
        lines.ShouldContain(line => line.Contains("Quit, restoring the terminal", StringComparison.Ordinal));
        lines.ShouldNotContain(line => line.Contains("more (", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_LeaveOutEscsFilterEntry_When_NoFilterIsSet()
    {
        // Given help opened on the main screen with no filter, where Esc clears nothing (the footer leaves it out too)
        var state = MainHelp();

        // When
        var lines = Lines(state, 120, 40);

        // Then
        lines.ShouldNotContain(line => line.Contains("Clear the filter", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_ListEscToClearTheFilter_When_AFilterIsSet()
    {
        // Given help opened on the main screen filtered by 'vm-db'
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("/vm-db").Press(Keys.Enter).Type("?");

        // When
        var lines = Lines(state, 120, 40);

        // Then
        lines.ShouldContain(line => line.StartsWith(" Esc ", StringComparison.Ordinal) && line.Contains("Clear the filter", StringComparison.Ordinal));
    }

    private static DashboardState MainHelp() => DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("?");

    private static string[] Lines(DashboardState state, int width, int height) =>
        [.. ConsoleText.Render(DashboardView.Render(state, width, height), width, height).Split('\n').Select(l => l.TrimEnd())];
}
