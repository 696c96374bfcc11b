using Simulator.Scenarios.Model;
using Simulator.Tests.Support;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Input;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>Long menus: PgUp, PgDn, Home and End move their cursor, and the menu scrolls to keep it on screen.</summary>
public sealed partial class DashboardControllerTests
{
    private static readonly ConsoleKeyInfo PageUp = KeyCatalog.Special(ConsoleKey.PageUp);
    private static readonly ConsoleKeyInfo PageDown = KeyCatalog.Special(ConsoleKey.PageDown);
    private static readonly ConsoleKeyInfo Home = KeyCatalog.Special(ConsoleKey.Home);
    private static readonly ConsoleKeyInfo End = KeyCatalog.Special(ConsoleKey.End);

    /// <summary>The demo with a menu of 30 VMs open, as "+ Backup" lists them in a big region: vm-00 to vm-29.</summary>
    private static DashboardState LongMenu() => Demo() with
    {
        Overlay = new MenuOverlay("+ Backup in contoso-vault-weu: choose a VM or MARS server to protect", [.. Enumerable.Range(0, 30)
            .Select(i => new MenuChoice($"vm-{i:00}", new PendingAction(ActionVerb.ConfigureProtection, $"vm-{i:00}", Vault: "contoso-vault-weu")))]),
    };

    [Theory]
    [InlineData(new[] { "End" }, 29)]
    [InlineData(new[] { "Home" }, 0)]
    [InlineData(new[] { "PgDn" }, 15 + MenuPageAt80By24)]
    [InlineData(new[] { "PgDn", "PgDn", "PgDn" }, 29)]
    [InlineData(new[] { "PgUp" }, 15 - MenuPageAt80By24)]
    [InlineData(new[] { "PgUp", "PgUp", "PgUp" }, 0)]
    public void Should_MoveTheMenusCursorByPagesAndToItsEnds_When_PgUpPgDnHomeOrEndArePressed(string[] keys, int cursor)
    {
        // Given a menu of 30 choices on an 80×24 screen, on its sixteenth (vm-15)
        var state = Drawn(LongMenu().Press([.. Enumerable.Repeat(Keys.Down, 15)]));

        // When each key is pressed on the screen the one before it left
        foreach (var key in keys)
        {
            state = Drawn(state.Press(key switch { "End" => End, "Home" => Home, "PgDn" => PageDown, _ => PageUp }));
        }

        // Then the menu stays open, its cursor where the keys took it: a page is the choices on screen
        state.Overlay.ShouldBeOfType<MenuOverlay>().Cursor.ShouldBe(cursor);
        state.Status.ShouldBeNull();
    }

    [Fact]
    public void Should_ScrollTheMenuToItsCursor_When_EndIsPressed()
    {
        // Given a menu of 30 choices on an 80×24 screen, which shows only a few of them
        var state = LongMenu();
        Screen(state).ShouldContain("vm-00");

        // When
        var screen = Screen(state.Press(End));

        // Then its last choice is on screen, and its first scrolled away
        screen.ShouldContain("vm-29");
        screen.ShouldNotContain("vm-00");
        Screen(state.Press(End, Home)).ShouldContain("vm-00");
    }

    [Fact]
    public void Should_ScrollTheMenuAPage_When_PgDnIsPressed()
    {
        // Given a menu of 30 choices drawn at 80×24, its first six on screen
        var state = Drawn(LongMenu());

        // When
        var screen = Screen(state.Press(PageDown));

        // Then the choice the cursor went to, the one after the last on screen, shows under the cursor's gutter, and
        // none was skipped: the rows before it on screen are those that showed under it
        screen.ShouldContain("› vm-06");
        screen.ShouldContain("  vm-01");
        screen.ShouldNotContain("vm-00");
    }

    [Fact]
    public void Should_OfferTheKeysItsHintNames_When_AMenuIsOpen()
    {
        // Given
        var state = LongMenu();

        // When
        var commands = KeyHelp.Bindings(state).Select(b => b.Command).ToList();

        // Then the hint names PgUp/PgDn and Home/End, and the key map takes them there
        Screen(state).ShouldContain("↑/↓ PgUp/PgDn Home/End choose · Enter confirms the choice · Esc cancels");
        new[] { CommandKind.Up, CommandKind.Down, CommandKind.PageUp, CommandKind.PageDown, CommandKind.Top, CommandKind.Bottom }.ShouldBeSubsetOf(commands);
    }

    [Theory]
    [InlineData("stop", 60, 20)]
    [InlineData("stop in the detail", 60, 18)]
    [InlineData("+ Backup", 60, 20)]
    [InlineData("+ Backup's policy", 60, 18)]
    [InlineData("switch policy", 60, 20)]
    [InlineData("resume", 60, 18)]
    [InlineData("long", 60, 20)]
    public void Should_ShowTheMenusHintWhole_When_TheWindowIs60ColumnsWide(string menu, int width, int height)
    {
        // Given every menu the dashboard opens, on the narrowest window it draws
        var state = menu switch
        {
            "stop" => Demo().Type("s"),
            "stop in the detail" => Demo().Press(Keys.Enter).Type("s"),
            "+ Backup" => OnVault(1).Press(Protect),
            "+ Backup's policy" => OnVault(1).Press(Protect, Keys.Enter),
            "switch policy" => DashboardWorlds.MixedPolicies(DashboardWorlds.MixedSecondMorning).Type("p"),
            "resume" => DashboardWorlds.SoftDelete(DashboardWorlds.SoftDeleteAfterUndelete).Press(Keys.Down).Type("r"),
            _ => LongMenu(),
        };
        state.Overlay.ShouldBeOfType<MenuOverlay>();

        // When
        var lines = Screen(state, width, height).Split('\n');

        // Then its hint names every key and ends with Esc, where the window's edge cut it after "Enter confirms the
        // choice…"; a choice still shows under it
        lines.ShouldContain("  ↑/↓ PgUp/PgDn Home/End move · Enter confirms · Esc cancels");
        lines.ShouldContain(line => line.StartsWith("› ", StringComparison.Ordinal));
    }

    private static string Screen(DashboardState state, int width = 80, int height = 24) => ConsoleText.Render(DashboardView.Render(state, width, height), width, height);

    /// <summary>How many of a long menu's choices an 80×24 screen shows over the line saying more are hidden.</summary>
    private const int MenuPageAt80By24 = 6;

    /// <summary>The state as the driver keeps it once the frame is drawn at 80×24: what each list showed, which a page is.</summary>
    private static DashboardState Drawn(DashboardState state) => state with { Tops = DashboardView.Draw(state, 80, 24).Shown };
}
