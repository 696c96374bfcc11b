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
}
