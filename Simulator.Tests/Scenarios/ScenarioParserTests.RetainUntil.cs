using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary>A Backup now's retain-until is checked against the step's run while reading, where the core would refuse it when the step runs.</summary>
public sealed partial class ScenarioParserTests
{
    [Theory]
    [InlineData("at: 2026-01-06T00:00:00Z", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z is not after the step's run at 2026-01-06T00:00:00Z;")]
    [InlineData("at: +1d", "2026-01-06T00:00:00Z", "2026-01-06T00:00:00Z is not after the step's run at 2026-01-06T00:00:00Z;")]
    [InlineData("after: { jobStarted: vm-web-01 }", "2026-01-04T00:00:00Z", "2026-01-04T00:00:00Z is not after the step's run at 2026-01-05T00:00:00Z at the earliest;")]
    [InlineData("at: +1d", "2126-01-07T00:00:00Z", "2126-01-07T00:00:00Z is more than 99 years after the step's run at 2026-01-06T00:00:00Z;")]
    [InlineData("after: { jobStarted: vm-web-01 }", "2125-01-13T00:00:00Z", "2125-01-13T00:00:00Z is more than 99 years after the scenario's end at 2026-01-12T00:00:00Z, the latest the step can run;")]
    public void Should_RefuseARetainUntilTheCoreWouldRefuse_When_TheStepRuns(string timing, string retainUntil, string message)
    {
        // Given
        var text = World + $"""
            timeline:
              - {timing}
                do: backupNow
                item: vm-web-01
                retainUntil: {retainUntil}
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem();
        error.Field.ShouldBe("timeline[0].retainUntil");
        error.Line.ShouldBe(23);
        error.Message.ShouldStartWith(message);
    }

    [Fact]
    public void Should_CountFromThePreviousStepsRun_When_AnOffsetFollowsThem()
    {
        // Given
        var text = World + """
            timeline:
              - at: 2026-01-08T00:00:00Z
                say: later
              - at: +1h
                do: backupNow
                item: vm-web-01
                retainUntil: 2026-01-07T00:00:00Z
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem().Message.ShouldStartWith("2026-01-07T00:00:00Z is not after the step's run at 2026-01-08T01:00:00Z;");
    }

    [Theory]
    [InlineData("retainUntil: 2026-01-06T00:00:01Z")]
    [InlineData("retainUntil: 2026-01-01T00:00:00Z\n    refused: retain-until")]
    public void Should_AcceptARetainUntil_When_ItIsAfterTheRunOrItsRefusalIsExpected(string lines)
    {
        // Given
        var text = World + $"""
            timeline:
              - at: +1d
                do: backupNow
                item: vm-web-01
                {lines}
            """;

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Steps.ShouldHaveSingleItem();
    }
    [Theory]
    [InlineData("30-03-2026", "'30-03-2026' is written day first, as the Azure CLI's --retain-until takes a date; write it year first, as ISO 8601 does: 2026-03-30.")]
    [InlineData("3-4-2026", "'3-4-2026' is written day first, as the Azure CLI's --retain-until takes a date; write it year first, as ISO 8601 does: 2026-04-03.")]
    public void Should_SayHowToWriteIt_When_ARetainUntilIsWrittenAsTheAzureCliTakesIt(string written, string message)
    {
        // Given a trainer who knows 'az backup protection backup-now --retain-until 30-03-2026'
        var text = World + $"""
            timeline:
              - at: +1d
                do: backupNow
                item: vm-web-01
                retainUntil: {written}
            """;

        // When
        var errors = ErrorsOf(text);

        // Then the same day, written as the file takes it, rather than only that it is no time
        var error = errors.ShouldHaveSingleItem();
        error.Field.ShouldBe("timeline[0].retainUntil");
        error.Message.ShouldBe(message);
    }

    [Theory]
    [InlineData("at: +1d", "+10d", "'+10d' is an offset, which only 'at' takes; retainUntil is the time the point is kept until, as Azure's --retain-until takes a date: write 2026-01-16T00:00:00Z, 10d after the step's run at 2026-01-06T00:00:00Z, or leave it out for 30 days.")]
    [InlineData("at: +1d", "36h", "'36h' is an offset, which only 'at' takes; retainUntil is the time the point is kept until, as Azure's --retain-until takes a date: write 2026-01-07T12:00:00Z, 36h after the step's run at 2026-01-06T00:00:00Z, or leave it out for 30 days.")]
    [InlineData("at: +1d", "0d", "'0d' is an offset, which only 'at' takes; retainUntil is the time the point is kept until, as Azure's --retain-until takes a date: write a time or a date after the step's run at 2026-01-06T00:00:00Z, or leave it out for 30 days.")]
    [InlineData("at: +1d", "+36525d", "'+36525d' is an offset, which only 'at' takes; retainUntil is the time the point is kept until, as Azure's --retain-until takes a date: write a time or a date after the step's run at 2026-01-06T00:00:00Z and at most 99 years after it, or leave it out for 30 days.")]
    [InlineData("after: { jobStarted: vm-web-01 }", "+10d", "'+10d' is an offset, which only 'at' takes; retainUntil is the time the point is kept until, as Azure's --retain-until takes a date: write a time or a date after the step's run at 2026-01-05T00:00:00Z at the earliest, or leave it out for 30 days.")]
    public void Should_SayWhatTimeToWrite_When_ARetainUntilIsWrittenAsAnOffset(string timing, string written, string message)
    {
        // Given a trainer who writes the retention as 'at' takes a time, counted from the step
        var text = World + $"""
            timeline:
              - {timing}
                do: backupNow
                item: vm-web-01
                retainUntil: {written}
            """;

        // When
        var errors = ErrorsOf(text);

        // Then the time it comes to, rather than only that it is no time
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.ToString().ShouldBe($"check.yaml:23:18: timeline[0].retainUntil: {message}");
    }
}
