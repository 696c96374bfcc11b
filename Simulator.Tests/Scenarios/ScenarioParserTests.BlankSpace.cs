namespace Simulator.Tests.Scenarios;

/// <summary>A word of a closed list (a frequency, a kind, an error code) and a number are read as written: blank space around one is told, as a duration's is.</summary>
public sealed partial class ScenarioParserTests
{
    [Theory]
    [InlineData("frequency: Daily", "frequency: \" Daily \"", "check.yaml:9:32: vaults[0].policies[0].schedule.frequency: ' Daily ' has blank space around it; write Daily alone.")]
    [InlineData("    region: westeurope\n", "    region: westeurope\n    redundancy: 'ZoneRedundant '\n", "check.yaml:7:17: vaults[0].redundancy: 'ZoneRedundant ' has blank space around it; write ZoneRedundant alone.")]
    public void Should_RefuseAWordOfAClosedList_When_ItHasBlankSpaceAroundIt(string find, string replace, string expected)
    {
        // Given
        var text = World.Replace(find, replace, StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).ToString().ShouldBe(expected);
    }

    [Fact]
    public void Should_RefuseAnErrorCode_When_ItHasBlankSpaceAroundIt()
    {
        // Given
        var text = World + """
            expect:
              - job: { item: vm-web-01, nth: 1 }
                errorCode: "UserErrorVmNotFoundV2 "
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).Message.ShouldBe("'UserErrorVmNotFoundV2 ' has blank space around it; write UserErrorVmNotFoundV2 alone.");
    }

    [Theory]
    [InlineData("Daily, Weekly")]
    [InlineData("1")]
    public void Should_RefuseAFrequency_When_ItIsNoOneWordOfItsList(string written)
    {
        // Given
        var text = World.Replace("frequency: Daily", $"frequency: \"{written}\"", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).Message.ShouldStartWith($"'{written}' is not one of Daily, Weekly, Hourly.");
    }

    [Theory]
    [InlineData("    policy: Gold", "    policy: Gold\n    usedGb: \" 300\"", "check.yaml:15:13: vms[0].usedGb: ' 300' has blank space around it; write 300 alone.")]
    [InlineData("    count: 3", "    count: \"3 \"", "check.yaml:17:12: fleets[0].count: '3 ' has blank space around it; write 3 alone.")]
    public void Should_RefuseANumber_When_ItHasBlankSpaceAroundIt(string find, string replace, string expected)
    {
        // Given
        var text = World.Replace(find, replace, StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData("timeline:\n  - at: \" 2026-01-06T02:00 \"\n    say: hi\n", "check.yaml:20:9: timeline[0].at: ' 2026-01-06T02:00 ' has blank space around it; write 2026-01-06T02:00 alone.")]
    [InlineData("expect:\n  - at: '2026-01-07T00:00:00Z '\n    item: vm-web-01\n    protectionState: Protected\n", "check.yaml:20:9: expect[0].at: '2026-01-07T00:00:00Z ' has blank space around it; write 2026-01-07T00:00:00Z alone.")]
    [InlineData("timeline:\n  - at: \"2026-01-06 \"\n    say: hi\n", "check.yaml:20:9: timeline[0].at: '2026-01-06 ' has blank space around it; write 2026-01-06 alone.")]
    public void Should_RefuseATime_When_ItHasBlankSpaceAroundIt(string section, string expected)
    {
        // Given: a time quoted with a space inside the quotes, which YAML keeps
        var text = World + section;

        // When
        var errors = ErrorsOf(text);

        // Then it is told as a duration or a number with blank space is, not as no time at all
        errors.ShouldHaveSingleItem(Describe(errors)).ToString().ShouldBe(expected);
    }

    [Fact]
    public void Should_RefuseAStartTime_When_ItHasBlankSpaceAroundIt()
    {
        // Given
        var text = World.Replace("start: 2026-01-05T00:00:00Z", "start: ' 2026-01-05T00:00:00Z'", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).ToString().ShouldBe("check.yaml:2:8: start: ' 2026-01-05T00:00:00Z' has blank space around it; write 2026-01-05T00:00:00Z alone.");
    }
}
