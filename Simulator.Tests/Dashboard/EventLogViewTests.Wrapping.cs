using NodaTime;
using Simulator.Core.Journal;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>The full log reads every event whole: what its width would cut goes on further lines, under the event's text.</summary>
public sealed partial class EventLogViewTests
{
    /// <summary>Just after vm-keep-01's first backup of 06-08 completed, its point now in the vault.</summary>
    private static readonly Instant AfterTheTransfer = Instant.FromUtc(2026, 6, 8, 4, 10);

    /// <summary>The demo's on-demand backup of vm-web-01 has just started, narrated on two lines at 80 columns.</summary>
    private static readonly Instant OnDemandBackupStarted = Instant.FromUtc(2026, 3, 2, 14, 0);

    private const string LongState = "SnapshotAndVaultStandard (transferred to vault)";

    [Theory]
    [InlineData(120, 40)]
    [InlineData(80, 24)]
    [InlineData(60, 18)]
    public void Should_ReadALongRefusalWhole_When_TheLogIsOpen(int width, int height)
    {
        // Given half an hour after vm-keep-01's resume was refused, its undelete still running
        var state = SoftDelete();
        var refusal = ScreenWording.Said(state.World.Log.Events.OfType<Narration>().Last(n => n.Refusal is not null), state.World.DisplayZone);

        // When the log is opened
        var (lines, _) = Drawn(state.Press(L), width, height);

        // Then every word of the refusal is on screen, its lines after the first under its words, none cut
        var said = Event(lines, $"» {refusal.Split(' ')[0]} ");
        said.ShouldNotContain(line => line.EndsWith('…'));
        said.Skip(1).ShouldAllBe(line => line.StartsWith("                  ", StringComparison.Ordinal) && line[18] != ' ');
        Words(said).ShouldEndWith($"» {refusal}");
    }

    [Theory]
    [InlineData(120, 40, 1)]
    [InlineData(80, 24, 2)]
    [InlineData(60, 18, 3)]
    public void Should_ReadALongStateWhole_When_TheLogIsOpen(int width, int height, int lines)
    {
        // Given vm-keep-01's point just transferred to the vault, the strip cutting its state at 60 columns ("SnapshotA…")
        var state = SoftDelete(AfterTheTransfer);

        // When the log is opened
        var (screen, _) = Drawn(state.Press(L), width, height);

        // Then its state is read whole: on its line where the window holds it (120 columns, as before), else going on
        // under the item
        var point = Event(screen, "04:02:21  vm-keep-01 Point 16");
        point.Length.ShouldBe(lines);
        point.ShouldNotContain(line => line.EndsWith('…'));
        point.Skip(1).ShouldAllBe(line => line.StartsWith("                ", StringComparison.Ordinal) && line[16] != ' ');
        Words(point).ShouldEndWith(LongState);
    }

    [Theory]
    [InlineData(100, 30)]
    [InlineData(120, 40)]
    public void Should_LeaveTheNewestEventBelowRatherThanCutIt_When_UpIsPressedAtTheBottom(int width, int height)
    {
        // Given the log open at its bottom, the newest event a refusal on two lines, the event above the top on one
        var (bottom, open) = Drawn(SoftDelete(TwoDaysAfterTheDeletes).Press(L), width, height);
        Event(bottom, "» Resume protection on ").Length.ShouldBe(2);

        // When ↑ is pressed
        var (up, _) = Drawn(open.Press(Keys.Up), width, height);

        // Then the log moves one event: one more above, and the refusal below, counted, where it stayed cut at the foot
        // on the line the event above freed, the title saying none was below
        Heads(up)[1..].ShouldBe(Heads(bottom)[..^1]);
        up[1].ShouldStartWith("─ Event log · 1 newer ↓ · ");
        EventRows(up).ShouldNotContain(line => line.EndsWith('…'));
    }

    [Fact]
    public void Should_LeaveOnlyTheNewestEventBelow_When_UpIsPressedAtTheBottomWhoseTopEventIsCut()
    {
        // Given the log open at its bottom on a 60x20 window, the newest event a refusal on four lines, so that the
        // narration on top is cut to one
        var (bottom, open) = Drawn(SoftDelete(TwoDaysAfterTheDeletes).Press(L), 60, 20);
        Event(bottom, "» Resume protection on").Length.ShouldBe(4);
        EventRows(bottom)[0].ShouldEndWith("…");

        // When ↑ is pressed
        var (up, _) = Drawn(open.Press(Keys.Up), 60, 20);

        // Then the log moves one event: one more above, cut, the narration under it read whole, and only the refusal
        // below, where the event after it went too ("2 newer"), pushed off by the lines the narration and the event
        // above took
        Heads(up)[1..].ShouldBe(Heads(bottom)[..^1]);
        up[1].ShouldStartWith("─ Event log · 1 newer ↓ · ");
        Event(up, "» vm-gone-01's delete job").ShouldNotContain(line => line.EndsWith('…'));
    }

    [Fact]
    public void Should_LeaveOnlyTheNewestEventBelow_When_UpIsPressedAtTheBottomWhoseCutTopEventLeavesNoRoomAbove()
    {
        // Given the demo's log open at its bottom at 80x24 after the on-demand backup of 14:00 started, the point on
        // top cut to one line, its line and the newest's all that reading it whole needs: none is left for one above
        var (bottom, open) = Drawn(DashboardWorlds.Demo(OnDemandBackupStarted).Press(L), 80, 24);
        EventRows(bottom)[0].ShouldEndWith("…");

        // When ↑ is pressed
        var (up, _) = Drawn(open.Press(Keys.Up), 80, 24);

        // Then the log moves one event: the point on top read whole, and only the newest below, where the event before
        // it went too ("2 newer ↓"), pushed off by the lines of an event brought in above
        Heads(up).ShouldBe(Heads(bottom)[..^1]);
        up[1].ShouldStartWith("─ Event log · 1 newer ↓ · ");
        EventRows(up).ShouldNotContain(line => line.EndsWith('…'));
    }

    [Fact]
    public void Should_MoveOneEventUp_When_UpIsPressedAtTheBottomUnderAStatus()
    {
        // Given the demo's log open at its bottom at 80x24, a status at its foot: 'b' was pressed there
        var (said, open) = Drawn(DashboardWorlds.Demo(OnDemandBackupStarted).Press(L).Type("b"), 80, 24);
        said[^2].ShouldStartWith("✗ 'b' works on the lists");
        var events = Heads(said)[..^1];

        // When ↑ is pressed, which takes the status away
        var (up, _) = Drawn(open.Press(Keys.Up), 80, 24);

        // Then the log moves one event up, the newest below, where the line the status gave back brought the bottom's
        // lines up to where ↑ took them, and the log stayed at its bottom, following: ↑ did nothing
        up[1].ShouldStartWith("─ Event log · 1 newer ↓ · ");
        Heads(up)[^1].ShouldBe(events[^2]);
    }

    /// <summary>The lines of the last event whose first line holds <paramref name="text"/>: it, and those under it.</summary>
    private static string[] Event(string[] lines, string text)
    {
        var rows = EventRows(lines);
        var at = Array.FindLastIndex(rows, line => !line.StartsWith(' ') && line.Contains(text, StringComparison.Ordinal));
        at.ShouldBeGreaterThanOrEqualTo(0);
        var end = at + 1;
        while (end < rows.Length && rows[end].StartsWith(' '))
        {
            end++;
        }

        return rows[at..end];
    }

    /// <summary>An event's lines read as one: their words, a space apart.</summary>
    private static string Words(string[] lines) => string.Join(' ', lines.SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    private static Simulator.Tui.Dashboard.DashboardState SoftDelete(Instant at) => DashboardWorlds.SoftDelete(at);
}
