namespace Simulator.Tests.Scenarios;

/// <summary>A scenario runs only within the years a time can be written in: its end, however given, as any time typed in it.</summary>
public sealed partial class ScenarioParserTests
{
    [Fact]
    public void Should_RefuseTheDurationWithTheYearsTaken_When_ItRunsTheScenarioIntoTheYear3000()
    {
        // Given a scenario whose last two days, in 3000, could be neither typed in its timeline nor given to --until
        var text = World
            .Replace("start: 2026-01-05T00:00:00Z", "start: 2999-12-30T00:00:00Z", StringComparison.Ordinal)
            .Replace("duration: 7d", "duration: 3d", StringComparison.Ordinal);

        // When
        var error = ErrorsOf(text).ShouldHaveSingleItem();

        // Then
        (error.Line, error.Field).ShouldBe((3, "duration"));
        error.Message.ShouldBe("3d takes the scenario to 3000-01-02T00:00:00Z, out of range; use a year from 1970 to 2999 for its start, its end and every time in it.");
    }

    [Fact]
    public void Should_SayTheTimeInUtc_When_ALocalTimeInAnAllowedYearFallsOutsideTheYearsInUtc()
    {
        // Given 1 January 1970 in Amsterdam, which is still 1969 in UTC: "1970-01-01 is out of range; use a year from
        // 1970 to 2999" named the very year written
        var text = World
            .Replace("start: 2026-01-05T00:00:00Z", "start: 1970-01-01\ndisplayTimeZone: Europe/Amsterdam", StringComparison.Ordinal);

        // When
        var error = ErrorsOf(text).ShouldHaveSingleItem();

        // Then
        (error.Line, error.Field).ShouldBe((2, "start"));
        error.Message.ShouldBe("1970-01-01 is 1969-12-31T23:00:00Z in UTC, out of range; use a year from 1970 to 2999 (in UTC).");
    }
}
