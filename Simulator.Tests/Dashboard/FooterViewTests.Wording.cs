namespace Simulator.Tests.Dashboard;

/// <summary>The footer says what a key does in the words the screen above it uses.</summary>
public sealed partial class FooterViewTests
{
    [Fact]
    public void Should_OfferPlay_When_TheClockIsPaused_AndPause_When_ItPlays()
    {
        // Given the demo paused, as the header says, and the same playing
        var paused = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning) with { Paused = true };
        var playing = paused with { Paused = false };

        // When
        var whilePaused = ScreenLines(paused, 120, 40)[^1];
        var whilePlaying = ScreenLines(playing, 120, 40)[^1];

        // Then space offers what it would do
        whilePaused.ShouldStartWith("space play ");
        whilePlaying.ShouldStartWith("space pause ");
    }

    [Fact]
    public void Should_CallEscAndNCancel_When_AConfirmationSaysTheyCancel()
    {
        // Given deallocate's confirmation
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("v");

        // When
        var lines = ScreenLines(state, 120, 40);

        // Then
        lines.ShouldContain("  Enter or y confirms; Esc or n cancels");
        lines[^1].ShouldBe("Enter/y confirm Esc/n cancel Ctrl+C quit");
    }

    [Fact]
    public void Should_LeaveNoBlankLineAboveItsKeys_When_AConfirmationHasOnlyItsOwnKeysAt120x40()
    {
        // Given deallocate's confirmation, whose keys fit one line
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("v");

        // When
        var lines = ScreenLines(state, 120, 40);

        // Then the line above them is the log's
        lines[^2].ShouldNotBeNullOrWhiteSpace();
        lines[^2].ShouldNotContain("confirm");
    }

    [Fact]
    public void Should_CallEscCancel_When_AMenuSaysItCancels()
    {
        // Given the stop-protection menu
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("s");

        // When
        var lines = ScreenLines(state, 120, 40);

        // Then
        lines.ShouldContain(line => line.EndsWith("· Esc cancels", StringComparison.Ordinal));
        lines[^1].ShouldBe("Enter confirm Esc cancel Ctrl+C quit");
    }

    [Fact]
    public void Should_CallEscClose_When_HelpSaysEscCloses()
    {
        // Given
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("?");

        // When
        var lines = ScreenLines(state, 120, 40);

        // Then
        lines[1].ShouldStartWith("─ Keys: main screen · Esc or ? closes ─");
        lines[^1].ShouldBe("Esc/? close q quit");
    }

    [Fact]
    public void Should_CallEscClear_When_TheFilterPromptSaysEscClearsIt()
    {
        // Given
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("/web");

        // When
        var lines = ScreenLines(state, 120, 40);

        // Then
        lines.ShouldContain("  the lists follow as you type; Enter keeps the filter, Esc clears it");
        lines[^1].ShouldBe("Enter keep Esc clear Bksp erase Ctrl+C quit");
    }

    [Fact]
    public void Should_OfferEscToClearTheFilter_OnlyWhileAFilterIsOn()
    {
        // Given the lists filtered, and the same lists with the filter cleared
        var filtered = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("/web").Press(Keys.Enter);
        var cleared = filtered.Press(Keys.Escape);

        // When
        var (on, off) = (ScreenLines(filtered, 80, 24)[^1], ScreenLines(cleared, 80, 24)[^1]);

        // Then Esc is named for what it does on the lists, as the empty list's hint names it
        on.ShouldContain(" Esc clear filter ");
        off.ShouldNotContain("Esc");
    }
}
