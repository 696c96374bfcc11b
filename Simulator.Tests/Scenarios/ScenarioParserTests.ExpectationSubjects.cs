using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

public sealed partial class ScenarioParserTests
{
    private static string WithExpectation(string expectation) => World + $"""
        expect:
          - {expectation}

        """;

    [Fact]
    public void Should_RefuseAPointNamedByBothPositionAndTime_When_AnExpectationGivesNthAndTime()
    {
        // Given: the run looked the point up by its time and left the position unread
        var text = WithExpectation("point: { item: vm-web-01, nth: 2, time: 2026-01-06T02:00:00Z }\n    tier: VaultStandard");

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("expect[0].point.time");
        error.Message.ShouldBe("give either 'nth' (the point's position) or 'time' (when it was taken), not both.");
    }

    [Theory]
    [InlineData("false")]
    [InlineData("No")]
    public void Should_RefuseNoFailedJobsFalse_When_AnExpectationAsksNothing(string value)
    {
        // Given: read as a name, 'false' was said to be no VM or server the file defines
        var text = WithExpectation($"noFailedJobs: {value}");

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("expect[0].noFailedJobs");
        error.Message.ShouldBe($"'{value}' would check nothing; give true (no failed backup job at all) or a VM's or server's name, or leave the expectation out.");
    }

    [Fact]
    public void Should_CheckEveryItem_When_NoFailedJobsIsTrueInAnotherCase()
    {
        // Given
        var text = WithExpectation("noFailedJobs: True");

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Expectations.ShouldHaveSingleItem().Item.ShouldBeNull();
    }

    [Theory]
    [InlineData("protectionState: Protected", "an expectation names exactly one subject: job, item, points, point, noFailedJobs, skippedTransfers, rpo, jobs; protectionState goes with item.")]
    [InlineData("count: 3", "an expectation names exactly one subject: job, item, points, point, noFailedJobs, skippedTransfers, rpo, jobs; count goes with points, skippedTransfers or jobs.")]
    [InlineData("item: vm-web-01\n    job: { item: vm-web-01 }\n    protectionState: Protected", "an expectation names exactly one subject: job, item, points, point, noFailedJobs, skippedTransfers, rpo, jobs; this one names job and item.")]
    public void Should_ReportTheSubjectOnce_When_AnExpectationNamesNoneOrTwo(string expectation, string message)
    {
        // Given: its assertions are keys of an expectation, only the subject is missing or doubled
        var text = WithExpectation(expectation);

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("expect[0]");
        error.Message.ShouldBe(message);
    }
}
