using NodaTime;

namespace Simulator.Tests.Dashboard;

/// <summary>A resize of the terminal keeps the event log where the person scrolled it.</summary>
public sealed partial class EventLogViewTests
{
    /// <summary>Two days after the deletes, the newest event the refusal of vm-keep-01's resume, on two lines at 80 to 120 columns.</summary>
    private static readonly Instant TwoDaysAfterTheDeletes = Instant.FromUtc(2026, 6, 10, 10, 44);

    [Theory]
    [InlineData(80, 24, 120, 40)]
    [InlineData(60, 20, 80, 24)]
    [InlineData(80, 24, 60, 18)]
    [InlineData(120, 40, 80, 24)]
    public void Should_KeepTheTopEventInViewAndNotFollow_When_TheWindowIsResizedWhileScrolledUp(int width, int height, int newWidth, int newHeight)
    {
        // Given the log scrolled up two events
        var (_, open) = Drawn(SoftDelete().Press(L), width, height);
        var (scrolled, held) = Drawn(open.Press(Keys.Up, Keys.Up), width, height);
        var top = Said(Heads(scrolled)[0]);

        // When the window is resized, then the clock plays into the next morning's backups
        var (resized, kept) = Drawn(held, newWidth, newHeight);
        kept.World.RunUntil(NextMorning);
        var (after, _) = Drawn(kept, newWidth, newHeight);

        // Then the event that was on top is still in view, and the log still holds its lines, counting the new events
        // below them, where it followed the newest again
        Heads(resized).Select(Said).ShouldContain(top);
        Heads(after).Select(Said).ShouldContain(top);
        after[1].ShouldStartWith("─ Event log · ");
        after[1].ShouldContain(" newer ↓ · ");
        EventRows(after).ShouldBe(EventRows(resized));
    }

    [Fact]
    public void Should_FollowAgain_When_ScrolledDownAfterAResizeBroughtTheBottomUpToTheLog()
    {
        // Given the log scrolled up two events at 80x24, then shown at 120x40, where the bottom holds them
        var (_, open) = Drawn(SoftDelete().Press(L), 80, 24);
        var (_, held) = Drawn(open.Press(Keys.Up, Keys.Up), 80, 24);
        var (_, resized) = Drawn(held, 120, 40);

        // When ↓ is pressed, then the clock plays on
        var (_, down) = Drawn(resized.Press(Keys.Down), 120, 40);
        down.World.RunUntil(NextMorning);
        var (after, _) = Drawn(down, 120, 40);

        // Then it follows the newest events again, as the keys took it to the bottom
        after[1].ShouldNotContain("newer");
        EventRows(after)[^1].ShouldBe(StripNewest(down with { ShowLog = false }, 120, 40));
    }

    [Fact]
    public void Should_ReadTheNewestEventWhole_When_AResizeBringsTheBottomUpToTheLogScrolledUp()
    {
        // Given two days after the deletes, the newest event a refusal that takes two lines at 80 columns, and the log
        // scrolled up two events on a 60x20 window
        var (_, open) = Drawn(SoftDelete(TwoDaysAfterTheDeletes).Press(L), 60, 20);
        var (_, held) = Drawn(open.Press(Keys.Up, Keys.Up), 60, 20);

        // When the window is resized to 80x24, whose bottom holds the event that was on top and every one below it
        var (resized, _) = Drawn(held, 80, 24);

        // Then it shows the bottom's lines, the refusal read whole at the foot, where it was cut there while the title
        // said no event was below
        var (bottom, _) = Drawn(open, 80, 24);
        resized[1].ShouldNotContain("newer");
        EventRows(resized).ShouldBe(EventRows(bottom));
        EventRows(resized)[^1].ShouldEndWith(" first.");
    }

    /// <summary>An event's time, item and the first word of its what, as every width writes them: the columns' padding differs.</summary>
    private static string Said(string head) => string.Join(' ', head.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4));
}
