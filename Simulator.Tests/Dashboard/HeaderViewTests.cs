using NodaTime;
using Simulator.Scenarios;
using Simulator.Tests.Support;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>The dashboard's top line as a person reads it: whether the clock runs, its speed and the time.</summary>
public sealed class HeaderViewTests
{
    /// <summary>The demo at 1 min/s, the second speed of the ladder: its label is two cells wider than 1 h/s's.</summary>
    private const int OneMinutePerSecond = 1;

    [Fact]
    public void Should_KeepTheTimeAndTheScenariosName_When_TheSpeedsLabelIsLongAtSixtyColumns()
    {
        // Given the demo's first morning, played at 1 min/s
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning) with { SpeedIndex = OneMinutePerSecond };

        // When it is drawn on the narrowest window the dashboard takes
        var header = ConsoleText.Render(DashboardView.Render(state, 60, 18), 60, 18).Split('\n')[0];

        // Then the time reads whole, its date without the year as the lists write dates, where "(04:00:00 UT…" cut the
        // UTC time; the UTC time without the seconds it shares with the local one, so that the scenario's name fits
        header.TrimEnd().ShouldBe(" ❚❚ paused │ 1 min/s │ 03-02 05:00:00 CET (04:00 UTC) │ demo");
    }

    [Theory]
    [InlineData(60, " ▶ running │ 1 h/s │ 03-02 05:00:00 CET (04:00 UTC) │ demo")]
    [InlineData(80, " ▶ running │ 1 h/s │ 2026-03-02 05:00:00 CET (04:00:00 UTC) │ demo │ vaultsim")]
    public void Should_KeepTheClockAndTheScenariosName_When_TheWindowIsNarrow(int width, string expected)
    {
        // Given the demo's first morning, running at 1 h/s
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning) with { Paused = false };

        // When it is drawn
        var header = ConsoleText.Render(DashboardView.Render(state, width, 20), width, 20).Split('\n')[0];

        // Then the time and the scenario's name read whole: the program's name gives way first, then the year, then
        // the UTC time's seconds, which are the local time's; at 60 columns the name had gone, leaving "…"
        header.TrimEnd().ShouldBe(expected);
    }

    [Fact]
    public void Should_CutTheScenariosNameInItsMiddle_When_ItIsTooLongForTheLine()
    {
        // Given the demo renamed with a long name, running at 1 h/s
        var state = DashboardWorlds.From(BuiltInScenarios.Demo() with { Header = BuiltInScenarios.Demo().Header with { Name = "a-very-long-scenario-name-for-the-lab" } }, DashboardWorlds.DemoFirstMorning) with { Paused = false };

        // When it is drawn at 60 columns
        var header = ConsoleText.Render(DashboardView.Render(state, 60, 20), 60, 20).Split('\n')[0];

        // Then the clock reads whole, and both ends of the name show, as a list's names do; the UTC time gives way to
        // them, where beside it the name kept six cells ("a-…lab")
        header.ShouldBe(" ▶ running │ 1 h/s │ 03-02 05:00:00 CET │ a-very-l…r-the-lab");
    }

    [Theory]
    [InlineData(60, " ❚❚ paused │ 1 h/s │ 03-02 10:30:00 CET │ a-very-l…eader-bar")]
    [InlineData(80, " ❚❚ paused │ 1 h/s │ 03-02 10:30:00 CET (09:30 UTC) │ a-very-long-…he-header-bar")]
    public void Should_KeepAReadablePartOfALongScenarioName_When_TheWindowIsNarrow(int width, string expected)
    {
        // Given a scenario named in 67 characters
        var state = LongNamesWorld.At(LongNamesWorld.FirstMorning);

        // When
        var header = ConsoleText.Render(DashboardView.Render(state, width, 20), width, 20).Split('\n')[0];

        // Then at 60 columns the UTC time gives way, so that the name keeps both its ends readable; at 80 it has room
        header.TrimEnd().ShouldBe(expected);
    }

    [Fact]
    public void Should_LeaveOutTheSpeed_When_TheScenarioHasEnded()
    {
        // Given the demo at its end, 01:00 CET on its fourth day, where its clock stops
        var state = DashboardWorlds.Demo(Instant.FromUtc(2026, 3, 5, 0, 0));

        // When
        var header = ConsoleText.Render(DashboardView.Render(state, 80, 24), 80, 24).Split('\n')[0];

        // Then no speed is shown for a clock that can't play: "■ ended │ 1 h/s" read as a speed still to play at
        header.ShouldStartWith(" ■ ended │ 2026-03-05 01:00:00 CET (00:00:00 UTC) │ demo");
    }
}
