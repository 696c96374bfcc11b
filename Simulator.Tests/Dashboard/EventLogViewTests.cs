using NodaTime;
using Simulator.Tests.Support;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Input;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>The full-screen event log (L): the events the log keeps, one a line, scrolled, following the newest at its bottom.</summary>
public sealed partial class EventLogViewTests
{
    private static readonly ConsoleKeyInfo L = KeyCatalog.Char('L', ConsoleKey.L, shift: true);
    private static readonly ConsoleKeyInfo Left = KeyCatalog.Special(ConsoleKey.LeftArrow);
    private static readonly ConsoleKeyInfo PageDown = KeyCatalog.Special(ConsoleKey.PageDown);
    private static readonly ConsoleKeyInfo End = KeyCatalog.Special(ConsoleKey.End);

    [Theory]
    [InlineData(120, 40)]
    [InlineData(80, 24)]
    [InlineData(60, 18)]
    public void Should_ListTheNewestEventsDownToTheFooter_When_LIsPressedOnTheMainScreen(int width, int height)
    {
        // Given the soft delete scenario half an hour after vm-keep-01 was undeleted, its log strip on the main screen
        var main = SoftDelete();
        var newest = StripNewest(main, width, height);

        // When L is pressed
        var (lines, _) = Drawn(main.Press(L), width, height);

        // Then the log takes every line between the header and the footer: its title, saying how many events it keeps
        // and that their times are UTC, then the events as the strip shows them, oldest at the top, the newest last
        var title = Array.FindIndex(lines, line => line.StartsWith("─ Event log · ", StringComparison.Ordinal));
        title.ShouldBe(1);
        lines[1].ShouldContain($"{main.World.Log.Events.Count} events kept · times UTC");
        lines[1].ShouldNotContain("newer");
        var footer = Array.FindIndex(lines, line => line.StartsWith("Esc back", StringComparison.Ordinal));
        var events = lines[2..footer];
        events.Length.ShouldBe(height - 3 - (lines.Length - 1 - footer));
        events[^1].ShouldBe(newest);
        events.ShouldAllBe(line => line.Length > 0);
        events.Where(line => !line.StartsWith(' ')).Select(line => line[..14]).ShouldBeInOrder();
        lines.ShouldNotContain(line => line.StartsWith("─ Narration and events", StringComparison.Ordinal));
        lines.ShouldNotContain(line => line.StartsWith("─ Protected items", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(120, 40)]
    [InlineData(80, 24)]
    [InlineData(60, 18)]
    public void Should_ShowTheLinesAboveAndCountTheNewerOnes_When_ScrolledUp(int width, int height)
    {
        // Given the log open at its bottom
        var (bottom, open) = Drawn(SoftDelete().Press(L), width, height);

        // When ↑ is pressed three times
        var (lines, _) = Drawn(open.Press(Keys.Up, Keys.Up, Keys.Up), width, height);

        // Then every event moves down three, three new ones above them; the title counts those below the window: as
        // many as its events take lines, a narration's several
        var before = Heads(bottom);
        var after = Heads(lines);
        after[3..].ShouldBe(before[..(after.Length - 3)]);
        lines[1].ShouldStartWith($"─ Event log · {before.Length + 3 - after.Length} newer ↓ · ");
    }

    [Theory]
    [InlineData(120, 40)]
    [InlineData(80, 24)]
    [InlineData(60, 18)]
    public void Should_ScrollAPageAndReachEitherEnd_When_PgUpPgDnHomeAndEndArePressed(int width, int height)
    {
        // Given the log open at its bottom
        var (bottom, open) = Drawn(SoftDelete().Press(L), width, height);
        var rows = EventCount(bottom);
        var kept = open.World.Log.Events.Count;

        // When PgUp, then Home, then PgDn, then End
        var (paged, pagedState) = Drawn(open.Press(Keys.PageUp), width, height);
        var (top, topState) = Drawn(pagedState.Press(Keys.Home), width, height);
        var (down, downState) = Drawn(topState.Press(PageDown), width, height);
        var (end, _) = Drawn(downState.Press(End), width, height);

        // Then a page is the events on screen (a purge's time, a long state or narration takes more lines): the page
        // above ends with the first of them read whole, none passed over, and the title counts those below it; Home
        // shows the oldest event kept, the scenario's first (its vault created); End is back at the newest
        var below = Heads(bottom).Except(Heads(paged)).Count();
        Heads(bottom).ShouldNotContain(Heads(paged)[0]);
        (ReadWhole(bottom, Heads(bottom)[0]) || ReadWhole(paged, Heads(bottom)[0])).ShouldBeTrue();
        below.ShouldBeInRange(1, rows);
        paged[1].ShouldStartWith($"─ Event log · {below} newer ↓ · ");
        Drawn(pagedState.Press(PageDown), width, height).Lines.ShouldBe(bottom);
        top[1].ShouldStartWith($"─ Event log · {kept - EventCount(top)} newer ↓ · ");
        EventRows(top)[0].ShouldContain("vault-sea");
        EventRows(top)[0].ShouldContain("Vault created");
        down[1].ShouldStartWith($"─ Event log · {kept - EventCount(top) - EventCount(down)} newer ↓ · ");
        end.ShouldBe(bottom);
    }

    [Theory]
    [InlineData(120, 40)]
    [InlineData(80, 24)]
    [InlineData(60, 18)]
    public void Should_FollowTheNewestEvents_When_TheClockPlaysWithTheLogAtItsBottom(int width, int height)
    {
        // Given the log open at its bottom
        var (before, open) = Drawn(SoftDelete().Press(L), width, height);

        // When the clock plays into the next morning's backups
        open.World.RunUntil(NextMorning);
        var (after, _) = Drawn(open, width, height);

        // Then the newest event is the last line, as on the strip, and none is said to be below
        after[1].ShouldNotContain("newer");
        EventRows(after)[^1].ShouldBe(StripNewest(open with { ShowLog = false }, width, height));
        EventRows(after).ShouldNotBe(EventRows(before));
    }

    [Theory]
    [InlineData(120, 40)]
    [InlineData(80, 24)]
    [InlineData(60, 18)]
    public void Should_KeepTheLinesShownAndCountTheNewOnes_When_TheClockPlaysWithTheLogScrolledUp(int width, int height)
    {
        // Given the log scrolled up one event, the newest below it (and the one before it too, where a narration's
        // lines take the newest's)
        var (_, open) = Drawn(SoftDelete().Press(L), width, height);
        var (scrolled, held) = Drawn(open.Press(Keys.Up), width, height);
        var newer = held.World.Log.Total - held.Tops.Log.First - EventCount(scrolled);
        newer.ShouldBeGreaterThanOrEqualTo(1);
        scrolled[1].ShouldStartWith($"─ Event log · {newer} newer ↓ · ");
        var total = held.World.Log.Total;

        // When the clock plays into the next morning's backups, which log new events
        held.World.RunUntil(NextMorning);
        var (after, _) = Drawn(held, width, height);

        // Then it still shows the lines it showed, and its title counts the events below them
        var arrived = held.World.Log.Total - total;
        arrived.ShouldBeGreaterThan(0);
        EventRows(after).ShouldBe(EventRows(scrolled));
        after[1].ShouldStartWith($"─ Event log · {arrived + newer} newer ↓ · ");
    }

    [Theory]
    [InlineData(120, 40)]
    [InlineData(80, 24)]
    [InlineData(60, 18)]
    public void Should_FollowAgain_When_ScrolledBackDownToTheNewestEvent(int width, int height)
    {
        // Given the log scrolled up one line, then down one again
        var (_, open) = Drawn(SoftDelete().Press(L), width, height);
        var (_, up) = Drawn(open.Press(Keys.Up), width, height);
        var (_, down) = Drawn(up.Press(Keys.Down), width, height);

        // When the clock plays on
        down.World.RunUntil(NextMorning);
        var (after, _) = Drawn(down, width, height);

        // Then it follows the newest events again
        after[1].ShouldNotContain("newer");
        EventRows(after)[^1].ShouldBe(StripNewest(down with { ShowLog = false }, width, height));
    }

    [Theory]
    [InlineData(120, 40)]
    [InlineData(80, 24)]
    [InlineData(60, 18)]
    public void Should_GoBackToTheLists_When_EscLeftOrHIsPressedInTheLogOpenedFromThem(int width, int height)
    {
        // Given the main screen, on the protected items
        var main = SoftDelete();

        foreach (var back in new[] { Keys.Escape, Left, KeyCatalog.Char('h'), L })
        {
            // When the log is opened and closed
            var closed = main.Press(L).Press(back);

            // Then the main screen is back as it was
            closed.ShouldBe(main);
            Lines(closed, width, height).ShouldBe(Lines(main, width, height));
        }
    }

    [Theory]
    [InlineData(120, 40)]
    [InlineData(80, 24)]
    [InlineData(60, 18)]
    public void Should_GoBackToTheItemsDetail_When_EscIsPressedInTheLogOpenedFromIt(int width, int height)
    {
        // Given vm-keep-01's detail
        var detail = SoftDelete().Press(Keys.Down, Keys.Enter);
        detail.OpenItem.ShouldBe("vault-sea/vm-keep-01");

        // When the log is opened from it and Esc pressed
        var log = Lines(detail.Press(L), width, height);
        var back = detail.Press(L).Press(Keys.Escape);

        // Then the log showed, and the detail is back; a second Esc goes on to the lists
        log[1].ShouldStartWith("─ Event log · ");
        Lines(back, width, height).ShouldBe(Lines(detail, width, height));
        back.Press(Keys.Escape).OpenItem.ShouldBeNull();
    }

    /// <summary>The next morning, after vm-keep-01 resumed at 11:00: its next backups and their points are logged.</summary>
    private static readonly Instant NextMorning = Instant.FromUtc(2026, 6, 14, 6, 0);

    /// <summary>Half an hour after vm-keep-01 was undeleted, on the item list, the clock paused.</summary>
    private static DashboardState SoftDelete() => DashboardWorlds.SoftDelete(DashboardWorlds.SoftDeleteAfterUndelete);

    /// <summary>The screen a person sees, and the state as the dashboard keeps it after drawing it: the windows the frame showed.</summary>
    private static (string[] Lines, DashboardState State) Drawn(DashboardState state, int width, int height)
    {
        var (view, shown) = DashboardView.Draw(state, width, height);
        return (Split(ConsoleText.Render(view, width, height)), state with { Tops = shown });
    }

    private static string[] Lines(DashboardState state, int width, int height) => Split(ConsoleText.Render(DashboardView.Render(state, width, height), width, height));

    private static string[] Split(string screen) => [.. screen.TrimEnd('\n').Split('\n').Select(line => line.TrimEnd())];

    /// <summary>The event lines of a screen with the log open: those between its title and the footer.</summary>
    private static string[] EventRows(string[] lines) => lines[2..Array.FindIndex(lines, line => line.StartsWith("Esc back", StringComparison.Ordinal))];

    /// <summary>How many events a screen with the log open shows: a line under its event, its state's or its words' rest, is not one,
    /// nor a blank line at the foot where the newest event, left below, would have been cut.</summary>
    private static int EventCount(string[] lines) => Heads(lines).Length;

    /// <summary>The start of each event's first line, its time, item and what: the same whether its state is read whole or cut at the window's edge.</summary>
    private static string[] Heads(string[] lines) => [.. EventRows(lines).Where(line => line.Length > 0 && !line.StartsWith(' ')).Select(line => line[..Math.Min(line.Length, 40)].TrimEnd())];

    /// <summary>Whether the event whose first line starts with <paramref name="head"/> is on screen, its last line not cut at the window's edge.</summary>
    private static bool ReadWhole(string[] lines, string head)
    {
        var rows = EventRows(lines);
        var at = Array.FindIndex(rows, line => line.StartsWith(head, StringComparison.Ordinal));
        var end = at + 1;
        while (end < rows.Length && rows[end].StartsWith(' '))
        {
            end++;
        }

        return at >= 0 && !rows[end - 1].EndsWith('…');
    }

    /// <summary>The newest event as the log strip of the item list shows it, on the line above the footer.</summary>
    private static string StripNewest(DashboardState main, int width, int height)
    {
        var lines = Lines(main, width, height);
        return lines[Array.FindIndex(lines, line => line.StartsWith("Enter open", StringComparison.Ordinal)) - 1];
    }
}
