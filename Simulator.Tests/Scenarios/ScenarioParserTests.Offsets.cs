using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

public sealed partial class ScenarioParserTests
{
    // World runs from 2026-01-05T00:00:00Z for 7 days; its last line is line 18, so a timeline's first step is line 20.

    [Fact]
    public void Should_RefuseAnOffsetStep_When_ItLandsPastTheEnd()
    {
        // Given
        var text = World + """
            timeline:
              - at: 2026-01-10T00:00:00Z
                say: Two days left.
              - at: +3d
                say: Too late.
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].ToString().ShouldBe("check.yaml:22:9: timeline[1].at: +3d after the previous step is 2026-01-13T00:00:00Z, past the end of the scenario at 2026-01-12T00:00:00Z; the step would never run.");
    }

    [Fact]
    public void Should_RefuseAWrittenTime_When_TheOffsetsBeforeItHavePassedIt()
    {
        // Given a step two days after one on the 6th, then one written for the 7th
        var text = World + """
            timeline:
              - at: 2026-01-06T00:00:00Z
                say: First.
              - at: +2d
                say: The 8th.
              - at: 2026-01-07T00:00:00Z
                say: Meant for the 7th.
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("timeline[2].at");
        errors[0].Message.ShouldBe("2026-01-07T00:00:00Z is before the previous step's run at 2026-01-08T00:00:00Z, counted from the offsets before it; steps run in the order written, so it would run late.");
    }

    [Fact]
    public void Should_AcceptAWrittenTime_When_ItFollowsAStepThatWaitsForAHappening()
    {
        // Given a step after a happening, whose run is known only while the scenario plays
        var text = World + """
            timeline:
              - after: { jobStarted: vm-web-01 }
                say: Started.
              - at: 2026-01-05T00:00:00Z
                say: Written for the start.
            """;

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Steps.Count.ShouldBe(2);
    }

    [Fact]
    public void Should_AddUpTheOffsetsOfTheStepsBefore_When_CheckingAnOffsetStep()
    {
        // Given
        var text = World + """
            timeline:
              - at: +3d
                say: One.
              - at: +3d
                say: Two.
              - at: +2d
                say: Three, a day after the end.
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("timeline[2].at");
        errors[0].Message.ShouldContain("is 2026-01-13T00:00:00Z, past the end");
    }

    [Fact]
    public void Should_ReportOnlyTheFirstStepPastTheEnd_When_TheStepsAfterItFollowIt()
    {
        // Given
        var text = World + """
            timeline:
              - at: +8d
                say: Never.
              - at: +1h
                say: Never either, because the one before never ran.
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Select(e => e.Field).ShouldBe(["timeline[0].at"], Describe(errors));
    }

    [Fact]
    public void Should_RefuseAnOffsetStepAtTheEarliest_When_AStepBeforeItWaitsForAHappening()
    {
        // Given
        var text = World + """
            timeline:
              - after: { jobCompleted: vm-web-01 }
                say: The first backup is done.
              - at: +8d
                say: Too late, whenever the backup ends.
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("timeline[1].at");
        errors[0].Message.ShouldBe("+8d after the previous step is 2026-01-13T00:00:00Z at the earliest, past the end of the scenario at 2026-01-12T00:00:00Z; the step would never run.");
    }

    [Fact]
    public void Should_RefuseADelay_When_EvenAHappeningAtTheStartWouldLeaveItPastTheEnd()
    {
        // Given
        var text = World + """
            timeline:
              - after: { jobCompleted: vm-web-01 }
                delay: 8d
                say: Too late.
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("timeline[0].delay");
        errors[0].Message.ShouldStartWith("8d after its happening is 2026-01-13T00:00:00Z at the earliest, past the end");
    }

    [Fact]
    public void Should_AcceptAnOffsetStep_When_ItLandsExactlyAtTheEnd()
    {
        // Given
        var text = World + """
            timeline:
              - at: +7d
                say: The last moment.
            """;

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Steps.Count.ShouldBe(1);
    }

    [Fact]
    public void Should_SayOffsetsCountForward_When_AStepIsWrittenAtAnOffsetBack()
    {
        // Given
        var text = World + """
            timeline:
              - at: +1d
                say: One.
              - at: -1h
                say: An hour before it.
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("timeline[1].at");
        errors[0].Message.ShouldEndWith("is not a time; write ISO 8601 like 2026-01-15T09:30:00+01:00, a time in UTC like 2026-01-15T09:00, or a date like 2026-01-15 (00:00 there). A time counted from the previous step goes forward only: +3d is three days after it.");
    }

    [Fact]
    public void Should_SayOffsetsCountFromTheStart_When_ACheckIsAtNoTime()
    {
        // Given
        var text = World + """
            expect:
              - at: Tuesday
                item: vm-web-01
                protectionState: Protected
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("expect[0].at");
        errors[0].Message.ShouldEndWith(" A time counted from the scenario's start also works: +3d is three days after it.");
    }

    [Theory]
    [InlineData("duration: 6d24h", "check.yaml:3:11: duration: '6d24h': 24h is a day or more, which goes in the days; after them, h runs 0 to 23; write 7d if that is what is meant.")]
    [InlineData("duration: \"7d \"", "check.yaml:3:11: duration: '7d ' has blank space around it; write 7d alone.")]
    public void Should_RefuseADurationNamingItsField_When_ItIsWrittenLooselyInTheFile(string line, string expected)
    {
        // Given
        var text = World.Replace("duration: 7d", line, StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData("2026-03-29T02:30", "2026-03-29T02:30 does not exist in Europe/Berlin: daylight saving skips it. Write it with a UTC offset, like 2026-03-29T02:30+01:00, or a time outside the gap. A time counted from the scenario's start also works: +3d is three days after it.")]
    [InlineData("2026-10-25T02:30", "2026-10-25T02:30 happens twice in Europe/Berlin when daylight saving ends. Write it with a UTC offset to say which: 2026-10-25T02:30+02:00 is the first, 2026-10-25T02:30+01:00 the second. A time counted from the scenario's start also works: +3d is three days after it.")]
    public void Should_ShowTheUtcOffsetWrittenOnTheTime_When_DaylightSavingSkipsOrRepeatsIt(string at, string expected)
    {
        // Given
        var text = World.Replace("duration: 7d", "duration: 300d\ndisplayTimeZone: Europe/Berlin", StringComparison.Ordinal) + $"""
            expect:
              - at: {at}
                item: vm-web-01
                protectionState: Protected
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).Message.ShouldBe(expected);
    }
}
