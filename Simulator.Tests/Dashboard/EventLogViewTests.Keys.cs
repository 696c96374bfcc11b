using Simulator.Core.Journal;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Input;

namespace Simulator.Tests.Dashboard;

/// <summary>The event log's keys: the clock's work in it, help and the footer name them, the others say where they work.</summary>
public sealed partial class EventLogViewTests
{
    [Fact]
    public void Should_MarkTheNarrationsAsTheStripDoesAndReadThemWhole_When_TheLogIsOpen()
    {
        // Given the demo's first morning, whose lesson on vm-legacy-01 was narrated at 02:59:49
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning);

        // When the log is opened on an 80-column window
        var lines = Lines(state.Press(L), 80, 24);

        // Then the narration is marked as the strip's earlier ones, its error code on the next line under its words
        // where the strip cuts it ("UserEr…")
        var at = Array.IndexOf(lines, "03-02 02:59:49  » vm-legacy-01 has no VM agent, so its backup fails with");
        at.ShouldBeGreaterThan(0);
        lines[at + 1].ShouldBe("                  UserErrorGuestAgentStatusUnavailable.");
    }

    [Theory]
    [InlineData(120, 40)]
    [InlineData(80, 24)]
    [InlineData(60, 18)]
    public void Should_PlayTheClockAndFollowTheNewestEvent_When_TheClocksKeysArePressedInTheLog(int width, int height)
    {
        // Given the log open, the clock paused
        var (_, open) = Drawn(SoftDelete().Press(L), width, height);
        var events = open.World.Log.Total;

        // When space, + and n are pressed
        var played = open.Type(" +n");

        // Then the clock runs faster, n has stepped to the next event, and the log, at its bottom, shows it last
        played.Paused.ShouldBeFalse();
        played.SpeedIndex.ShouldBe(open.SpeedIndex + 1);
        played.World.Log.Total.ShouldBeGreaterThan(events);
        var (lines, _) = Drawn(played, width, height);
        lines[0].ShouldContain("▶ running");
        EventRows(lines)[^1].ShouldBe(StripNewest(played with { ShowLog = false }, width, height));
    }

    [Theory]
    [InlineData(120, 40)]
    [InlineData(80, 24)]
    [InlineData(60, 18)]
    public void Should_AskForATimeAtTheLogsFoot_When_GIsPressedInTheLog(int width, int height)
    {
        // Given the log open
        var open = SoftDelete().Press(L);

        // When g is pressed, then a time typed and confirmed
        var asked = Lines(open.Type("g"), width, height);
        var went = open.Type("g+13d").Press(Keys.Enter);

        // Then the prompt shows under the log's lines, its input at its foot, and the log is open again after it
        asked[1].ShouldStartWith("─ Event log · ");
        asked.ShouldContain(line => line.StartsWith("─ Go to time ", StringComparison.Ordinal));
        asked.ShouldContain("  > █");
        went.Mode.ShouldBe(InputMode.Log);
        went.World.Now.ShouldBe(went.World.Start + NodaTime.Duration.FromDays(13));
    }

    [Theory]
    [InlineData(120, 40)]
    [InlineData(80, 24)]
    [InlineData(60, 18)]
    public void Should_ListTheLogsOwnKeys_When_HelpIsOpenedInTheLog(int width, int height)
    {
        // Given the log open
        var open = SoftDelete().Press(L);

        // When ? is pressed
        var lines = Lines(open.Type("?"), width, height);

        // Then help names the log and lists its way back and its scroll keys, and no key of the lists
        lines[1].ShouldStartWith("─ Keys: event log · Esc or ? closes ");
        lines.ShouldContain(line => line.StartsWith(" Esc ← h L ", StringComparison.Ordinal) && line.Contains("Back to where it was opened", StringComparison.Ordinal));
        lines.ShouldContain(line => line.Contains("Scroll up", StringComparison.Ordinal));
        lines.ShouldNotContain(line => line.Contains("Filter by item name", StringComparison.Ordinal));
        lines.ShouldNotContain(line => line.Contains("Backup now", StringComparison.Ordinal));
        open.Type("?").Press(Keys.Escape).Mode.ShouldBe(InputMode.Log);
    }

    [Fact]
    public void Should_ListL_When_HelpIsOpenedOnTheMainScreen()
    {
        // When
        var lines = Lines(SoftDelete().Type("?"), 120, 40);

        // Then
        lines.ShouldContain(line => line.Contains(" L ", StringComparison.Ordinal) && line.Contains("Event log, full screen", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(120, 40, "space play Tab pane +/- speed n next event g go to / filter o sort f jobs filter t timeline L log ? help q quit")]
    [InlineData(80, 24, "Enter open r resume s stop D delete data space play Tab pane ? help q quit")]
    [InlineData(60, 18, "Enter open r resume s stop space play Tab pane ? help q quit")]
    public void Should_OfferLWhereTheFooterHasRoom_When_TheItemListHasTheFocus(int width, int height, string footer)
    {
        // Given the item list on vm-keep-01, stopped with its data retained
        var state = SoftDelete().Press(Keys.Down);

        // When / Then the log is the key that gives way first
        Lines(state, width, height)[^1].ShouldBe(footer);
    }

    [Theory]
    [InlineData(120, 40, "space play +/- speed n next event g go to ? help q quit")]
    [InlineData(80, 24, "Esc back space play +/- speed n next event g go to ? help q quit")]
    [InlineData(60, 18, "Esc back space play +/- speed n next event ? help q quit")]
    public void Should_OfferTheWayBackAndTheClock_When_TheLogIsOpen(int width, int height, string footer)
    {
        // When
        var lines = Lines(SoftDelete().Press(L), width, height);

        // Then
        lines[^1].ShouldBe(footer);
        if (height >= 30)
        {
            lines[^2].ShouldBe("Esc back");
        }
    }

    [Theory]
    [InlineData("t", "'t' works on the lists, not in the event log: Esc goes back to them.")]
    [InlineData("/", "'/' works on the lists, not in the event log: Esc goes back to them.")]
    [InlineData("c", "'c' works on the job list, not in the event log: Esc goes back to the lists.")]
    [InlineData("z", "'z' does nothing here; ? lists the keys.")]
    public void Should_SayWhereAKeyWorks_When_ItIsPressedInTheLogOpenedFromTheLists(string key, string said)
    {
        // Given the log open over the lists
        var open = SoftDelete().Press(L);

        // When
        var pressed = open.Type(key);

        // Then it says so at the log's foot, and the log stays open
        pressed.Mode.ShouldBe(InputMode.Log);
        pressed.Status.ShouldNotBeNull().Text.ShouldBe(said);
        Lines(pressed, 80, 24)[^2].ShouldBe($"✗ {said}");
    }

    [Fact]
    public void Should_SayTheKeyWorksInTheDetail_When_ItIsPressedInTheLogOpenedFromIt()
    {
        // Given the log open over vm-keep-01's detail
        var open = SoftDelete().Press(Keys.Down, Keys.Enter).Press(L);

        // When / Then
        open.Type("b").Status.ShouldNotBeNull().Text.ShouldBe("'b' works in the item's detail, not in the event log: Esc goes back to it.");
        open.Type("t").Status.ShouldNotBeNull().Text.ShouldBe(
            "'t' works on the lists, not in the event log: Esc goes back to the item's detail, and Esc again to them.");
    }

    [Fact]
    public void Should_SayHowManyEventsItKeeps_When_OlderOnesHaveLeftTheLog()
    {
        // Given the fleet's first night, whose hundred VMs' backups logged more events than the log keeps
        var state = DashboardWorlds.Fleet(DashboardWorlds.FleetFirstNight + NodaTime.Duration.FromDays(2));
        state.World.Log.Total.ShouldBeGreaterThan(DashboardWorld.LogCapacity);

        // When the log is opened and scrolled to its top
        var (_, open) = Drawn(state.Press(L), 80, 24);
        var (top, _) = Drawn(open.Press(Keys.Home), 80, 24);

        // Then it keeps the last 200, as its title says, the oldest of them first
        state.World.Log.Events.Count.ShouldBe(200);
        top[1].ShouldStartWith($"─ Event log · {200 - EventCount(top)} newer ↓ · last 200 events kept · times UTC ─");
    }

    [Theory]
    [InlineData("Main", 'L', nameof(CommandKind.ShowLog))]
    [InlineData("Detail", 'L', nameof(CommandKind.ShowLog))]
    [InlineData("Main", 'l', nameof(CommandKind.NextPane))]
    [InlineData("Log", 'L', nameof(CommandKind.Back))]
    [InlineData("Log", 'h', nameof(CommandKind.Back))]
    [InlineData("Log", 'k', nameof(CommandKind.Up))]
    [InlineData("Log", 'j', nameof(CommandKind.Down))]
    [InlineData("Log", ' ', nameof(CommandKind.TogglePause))]
    [InlineData("Log", 'n', nameof(CommandKind.NextEvent))]
    [InlineData("Log", 'g', nameof(CommandKind.GoToTime))]
    [InlineData("Log", 'q', nameof(CommandKind.Quit))]
    [InlineData("Log", '/', nameof(CommandKind.Unbound))]
    [InlineData("Log", 'b', nameof(CommandKind.Unbound))]
    public void Should_MapTheLogsKeys_When_PressedWhereTheyWork(string mode, char key, string expected)
    {
        // Given
        var state = mode switch
        {
            "Main" => SoftDelete(),
            "Detail" => SoftDelete().Press(Keys.Enter),
            _ => SoftDelete().Press(L),
        };
        state.Mode.ToString().ShouldBe(mode);

        // When
        var command = KeyMap.Map(state, Keys.Text(key.ToString()).Single());

        // Then
        command!.Value.Kind.ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData(ConsoleKey.Escape)]
    [InlineData(ConsoleKey.LeftArrow)]
    [InlineData(ConsoleKey.UpArrow)]
    [InlineData(ConsoleKey.PageDown)]
    [InlineData(ConsoleKey.End)]
    public void Should_MapTheLogsNamedKeys_When_PressedInTheLog(ConsoleKey key)
    {
        var command = KeyMap.Map(SoftDelete().Press(L), KeyCatalog.Special(key));

        command!.Value.Kind.ShouldBe(key switch
        {
            ConsoleKey.UpArrow => CommandKind.Up,
            ConsoleKey.PageDown => CommandKind.PageDown,
            ConsoleKey.End => CommandKind.Bottom,
            _ => CommandKind.Back,
        });
    }

    [Fact]
    public void Should_KeepTheNewestEventsInOrder_When_MoreArriveThanItsCapacity()
    {
        // Given five narrations, and a recorder that keeps three
        var said = Enumerable.Range(1, 5).Select(i => new Narration(NodaTime.Instant.FromUnixTimeSeconds(i), $"#{i}")).ToList();

        // When
        var recorder = new JournalRecorder(new EventJournal(), 3, said);

        // Then the last three are kept, oldest first, by their place as in order
        recorder.Total.ShouldBe(5);
        recorder.Events.Select(e => ((Narration)e).Text).ShouldBe(["#3", "#4", "#5"]);
        Enumerable.Range(0, 3).Select(i => ((Narration)recorder.Events[i]).Text).ShouldBe(["#3", "#4", "#5"]);
    }
}
