using NodaTime;
using Simulator.Tests.Support;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Live;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>How the lists scroll and share their width: what a walk through them at 80, 120 and 200 columns found.</summary>
public sealed partial class DashboardViewTests
{
    [Theory]
    [InlineData(1, "Protection")]
    [InlineData(2, "Last backup")]
    [InlineData(3, "Latest point")]
    public void Should_KeepTheItemListsZoneWhole_When_ALongerSortLeavesTheTitleNoRoomAtSixtyColumns(int presses, string sort)
    {
        // Given the demo, whose lists are in Europe/Amsterdam, sorted by something longer than its name
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning);
        for (var i = 0; i < presses; i++)
        {
            state = state.Type("o");
        }

        // When
        var lines = PlainLines(state, 60, 18);

        // Then the title names the sort and says what the list's times are in, whole, as the shorter "Items" allows
        lines.ShouldContain($"─ Items (4) · sort: {sort} · times Europe/Amsterdam ".PadRight(60, '─'));
    }

    [Fact]
    public void Should_KeepTheItemListsFilterAndZoneWhole_When_TheTitleHasNoRoomForTheSortAtSixtyColumns()
    {
        // Given the demo filtered by a name no item has
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("/zzz").Press(Keys.Enter);

        // When
        var lines = PlainLines(state, 60, 18);

        // Then the title keeps the filter and the zone, the sort giving way
        lines.ShouldContain("─ Items (0) · filter 'zzz' · times Europe/Amsterdam ".PadRight(60, '─'));
    }

    [Fact]
    public void Should_ShowTheLatestPointColumn_When_TheItemsAreSortedByItAtEightyColumns()
    {
        // Given the fleet's first night, its names up to 17 characters, sorted by latest point
        var state = DashboardWorlds.Fleet(DashboardWorlds.FleetFirstNight) with { Sort = ItemSort.LatestRestorePoint };

        // When
        var lines = ConsoleText.Render(DashboardView.Render(state, 80, 24), 80, 24).Split('\n');

        // Then the column the rows are ordered by is on screen, where the type took its place
        lines.ShouldContain(line => line.StartsWith("  Name ", StringComparison.Ordinal) && line.TrimEnd().EndsWith("Latest point", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_SayMoreItemsAreBelow_When_TheItemListDoesNotFitItsPane()
    {
        // Given the fleet's 48 items at 80×24
        var state = DashboardWorlds.Fleet(DashboardWorlds.FleetFirstNight);

        // When
        var lines = PlainLines(state, 80, 24);

        // Then under the rows it shows, as the timeline and the key help do, a line says how many show and where the rest are
        var more = Array.IndexOf(lines, "  ↓ more (4 of 48 shown)");
        more.ShouldBeGreaterThan(0);
        lines[more + 1].ShouldStartWith("─ Jobs");
    }

    [Fact]
    public void Should_SayMoreItemsAreAbove_When_TheCursorIsOnTheLastItem()
    {
        // Given the fleet's 48 items at 80×24, the cursor on the last
        var state = DashboardWorlds.Fleet(DashboardWorlds.FleetFirstNight) with { ItemCursor = 47 };

        // When
        var lines = PlainLines(state, 80, 24);

        // Then the line under the rows says the others are above
        lines.ShouldContain("  ↑ more (4 of 48 shown)");
    }

    [Fact]
    public void Should_SayMoreVaultsAreBelow_When_TheVaultListDoesNotFitItsPane()
    {
        // Given three vaults at 80×24, where the vault list has one row
        var state = DashboardWorlds.Protectable(DashboardWorlds.ProtectableSecondMorning);

        // When
        var lines = PlainLines(state, 80, 24);

        // Then under the one vault it shows, as under the items and the jobs, a line says how many show and where the rest are
        var more = Array.IndexOf(lines, "  ↓ more (1 of 3 shown)");
        more.ShouldBeGreaterThan(0);
        lines[more - 1].ShouldContain("vault-grs");
        lines[more + 1].ShouldStartWith("─ Protected items");
    }

    [Fact]
    public void Should_ShowBothVaults_When_TheLineSayingThereIsAnotherWouldTakeTheSecondsPlace()
    {
        // Given the fleet's two vaults at 80×24, where the vault list showed the first alone, nothing saying there was another
        var state = DashboardWorlds.Fleet(DashboardWorlds.FleetFirstNight);

        // When
        var lines = PlainLines(state, 80, 24);

        // Then both are listed, in the line that saying so would have taken
        var title = Array.FindIndex(lines, l => l.StartsWith("─ Vaults (2)", StringComparison.Ordinal));
        lines[title + 2].ShouldContain("contoso-vault-weu");
        lines[title + 3].ShouldContain("contoso-vault-neu");
        lines[title + 4].ShouldStartWith("─ Protected items");
    }

    [Theory]
    [InlineData(120, 40)]
    [InlineData(80, 24)]
    [InlineData(60, 18)]
    public void Should_MarkTheVaultWhoseItemsAreListed_When_TheFocusHasLeftTheVaults(int width, int height)
    {
        // Given the fleet's two vaults, the second chosen on the vault list, then the focus moved to its items
        var state = DashboardWorlds.Fleet(DashboardWorlds.FleetFirstNight).Press(Keys.Tab, Keys.Tab, Keys.Down, Keys.Tab);
        state.Focus.ShouldBe(Pane.Items);

        // When
        var lines = PlainLines(state, width, height);

        // Then its row still says it is the one the item and job lists show, the other's does not, and the focused
        // list's cursor stays the one '›' on screen
        lines.ShouldContain(line => line.StartsWith("• contoso-vault-neu ", StringComparison.Ordinal));
        lines.ShouldNotContain(line => line.StartsWith("• contoso-vault-weu ", StringComparison.Ordinal));
        lines.Count(line => line.StartsWith("› ", StringComparison.Ordinal)).ShouldBe(1);
        lines.Single(line => line.StartsWith("› ", StringComparison.Ordinal)).ShouldContain("db-neu-");
    }

    [Fact]
    public void Should_WriteTheYearOfTheLatestPointAndLastBackup_When_TheyAreHalfAYearOrMoreOld()
    {
        // Given vm-sql-01 stopped with its data kept on 1 May 2026, its last backup on 26 April, and the clock played on
        // to 20 February 2027
        var state = DashboardWorlds.GfsWeekly(Instant.FromUtc(2026, 5, 1, 0, 0)).Press(Keys.Down).Type("s").Press(Keys.Enter).Type("y");
        state.World.RunUntil(Instant.FromUtc(2027, 2, 20, 0, 0));

        // When
        var list = PlainLines(state, 120, 40);
        var detail = PlainLines(state with { OpenItem = "vm-sql-01" }, 120, 40);

        // Then both give their year, as the detail's points do: "04-26 22:00" read as two months ahead of the clock
        Row(list, "vm-sql-01").ShouldContain(" 2026-04-26 ");
        detail.ShouldContain(line => line.StartsWith("  Last backup Warning (Backup disabled) at 2026-04-26 · ", StringComparison.Ordinal));
        detail.ShouldContain(line => line.StartsWith("› 2026-04-26 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_SayMoreJobsAreBelow_When_TheJobListDoesNotFitItsPane()
    {
        // Given the fleet's night, more jobs than the job list's rows at 80×24
        var state = DashboardWorlds.Fleet(DashboardWorlds.FleetFirstNight);
        var jobs = JobQuery.Jobs(state).Count;

        // When
        var lines = PlainLines(state, 80, 24);

        // Then the job list's last line says how many show and that the rest are below
        var more = Array.IndexOf(lines, $"  ↓ more (4 of {jobs} shown)");
        more.ShouldBeGreaterThan(0);
        lines[more + 1].ShouldStartWith("─ Narration and events");
    }

    [Fact]
    public void Should_SayMoreJobsAreAboveAndBelow_When_TheSelectedJobIsInTheMiddleOfTheList()
    {
        // Given the job list focused at 80×24, its cursor taken down past the rows on screen
        var screen = new LiveScreen(DashboardWorlds.Fleet(DashboardWorlds.FleetFirstNight), 80, 24);

        // When
        var lines = screen.Press([Keys.Tab, .. Enumerable.Repeat(Keys.Down, 9)]);

        // Then the line under the rows says there are jobs both ways, above the selected job's account
        lines.ShouldContain(line => line.StartsWith("  ↑↓ more (", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_GiveTheItemsPanesSpareRowsToTheTimeline_When_TheItemsAreFewerThanItsRows()
    {
        // Given the demo's four items and its timeline of 13 rows, at 100×30, where the items pane had seven rows
        var state = DashboardWorlds.Demo(Instant.FromUtc(2026, 3, 4, 12, 0)) with { ShowTimeline = true };

        // When
        var lines = PlainLines(state, 100, 30);

        // Then the timeline's title follows the fourth item, no empty line between, and the timeline shows three rows more
        var items = Array.FindIndex(lines, l => l.StartsWith("─ Protected items", StringComparison.Ordinal));
        lines[items + 2 + 4].ShouldStartWith("─ Timeline");
        lines.ShouldContain("  ↓ more (10 of 13 shown)");
    }

    [Fact]
    public void Should_KeepTheRowsOnScreen_When_TheCursorMovesUpWithinThem()
    {
        // Given the fleet's 48 items at 80×24, four on screen above the line saying so, the cursor taken down to the eighth
        var screen = new LiveScreen(DashboardWorlds.Fleet(DashboardWorlds.FleetFirstNight), 80, 24);
        var scrolled = ItemRows(screen.Press([.. Enumerable.Repeat(Keys.Down, 7)]));

        // When
        var up = ItemRows(screen.Press(Keys.Up));

        // Then the same four items are on screen, the cursor one row higher
        up.Select(l => l[2..]).ShouldBe(scrolled.Select(l => l[2..]));
        Array.FindIndex(scrolled, l => l.StartsWith('›')).ShouldBe(3);
        Array.FindIndex(up, l => l.StartsWith('›')).ShouldBe(2);
    }

    [Theory]
    [InlineData(80, 24, 4)]
    [InlineData(60, 18, 1)]
    public void Should_MoveThePagesCursorByTheRowsOnScreen_When_PgDnIsPressed(int width, int height, int rows)
    {
        // Given the fleet's 48 items, <rows> of them on screen, the cursor on the first
        var screen = new LiveScreen(DashboardWorlds.Fleet(DashboardWorlds.FleetFirstNight), width, height);
        var before = ItemRows(screen.Press());

        // When
        var paged = ItemRows(screen.Press(Keys.PageDown));

        // Then the cursor goes to the first item that was not on screen, none skipped: ten rows passed six at 80×24
        // that never showed, and nine at 60×18
        before.Length.ShouldBe(rows);
        screen.Driver.State.ItemCursor.ShouldBe(rows);
        paged[^1].ShouldStartWith("›");
    }

    [Fact]
    public void Should_ScrollOnlyAsFarAsTheCursorNeeds_When_PageUpLeavesTheRowsOnScreen()
    {
        // Given the cursor on the 21st item, at the foot of the four rows on screen
        var screen = new LiveScreen(DashboardWorlds.Fleet(DashboardWorlds.FleetFirstNight), 80, 24);
        var scrolled = ItemRows(screen.Press([.. Enumerable.Repeat(Keys.Down, 20)]));

        // When PgUp takes it a page up, the four rows on screen
        var paged = ItemRows(screen.Press(Keys.PageUp));

        // Then the 17th item shows at the top, with the cursor on it, rather than at the foot
        screen.Driver.State.ItemCursor.ShouldBe(16);
        Array.FindIndex(paged, l => l.StartsWith('›')).ShouldBe(0);
        paged[0][2..].ShouldNotBe(scrolled[0][2..]);
    }

    [Fact]
    public void Should_KeepTheJobsOnScreen_When_NewerJobsStartAboveAScrolledList()
    {
        // Given the fleet's night playing at 80×24, the job list scrolled down to its tenth job and the cursor back up a row
        var screen = new LiveScreen(DashboardWorlds.Fleet(DashboardWorlds.FleetFirstNight), 80, 24);
        screen.Press([Keys.Tab, .. Enumerable.Repeat(Keys.Down, 9)]);
        screen.Press(Keys.Up);
        var before = JobRows(screen.Press([.. Keys.Text(" ")]));
        var listed = JobQuery.Jobs(screen.Driver.State).Count;

        // When an hour passes and jobs start above it
        var after = JobRows(screen.Wait(TimeSpan.FromSeconds(1)));

        // Then the selected job keeps its row and its neighbours (their progress moves on)
        JobQuery.Jobs(screen.Driver.State).Count.ShouldBeGreaterThan(listed);
        Array.FindIndex(after, l => l.StartsWith('›')).ShouldBe(Array.FindIndex(before, l => l.StartsWith('›')));
        after.Select(ItemOf).ShouldBe(before.Select(ItemOf));
    }

    [Fact]
    public void Should_KeepItemNamesBesideTheirState_When_TheWindowIsWide()
    {
        // Given the fleet, whose longest name on screen is vm-application-29 (17 characters)
        var state = DashboardWorlds.Fleet(DashboardWorlds.FleetFirstNight);

        // When
        var lines = PlainLines(state, 200, 60);

        // Then the name column is as wide as that name, and the type follows it, the spare width left at the end
        var header = lines.Single(l => l.StartsWith("  Name ", StringComparison.Ordinal));
        header.IndexOf("Type", StringComparison.Ordinal).ShouldBe(2 + 17 + 1);
        Row(lines, "vm-application-29").ShouldStartWith("  vm-application-29 Azure VM IRPending ");
    }

    [Fact]
    public void Should_KeepATransfersStartNearItsBar_When_TheWindowIsWide()
    {
        // Given the long transfer under way, at 200 columns
        var state = DashboardWorlds.Overlap(Instant.FromUtc(2026, 1, 6, 6, 0));

        // When
        var lines = PlainLines(state, 200, 60);

        // Then the Transfer column stops at 60 cells rather than taking the whole spare width
        var header = lines.Single(l => l.StartsWith("  Operation ", StringComparison.Ordinal));
        (header.IndexOf("Start", StringComparison.Ordinal) - header.IndexOf("Transfer", StringComparison.Ordinal)).ShouldBe(60 + 1);
    }

    [Fact]
    public void Should_KeepAPointsTimeBesideItsTier_When_TheWindowIsWide()
    {
        // Given vm-web-01 open at 120 columns, its points' times at most 16 characters ("03-03 03:49 full")
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon) with { OpenItem = "contoso-vault-weu/vm-web-01" };

        // When
        var lines = PlainLines(state, 120, 40);

        // Then the tier follows the longest time, not 50 cells on
        var header = lines.Single(l => l.StartsWith("  Time ", StringComparison.Ordinal));
        header.IndexOf("Tier", StringComparison.Ordinal).ShouldBeLessThanOrEqualTo(2 + 16 + 1);
    }

    [Fact]
    public void Should_CountTheVaultsStatesInWholeWords_When_TheWindowIsNarrow()
    {
        // Given the fleet after a week: most items protected, some never backed up, db-neu-05 failing since its VM was deleted
        var state = DashboardWorlds.Fleet(FleetWeekOn);

        // When both vaults show on 80 columns
        var lines = PlainLines(state, 80, 40);

        // Then no count is cut mid-word: the item in error comes first, in short words, the redundancy giving way to them
        lines.ShouldContain("  Vault             Region       Items By state");
        Row(lines, "contoso-vault-weu").ShouldEndWith(" 48 2 IRPending · 46 Protected");
        Row(lines, "contoso-vault-neu").ShouldEndWith(" 24 1 Error · 5 IRPending · 18 Protected");
    }

    [Fact]
    public void Should_ShowEveryCountOfTheVaults_When_TheWindowHas60Columns()
    {
        // Given the fleet after a week, as above
        var state = DashboardWorlds.Fleet(FleetWeekOn);

        // When both vaults show on 60 columns
        var lines = PlainLines(state, 60, 40);

        // Then the region gives way to the counts, which read whole, or with the last summed up, rather than the first alone
        lines.ShouldContain("  Vault             Items By state");
        Row(lines, "contoso-vault-weu").ShouldEndWith(" 48 2 IRPending · 46 Protected");
        Row(lines, "contoso-vault-neu").ShouldEndWith(" 24 1 Error · 5 IRPending · 18 other");
    }

    [Fact]
    public void Should_NameEveryStateInFull_When_TheWindowHasRoom()
    {
        // Given
        var state = DashboardWorlds.Fleet(FleetWeekOn);

        // When
        var lines = PlainLines(state, 120, 40);

        // Then the states are the portal's, as in the items list, problems first
        Row(lines, "contoso-vault-neu").ShouldEndWith(" 24 1 ProtectionError · 5 IRPending · 18 Protected");
    }

    /// <summary>The fleet demo's last day: db-neu-05's VM has been deleted, and its backups fail.</summary>
    private static readonly NodaTime.Instant FleetWeekOn = NodaTime.Instant.FromUtc(2026, 5, 10, 0, 0);

    /// <summary>The item of a job's row (after the gutter and the operation).</summary>
    private static string ItemOf(string row) => row[14..].Split(' ')[0];

    /// <summary>The rows of the protected items on screen, after their column header.</summary>
    private static string[] ItemRows(string[] lines) => RowsUnder(lines, "─ Protected items");

    /// <summary>The rows of the jobs on screen, without the selected job's account under them.</summary>
    private static string[] JobRows(string[] lines) => [.. RowsUnder(lines, "─ Jobs").Where(l => !l[2..].Contains(" of ", StringComparison.Ordinal))];

    private static string[] RowsUnder(string[] lines, string title)
    {
        var start = Array.FindIndex(lines, l => l.StartsWith(title, StringComparison.Ordinal)) + 2;
        var end = Array.FindIndex(lines, start, l => l.StartsWith('─') || l.Trim().Length == 0 || l.Contains(" more (", StringComparison.Ordinal));
        return lines[start..end];
    }

    /// <summary>The live dashboard driven tick by tick, as the terminal drives it: every frame remembers the lists' windows.</summary>
    private sealed class LiveScreen
    {
        private readonly ScriptedInput _input = new();
        private readonly ManualWallClock _wall = new();
        private readonly int _width;
        private readonly int _height;

        public LiveScreen(DashboardState state, int width, int height)
        {
            Driver = new DashboardDriver(state.World, _input, _wall);
            (_width, _height) = (width, height);
            Driver.Tick(width, height);
        }

        public DashboardDriver Driver { get; }

        public string[] Press(params ConsoleKeyInfo[] keys)
        {
            _input.Enqueue(keys);
            Driver.Tick(_width, _height);
            return Lines();
        }

        public string[] Wait(TimeSpan wall)
        {
            _wall.Advance(wall);
            Driver.Tick(_width, _height);
            return Lines();
        }

        private string[] Lines() => ConsoleText.Render(Driver.Redraw(_width, _height), _width, _height).Split('\n');
    }
}
