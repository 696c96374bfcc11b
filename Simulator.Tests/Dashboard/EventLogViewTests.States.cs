using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Dashboard;

public sealed partial class EventLogViewTests
{
    [Theory]
    [InlineData(80, 24, true)]
    [InlineData(60, 18, false)]
    public void Should_GiveThePurgeItsOwnLineUnderTheItem_When_ItsColumnWouldCutItInTheFullLog(int width, int height, bool longName)
    {
        // Given the item just soft-deleted: at 80 columns named as a real fleet's VMs are, at 60 with its short name,
        // where the strip gives its purge a second line rather than "Soft-dele…"
        var text = longName ? LogViewTests.SoftDelete.Replace("vm-gone-01", DashboardWorlds.LongVmName, StringComparison.Ordinal) : LogViewTests.SoftDelete;
        var state = DashboardWorlds.From(ScenarioParser.Parse(text, "soft-delete.yaml"), LogViewTests.SoftDeleted);

        // When the full log is opened
        var rows = EventRows(Drawn(state.Press(L), width, height).Lines);

        // Then it reads the purge whole on the line under its event, as the strip does, and the newest event is last
        var at = Array.FindIndex(rows, line => line.EndsWith(" Delete state", StringComparison.Ordinal));
        at.ShouldBeGreaterThanOrEqualTo(0);
        rows[at + 1].ShouldBe("                Soft-deleted until 06-22 10:00");
        rows.ShouldNotContain(line => line.Contains('…', StringComparison.Ordinal) && line.Contains("Soft-dele", StringComparison.Ordinal));
        rows[^1].ShouldEndWith("Completed");
    }

    [Fact]
    public void Should_ScrollByEventsAndKeepThePurgeWhole_When_ScrolledUpOffIt()
    {
        // Given the full log at 60 columns, at its bottom, the purge on two lines above the delete job's completion
        var state = DashboardWorlds.From(ScenarioParser.Parse(LogViewTests.SoftDelete, "soft-delete.yaml"), LogViewTests.SoftDeleted);
        var (bottom, open) = Drawn(state.Press(L), 60, 18);

        // When ↑ is pressed
        var (lines, _) = Drawn(open.Press(Keys.Up), 60, 18);

        // Then the window moves up one event: the completion is the one newer below it, the purge at the foot (cut
        // where the event above takes its own lines whole), and read whole again a key later
        lines[1].ShouldStartWith("─ Event log · 1 newer ↓ · ");
        Heads(lines)[1..].ShouldBe(Heads(bottom)[..^1]);
        Heads(lines)[^1].ShouldContain("Delete state");
        EventRows(bottom)[^2].ShouldBe("                Soft-deleted until 06-22 10:00");
        Drawn(open.Press(Keys.Up).Press(Keys.Down), 60, 18).Lines.ShouldBe(bottom);
    }
}
