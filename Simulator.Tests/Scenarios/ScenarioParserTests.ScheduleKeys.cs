namespace Simulator.Tests.Scenarios;

/// <summary>A schedule's keys that belong to another frequency: said, rather than left unread.</summary>
public sealed partial class ScenarioParserTests
{
    [Theory]
    [InlineData(
        "{ frequency: Daily, times: [\"02:00\"], days: [Sunday] }",
        "vaults[0].policies[0].schedule.days",
        "'days' belongs to a Weekly schedule; a Daily one runs every day. Write frequency: Weekly to run on these days only, or leave 'days' out.")]
    [InlineData(
        "{ frequency: Daily, times: [\"02:00\"], interval: 4 }",
        "vaults[0].policies[0].schedule.interval",
        "'interval' belongs to an Hourly schedule; a Daily one runs at its 'times'. Write frequency: Hourly (an Enhanced policy), or leave 'interval' out.")]
    public void Should_ReportAScheduleKey_When_ItBelongsToAnotherFrequency(string schedule, string field, string message)
    {
        // Given: unread, the key would leave the policy running every day without a word
        var text = World.Replace("schedule: { frequency: Daily, times: [\"02:00\"] }", $"schedule: {schedule}", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe(field);
        error.Message.ShouldBe(message);
    }

    [Fact]
    public void Should_ReportRunTimes_When_AnHourlyScheduleGivesThem()
    {
        // Given
        var text = World.Replace(
            "- name: Gold\n        schedule: { frequency: Daily, times: [\"02:00\"] }",
            "- name: Gold\n        kind: Enhanced\n        schedule: { frequency: Hourly, interval: 4, windowStart: \"08:00\", times: [\"02:00\"] }",
            StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("vaults[0].policies[0].schedule.times");
        error.Message.ShouldStartWith("'times' belongs to a Daily or Weekly schedule");
    }
}
