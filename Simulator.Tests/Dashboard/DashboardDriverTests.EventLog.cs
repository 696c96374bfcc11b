using Simulator.Tests.Support;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Input;
using Simulator.Tui.Dashboard.Live;

namespace Simulator.Tests.Dashboard;

/// <summary>The event log scrolled up while the clock plays: the lines read stay, however many events arrive.</summary>
public sealed partial class DashboardDriverTests
{
    [Fact]
    public void Should_KeepTheLinesOnScreen_When_MoreEventsArriveThanTheLogKeepsWhileItIsScrolledUp()
    {
        // Given the fleet's first night at 80×24, the event log open and scrolled up two pages
        var driver = new DashboardDriver(DashboardWorlds.Fleet(DashboardWorlds.FleetFirstNight).World, _input, _wall);
        driver.Tick(80, 24);
        _input.Enqueue([KeyCatalog.Char('L', ConsoleKey.L, shift: true), Keys.PageUp]);
        driver.Tick(80, 24);
        _input.Enqueue([Keys.PageUp]);
        driver.Tick(80, 24);
        var read = EventLines(driver);

        // When the clock plays six seconds at 1 h/s, the night's backups publishing more than the 200 events the log keeps
        var total = driver.State.World.Log.Total;
        _input.Enqueue([.. Keys.Text(" ")]);
        for (var second = 0; second < 6; second++)
        {
            _wall.Advance(TimeSpan.FromSeconds(1));
            driver.Tick(80, 24);
        }

        // Then the lines read are still those on screen, where they gave way to the oldest of the newest 200
        (driver.State.World.Log.Total - total).ShouldBeGreaterThan(DashboardWorld.LogCapacity);
        EventLines(driver).ShouldBe(read);
    }

    /// <summary>The event log's lines between its title and the footer, as drawn now.</summary>
    private static string[] EventLines(DashboardDriver driver)
    {
        var lines = ConsoleText.Render(driver.Redraw(80, 24), 80, 24).Split('\n');
        var footer = Array.FindIndex(lines, line => line.StartsWith("Esc back", StringComparison.Ordinal));
        return lines[2..footer];
    }
}
