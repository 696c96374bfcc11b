using Simulator.Scenarios.Parsing;
using Simulator.Scenarios.Running;
using Simulator.Tests.Support;

namespace Simulator.Tests.Scenarios;

/// <summary>What <c>validate</c> counts as checks is what <c>run</c> counts: one per assertion, and one per step that expects a refusal.</summary>
public sealed partial class ScenarioDefinitionTests
{
    /// <summary>A day of one VM in one vault, after a scenario's name.</summary>
    private const string OneVmForADay = """
        start: 2026-01-05T00:00:00Z
        duration: 1d
        vaults:
          - name: vault-a
            region: westeurope
        vms:
          - name: vm-1
            vault: vault-a

        """;

    public static TheoryData<string> Scenarios() => [.. RepositoryFiles.BundledScenarios().Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Should_CountTheChecksARunMakes(string file)
    {
        // Given
        var definition = ScenarioParser.Load(Path.Combine(RepositoryFiles.Scenarios, file));

        // When
        var result = ScenarioRunner.Run(definition);

        // Then
        definition.Checks.ShouldBe(result.Outcomes.Count);
    }

    [Fact]
    public void Should_SayTheSameNumberOfChecks_When_ValidatingAndRunning()
    {
        // Given
        var path = Path.Combine(RepositoryFiles.Scenarios, "agent-missing.yaml");

        // When
        var validated = CliRun.Of("validate", path);
        var ran = CliRun.Of("run", path);

        // Then
        validated.Out.ShouldContain(" 12 checks  ");
        ran.Out.ShouldContain(" 12 checks  ");
    }

    [Fact]
    public void Should_FailEachAssertion_When_TheJobIsNotFound()
    {
        // Given
        var definition = ScenarioParser.Parse("name: missing-job\n" + OneVmForADay + """
            expect:
              - job: { item: vm-1, nth: 5 }
                status: Failed
                errorCode: UserErrorGuestAgentStatusUnavailable
              - point: { item: vm-1, nth: 9 }
                tag: Daily
            """, "missing-job.yaml");

        // When
        var result = ScenarioRunner.Run(definition);

        // Then
        definition.Checks.ShouldBe(3);
        result.Outcomes.Select(o => $"{o.Subject}: expected {o.Expected}, actual {o.Actual}").ShouldBe(
        [
            "job vm-1 Backup #5 status: expected Failed, actual no such job (1 job)",
            "job vm-1 Backup #5 errorCode: expected UserErrorGuestAgentStatusUnavailable, actual no such job (1 job)",
            "point #9 of vm-1 tag: expected Daily, actual no such point (1 point)",
        ]);
    }

    [Fact]
    public void Should_TellTheNearestPoint_When_NoPointWasTakenAtTheTimeNamed()
    {
        // Given: a trainer named the point by the hour it was scheduled for, not the time it was taken
        var definition = ScenarioParser.Parse("name: missing-point\n" + OneVmForADay + """
            expect:
              - point: { item: vm-1, time: 2026-01-05T00:00:00Z }
                tag: Daily
            """, "missing-point.yaml");

        // When
        var outcome = ScenarioRunner.Run(definition).Outcomes.ShouldHaveSingleItem();

        // Then: its time is told, in the file's zone as every time is, so the check can be corrected
        outcome.Passed.ShouldBeFalse();
        outcome.Actual.ShouldMatch(@"^no such point \(1 point; the nearest taken 2026-01-05T\d\d:\d\d:\d\dZ\)$");
        outcome.ActualTime.ShouldNotBeNull();
    }

    [Fact]
    public void Should_SayHowManyJobsTheItemHad_When_TheJobIsNotFound()
    {
        // Given: a trainer counted the jobs of a longer run; told only "no such job", they could not tell a position
        // past the jobs from a filter that matched none, as a point's "(1 point)" tells it
        var definition = ScenarioParser.Parse("name: missing-job\n" + OneVmForADay + """
            expect:
              - job: { item: vm-1, nth: 5 }
                status: Completed
              - job: { item: vm-1, trigger: OnDemand }
                status: Completed
            """, "missing-job.yaml");

        // When
        var result = ScenarioRunner.Run(definition);

        // Then
        result.Outcomes.Select(o => o.Actual).ShouldBe(["no such job (1 job)", "no such job (0 jobs)"]);
    }

    [Fact]
    public void Should_FailEachStepThatExpectedARefusal_When_TheScenarioEndedBeforeItRan()
    {
        // Given a step waiting for a failure that never comes, then two steps that expect a refusal
        var definition = ScenarioParser.Parse("name: never-ran\n" + OneVmForADay + """
            timeline:
              - after: { jobFailed: vm-1 }
                do: backupNow
                item: vm-1
                refused: in progress
              - at: +1h
                do: resumeProtection
                item: vm-1
                policy: DefaultPolicy
                refused: true
            """, "never-ran.yaml");

        // When
        var result = ScenarioRunner.Run(definition);

        // Then each counted check failed, and no other
        definition.Checks.ShouldBe(2);
        result.Outcomes.Select(o => $"{o.Subject}: expected {o.Expected}, actual {o.Actual}").ShouldBe(
        [
            "step backupNow: expected refused: …in progress…, actual never ran (waiting for jobFailed of vm-1 #1); the scenario ended first",
            "step resumeProtection: expected refused, actual never ran; the scenario ended first",
        ]);
    }

    [Fact]
    public void Should_NameTheStepsAction_When_AStepNeverRan()
    {
        // Given a step waiting for a failure that never comes
        var definition = ScenarioParser.Parse("name: never-ran\n" + OneVmForADay + """
            timeline:
              - after: { jobFailed: vm-1 }
                do: backupNow
                item: vm-1
            """, "never-ran.yaml");

        // When
        var result = ScenarioRunner.Run(definition);

        // Then the failed check says which step, as JUnit's name of it does
        result.Outcomes.Select(o => $"{o.Subject}: expected {o.Expected}, actual {o.Actual}").ShouldBe(
        [
            "step backupNow: expected to run (waiting for jobFailed of vm-1 #1), actual the scenario ended first",
        ]);
    }
}
