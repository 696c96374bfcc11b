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

    [Fact]
    public void Should_AcceptAnItemExpectation_When_NothingInTheFileProtectsTheVm()
    {
        // Given a check on a VM no step protects: in a lab, the person is asked to protect it
        var text = World.Replace("vms:\n", "vms:\n  - name: vm-db-01\n    region: westeurope\n", StringComparison.Ordinal)
            + "expect:\n  - item: vm-db-01\n    protectionState: Protected\n";

        // When / Then it loads: only a run without that action fails the check
        Should.NotThrow(() => ScenarioParser.Parse(text, File));
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

    [Fact]
    public void Should_ReportTheTimeAndSubjectToo_When_AnExpectationSaysNothingToExpect()
    {
        // Given an expectation with no assertion, whose time and item are wrong as well
        var text = World + """
            expect:
              - at: nonsense
                item: vm-web-02
            """;

        // When
        var errors = ErrorsOf(text);

        // Then every mistake is told in one pass, not the next only once the first is fixed
        errors.Select(e => e.ToString()).ShouldBe(
        [
            "check.yaml:20:5: expect[0]: say what to expect of the item: protectionState, deleteState, lastBackupStatus, health, purged.",
            "check.yaml:20:9: expect[0].at: 'nonsense' is not a time; write ISO 8601 like 2026-01-15T09:30:00+01:00, a time in UTC like 2026-01-15T09:00, or a date like 2026-01-15 (00:00 there). A time counted from the scenario's start also works: +3d is three days after it.",
            "check.yaml:21:11: expect[0].item: no VM or server named 'vm-web-02' is defined. Did you mean 'vm-web-01'? Defined: vm-web-01, web-001, web-002, web-003.",
        ]);
    }
    [Theory]
    [InlineData("item: vm-web-01\n    status: Completed", "check.yaml:21:13: expect[0].status: 'status' goes with job, not with item, which takes protectionState, deleteState, lastBackupStatus, health or purged.")]
    [InlineData("item: vm-web-01\n    count: 3", "check.yaml:21:12: expect[0].count: 'count' goes with points, skippedTransfers or jobs, not with item, which takes protectionState, deleteState, lastBackupStatus, health or purged.")]
    [InlineData("job: { item: vm-web-01 }\n    protectionState: Protected", "check.yaml:21:22: expect[0].protectionState: 'protectionState' goes with item, not with job, which takes status, snapshot, transfer, errorCode, preCheck or scheduledFor.")]
    [InlineData("noFailedJobs: true\n    protectionState: Protected", "check.yaml:21:22: expect[0].protectionState: 'protectionState' goes with item, not with noFailedJobs, which is checked as it is and takes no assertion.")]
    public void Should_SayOnceWhichSubjectAnAssertionGoesWith_When_ItIsGivenToAnother(string expectation, string error)
    {
        // Given an assertion of one subject under another, the expectation's only assertion
        var text = World + $"""
            expect:
              - {expectation}
            """;

        // When
        var errors = ErrorsOf(text);

        // Then one mistake, told once at the assertion's value as a wrong value is, not also as an expectation that says nothing
        errors.Select(e => e.ToString()).ShouldBe([error]);
    }

    [Theory]
    [InlineData("state", "Did you mean 'protectionState' or 'deleteState'?")]
    [InlineData("protectionStatus", "Did you mean 'health'?")]
    [InlineData("State", "Did you mean 'protectionState' or 'deleteState'?")]
    public void Should_ReportAnItemsMisplacedKeyOnceWithWhatItMeant_When_ItIsTheLastWordOfAnAssertion(string key, string hint)
    {
        // Given an item expectation whose only assertion is written as the end of the key it takes
        var text = World + $"""
            expect:
              - item: vm-web-01
                {key}: Protected
            """;

        // When
        var errors = ErrorsOf(text);

        // Then one mistake, told once at its key, with the keys it was probably meant to be, not also as an expectation
        // that says nothing
        errors.Select(e => e.ToString()).ShouldBe(
        [
            $"check.yaml:21:5: expect[0].{key}: unknown key '{key}'. {hint} Allowed here: at, item, protectionState, deleteState, lastBackupStatus, health, purged.",
        ]);
    }

    [Fact]
    public void Should_SayWhatAMisplacedKeyMeant_When_TheItemHasAnAssertionBesideIt()
    {
        // Given
        var text = World + """
            expect:
              - item: vm-web-01
                protectionState: Protected
                state: Protected
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Select(e => e.ToString()).ShouldBe(
        [
            "check.yaml:22:5: expect[0].state: unknown key 'state'. Did you mean 'protectionState' or 'deleteState'? Allowed here: at, item, protectionState, deleteState, lastBackupStatus, health, purged.",
        ]);
    }
}
