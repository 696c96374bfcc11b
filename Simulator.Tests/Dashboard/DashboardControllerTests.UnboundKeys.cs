using Simulator.Scenarios;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Input;

namespace Simulator.Tests.Dashboard;

/// <summary>A key a menu, a confirmation or help does not take says so, naming the keys it does take: a key that
/// changed nothing on screen looked like a program that hangs.</summary>
public sealed partial class DashboardControllerTests
{
    private const string MenuKeys = "↑/↓ PgUp/PgDn Home/End choose · Enter confirms the choice · Esc cancels.";

    private static ConsoleKeyInfo Key(string key) => key switch
    {
        "Tab" => Keys.Tab,
        "←" => KeyCatalog.Special(ConsoleKey.LeftArrow),
        "↑" => Keys.Up,
        "F5" => KeyCatalog.Special(ConsoleKey.F5),
        "Bksp" => Keys.Backspace,
        _ => Keys.Text(key).Single(),
    };

    [Theory]
    [InlineData("z", "'z'")]
    [InlineData("q", "'q'")]
    [InlineData("Tab", "Tab")]
    [InlineData("←", "←")]
    [InlineData("F5", "F5")]
    public void Should_SayWhichKeysTheMenuTakes_When_AKeyItDoesNotTakeIsPressed(string key, string named)
    {
        // Given the Stop protection menu, on its second choice
        var menu = Demo().Type("s").Press(Keys.Down);

        // When
        var state = menu.Press(Key(key));

        // Then the menu stays as it was, and the status line under it names the key and the menu's keys
        state.Overlay.ShouldBe(menu.Overlay);
        var screen = Screen(state, 160, 40);
        screen.ShouldContain("─ Stop protection of vm-batch-01 in contoso-vault-weu ─");
        screen.ShouldContain($"✗ {named} does nothing here: {MenuKeys}");
    }

    [Theory]
    [InlineData("z", "'z'")]
    [InlineData("Bksp", "Bksp")]
    [InlineData("F5", "F5")]
    public void Should_SayHowToAnswer_When_AConfirmationGetsAKeyItDoesNotTake(string key, string named)
    {
        // Given the confirmation of deallocating vm-batch-01
        var confirm = Demo().Type("v");
        confirm.Mode.ShouldBe(InputMode.Confirm);

        // When
        var state = confirm.Press(Key(key));

        // Then nothing is done, the question stays, and the status line says how to answer it
        state.Overlay.ShouldBe(confirm.Overlay);
        state.World.Session.PerformedActions.ShouldBeEmpty();
        Screen(state, 160, 40).ShouldContain($"✗ {named} does nothing here: Enter or y confirms; Esc or n cancels.");
    }

    [Fact]
    public void Should_SayHowToCloseHelp_When_AKeyItDoesNotTakeIsPressed()
    {
        // Given help
        var help = Demo().Type("?");

        // When
        var state = help.Type("z");

        // Then help stays open, and the status line below it says how it closes
        state.Overlay.ShouldBe(help.Overlay);
        var screen = Screen(state, 160, 40);
        screen.ShouldContain("─ Keys: main screen · Esc or ? closes ─");
        screen.ShouldContain("✗ 'z' does nothing here: Esc or ? closes, q quits, ↑/↓ PgUp/PgDn Home/End scroll.");
    }

    [Fact]
    public void Should_GiveTheLineBackToTheMenu_When_AKeyItTakesFollows()
    {
        // Given a key the menu does not take, said on the status line
        var state = Demo().Type("s").Type("z");
        state.Status.ShouldNotBeNull();

        // When the person then moves in the menu
        state = state.Press(Keys.Down);

        // Then the message goes, and the key works
        state.Status.ShouldBeNull();
        state.Overlay.ShouldBeOfType<MenuOverlay>().Cursor.ShouldBe(1);
    }

    [Theory]
    [InlineData("F5", "F5 does nothing here; ? lists the keys.")]
    [InlineData("Bksp", "Bksp does nothing here; ? lists the keys.")]
    public void Should_SaySoOnTheMainScreen_When_AKeyWithoutACharacterDoesNothing(string key, string said)
    {
        // When
        var state = Demo().Press(Key(key));

        // Then as a letter that does nothing does
        Screen(state, 160, 40).ShouldContain($"✗ {said}");
    }

    [Fact]
    public void Should_SayTabWorksOnTheLists_When_ItIsPressedInAnItemsDetail()
    {
        // Given an item's detail
        var detail = Demo().Press(Keys.Enter);

        // When
        var state = detail.Press(Keys.Tab);

        // Then
        state.OpenItem.ShouldBe(detail.OpenItem);
        state.Status.ShouldBe(StatusMessage.Unbound("Tab works on the lists, not in an item's detail: Esc goes back to them."));
    }

    [Theory]
    [InlineData("←", "←")]
    [InlineData("↑", "↑")]
    [InlineData("F5", "F5")]
    [InlineData("Tab", "Tab")]
    public void Should_SayWhatThePromptTakes_When_ATextPromptGetsAKeyItDoesNotTake(string key, string named)
    {
        // Given the Backup now prompt, its date half retyped
        var prompt = Demo().Type("b").Press(Keys.Backspace, Keys.Backspace).Type("1");

        // When
        var state = prompt.Press(Key(key));

        // Then what was typed stays, and the status line under the prompt says what it takes, in the footer's words
        state.Overlay.ShouldBe(prompt.Overlay);
        var screen = Screen(state);
        screen.ShouldContain($"  > {prompt.Overlay.ShouldBeOfType<PromptOverlay>().Input}█");
        Said(screen).ShouldBe($"✗ {named} does nothing here: the prompt takes typed text; Enter confirm, Esc cancel, Bksp erase.");
        screen.Split('\n')[^1].TrimEnd().ShouldBe("Enter confirm Esc cancel Bksp erase Ctrl+C quit");
    }

    [Fact]
    public void Should_SayWhatTheFilterTakes_When_ItGetsAKeyItDoesNotTake()
    {
        // Given the filter as it is typed, the lists following it
        var filter = Demo().Type("/web");

        // When
        var state = filter.Press(Keys.Down);

        // Then the filter and the lists stay as they were, and its keys are named as its footer names them
        state.Overlay.ShouldBe(filter.Overlay);
        state.Filter.ShouldBe("web");
        Said(Screen(state)).ShouldBe("✗ ↓ does nothing here: the prompt takes typed text; Enter keep, Esc clear, Bksp erase.");
    }

    [Fact]
    public void Should_ClearTheWordAboutAnIgnoredKey_When_ThePersonTypesOn()
    {
        // Given a key the go-to prompt ignored, said on the status line
        var ignored = Demo().Type("g").Press(KeyCatalog.Special(ConsoleKey.LeftArrow));
        ignored.Status.ShouldNotBeNull();

        // When the person types
        var state = ignored.Type("+1d");

        // Then the typing goes on, and the line is the narration's again: the key it was about is past
        state.Overlay.ShouldBeOfType<PromptOverlay>().Input.ShouldBe("+1d");
        state.Status.ShouldBeNull();
    }

    /// <summary>The status line as a person reads it, its words wrapped on to the lines under it joined again.</summary>
    private static string Said(string screen)
    {
        var lines = screen.Split('\n');
        var first = Array.FindIndex(lines, line => line.StartsWith("✗ ", StringComparison.Ordinal));
        return string.Join(' ', lines.Skip(first).TakeWhile((line, i) => i == 0 || line.StartsWith("  ", StringComparison.Ordinal)).Select(line => line.Trim()));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("g")]
    [InlineData("b")]
    public void Should_TypeEveryPrintableKey_When_APromptTakesText(string opens)
    {
        // Given a prompt that takes text (the filter, go to, Backup now's retain-until)
        var prompt = Demo().Type(opens);
        var before = prompt.Overlay.ShouldBeOfType<PromptOverlay>().Input;

        // When keys a menu would not take are typed
        var state = prompt.Type("zq?");

        // Then they are typed, and nothing is said
        state.Overlay.ShouldBeOfType<PromptOverlay>().Input.ShouldBe(before + "zq?");
        state.Status.ShouldBeNull();
    }
    [Theory]
    [InlineData(false, "c", "the job list, not in an item's detail: Esc goes back to the lists.")]
    [InlineData(true, "f", "the lists, not in an item's detail: Esc goes back to them.")]
    public void Should_SayTheKeyWorksOnTheLists_When_AKeyOfAnotherPaneIsPressedInADetail(bool timeline, string key, string where)
    {
        // Given an item's detail, opened from the item list (with the timeline in place of the job list, or not)
        var detail = Demo().Type(timeline ? "t" : string.Empty).Press(Keys.Enter);
        detail.Mode.ShouldBe(InputMode.Detail);

        // When a key of the job list is pressed (cancel a job, its filter)
        var state = detail.Press(Key(key));

        // Then the status line says where it works, the job list alone for a key only it takes, where Esc goes back to
        Screen(state, 120, 40).ShouldContain($"✗ '{key}' works on {where}");
    }

    [Theory]
    [InlineData("Tab", "Tab works on the lists, not in an item's detail: Esc goes back to them.")]
    [InlineData("t", "'t' works on the lists, not in an item's detail: Esc goes back to them.")]
    public void Should_SayWhereTheKeyWorks_When_ItIsPressedInADetailAfterTheScenarioEnded(string key, string said)
    {
        // Given the demo played to its end, an item's detail open
        var detail = DashboardWorlds.Demo(BuiltInScenarios.Demo().Header.End).Press(Keys.Enter);
        detail.Mode.ShouldBe(InputMode.Detail);

        // When a key of the lists is pressed, which the end of the scenario leaves on
        var state = detail.Press(Key(key));

        // Then the status line says where it works, not that the clock is off
        state.Status.ShouldNotBeNull().Text.ShouldBe(said);
    }

    [Fact]
    public void Should_SayThatTheScenarioEnded_When_AKeyThatWorksNowhereThenIsPressed()
    {
        // Given the demo played to its end, the focus on the jobs
        var jobs = DashboardWorlds.Demo(BuiltInScenarios.Demo().Header.End) with { Focus = Pane.Jobs };

        // When Backup now is asked for
        var state = jobs.Type("b");

        // Then the end of the scenario is why
        state.Status.ShouldNotBeNull().Text.ShouldStartWith("The scenario ended at 2026-03-05 01:00:00 CET");
    }

    [Fact]
    public void Should_SayThereIsNoFilterToClear_When_EscIsPressedOnTheListsWithNoFilter()
    {
        // Given the lists, no filter on
        var lists = Demo();
        lists.Filter.ShouldBeEmpty();

        // When
        var state = lists.Press(Keys.Escape);

        // Then the lists stay as they were, and the status line says why nothing happened
        state.ItemCursor.ShouldBe(lists.ItemCursor);
        Screen(state, 160, 40).ShouldContain("✗ Esc does nothing here: there is no filter to clear; / filters the lists by item name.");
    }

    [Fact]
    public void Should_TakeTheMessageOffTheStatusLine_When_EscIsPressedOnTheListsWithNoFilter()
    {
        // Given a refusal said on the status line
        var refused = Demo().Type("z");
        refused.Status.ShouldNotBeNull();

        // When
        var state = refused.Press(Keys.Escape);

        // Then Esc dismissed it, rather than saying it did nothing
        state.Status.ShouldBeNull();
    }
}
