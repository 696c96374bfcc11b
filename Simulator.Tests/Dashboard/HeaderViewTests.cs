using Simulator.Tests.Support;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>The dashboard's top line as a person reads it: whether the clock runs, its speed and the time.</summary>
public sealed class HeaderViewTests
{
    /// <summary>The demo at 1 min/s, the second speed of the ladder: its label is two cells wider than 1 h/s's.</summary>
    private const int OneMinutePerSecond = 1;

    [Fact]
    public void Should_KeepTheUtcTimeWhole_When_TheSpeedsLabelIsLongAtSixtyColumns()
    {
        // Given the demo's first morning, played at 1 min/s
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning) with { SpeedIndex = OneMinutePerSecond };

        // When it is drawn on the narrowest window the dashboard takes
        var header = ConsoleText.Render(DashboardView.Render(state, 60, 18), 60, 18).Split('\n')[0];

        // Then the time reads whole, its date without the year as the lists write dates, where "(04:00:00 UT…" cut the
        // UTC time the header promises never to cut
        header.TrimEnd().ShouldBe(" ❚❚ paused │ 1 min/s │ 03-02 05:00:00 CET (04:00:00 UTC)");
    }
}
