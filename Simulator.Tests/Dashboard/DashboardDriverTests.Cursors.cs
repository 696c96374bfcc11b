using Simulator.Scenarios.Parsing;
using Simulator.Scenarios.Running;
using Simulator.Tests.Support;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Live;
using Spectre.Console.Rendering;

namespace Simulator.Tests.Dashboard;

/// <summary>A list's cursor stays on the row a person selected while the clock adds, removes and reorders rows around it.</summary>
public sealed partial class DashboardDriverTests
{
    [Fact]
    public void Should_KeepTheTimelineCursorOnItsItem_When_TheItemsAboveItGetNewRows()
    {
        // Given the timeline's cursor on vm-web-01, the last of the four items, before their first backups
        var driver = NewDriver();
        _input.Enqueue([.. Keys.Text("t"), Keys.Tab, Keys.Down, Keys.Down, Keys.Down]);
        Selected(driver.Tick(80, 24)).ShouldBe("vm-web-01");

        // When a day and a half plays, and the second night's backups give each item above it a second row
        _wall.Advance(TimeSpan.FromSeconds(30));
        var frame = driver.Tick(80, 24);

        // Then the cursor is still on vm-web-01's row, not on the row that took its place
        ConsoleText.Render(frame.ShouldNotBeNull(), 80, 24).ShouldContain("Timeline (9 rows)");
        Selected(frame).ShouldBe("vm-web-01");
    }

    [Fact]
    public void Should_KeepTheItemCursorOnItsItem_When_TheSortedListReorders()
    {
        // Given the items sorted by latest point, none yet, so by name, the cursor on vm-db-01, the second
        var driver = NewDriver();
        _input.Enqueue([.. Keys.Text("ooo"), Keys.Down]);
        Selected(driver.Tick(80, 24)).ShouldBe("vm-db-01");

        // When the first night's points reorder the list
        _wall.Advance(TimeSpan.FromSeconds(30));
        var frame = driver.Tick(80, 24);

        // Then the cursor moved with vm-db-01, now the third
        var items = ConsoleText.Render(frame.ShouldNotBeNull(), 80, 24).Split('\n').SkipWhile(line => !line.Contains("sort: Latest point", StringComparison.Ordinal)).Skip(2).Take(4);
        items.Select(line => line[2..14].Trim()).ShouldBe(["vm-legacy-01", "vm-batch-01", "vm-db-01", "vm-web-01"]);
        Selected(frame).ShouldBe("vm-db-01");
    }

    [Fact]
    public void Should_KeepTheDetailCursorOnItsPoint_When_ANewPointArrivesAboveIt()
    {
        // Given two nights played, vm-batch-01's detail open and its cursor on the older of its points
        var driver = NewDriver();
        _wall.Advance(TimeSpan.FromSeconds(30));
        driver.Tick(80, 24);
        _input.Enqueue([Keys.Enter, Keys.Down]);
        var before = SelectedLine(driver.Tick(80, 24));

        // When the next night's backup adds a point at the top of the list
        _wall.Advance(TimeSpan.FromSeconds(24));
        var frame = driver.Tick(80, 24);

        // Then the cursor is on the same point, a row lower, not on the one that took its row
        ConsoleText.Render(frame.ShouldNotBeNull(), 80, 24).ShouldContain("Recovery points (3)");
        SelectedLine(frame)[..14].ShouldBe(before[..14]);
        driver.State.PointCursor.ShouldBe(2);
    }

    [Fact]
    public void Should_PutTheItemCursorOnTheItemJustProtected_When_ItTakesTheRowTheCursorWasOn()
    {
        // Given the GFS scenario paused at its start: vm-sql-01 protected, the cursor on it, vm-files-02 not yet
        var driver = new DashboardDriver(new DashboardWorld(new ScenarioSession(ScenarioParser.Load(Path.Combine(RepositoryFiles.Scenarios, "gfs-weekly-two-vms.yaml")))), _input, _wall);
        _input.Enqueue([.. Keys.Text(" ")]);
        Selected(driver.Tick(80, 24)).ShouldBe("vm-sql-01");

        // When "+ Backup" protects vm-files-02, whose name puts it first, on the cursor's row
        _input.Enqueue([.. Keys.Text("e"), Keys.Enter, Keys.Enter, .. Keys.Text("y")]);
        var frame = driver.Tick(80, 24);

        // Then the cursor is on it, as after protecting it from an item's detail, not kept on vm-sql-01, which it pushed down
        ConsoleText.Render(frame.ShouldNotBeNull(), 80, 24).ShouldContain("Protected items (2)");
        Selected(frame).ShouldBe("vm-files-02");
    }

    /// <summary>The row the cursor marks, as a person reads it at 80×24.</summary>
    private static string SelectedLine(IRenderable? frame) =>
        ConsoleText.Render(frame.ShouldNotBeNull(), 80, 24).Split('\n').Single(line => line.StartsWith("› ", StringComparison.Ordinal));

    /// <summary>The first word of the row the focused list's cursor marks, as a person reads it at 80×24: an item's name.</summary>
    private static string Selected(IRenderable? frame) =>
        ConsoleText.Render(frame.ShouldNotBeNull(), 80, 24).Split('\n').Single(line => line.StartsWith("› ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
}
