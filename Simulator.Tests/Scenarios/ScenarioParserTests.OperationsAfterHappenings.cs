using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary>After a step that waits for a happening, when a step runs is the run's to say, but how long after a step
/// below the wait it runs is often the file's: a step on an item is judged against a job the file started on it where
/// the file fixes that gap, and left to the run where it does not.</summary>
public sealed partial class ScenarioParserTests
{
    [Fact]
    public void Should_RefuseAStepCountedFromTheStepAfterAHappening_When_ItRunsWithinThatStepsJob()
    {
        // Given: the stop runs whenever vm-web-01's first backup completes, and starts its DisableBackup job then
        var text = StopAfterABackupThen("+10s", "resumeProtection\n    policy: Gold");

        // When
        var errors = ErrorsOf(text);

        // Then
        var line = LineOf(text, "do: stopProtection") - 1;
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("timeline[1].at");
        error.Message.ShouldBe(
            $"another operation is in progress on vm-web-01's item in vault 'vault-weu' when this step runs 10s after the stopProtection step at line {line}: "
            + $"the DisableBackup job of the stopProtection step at line {line} runs until 30s after that step (settings.operationDuration: 30s), "
            + $"and Azure refuses another operation on an item until its job completes. Move this step to 30s after that step or later (at: +30s), "
            + "or set settings.operationDuration to 10s or less.");
    }

    [Fact]
    public void Should_RefuseAStepWrittenAtATimeTheWaitHasPassed_When_ItRunsRightAfterTheStepAfterAHappening()
    {
        // Given: the backup completes after 00:00:10, so the resume runs as soon as the stop has, whenever that is
        var text = StopAfterABackupThen("2026-01-05T00:00:10Z", "resumeProtection\n    policy: Gold");

        // When
        var errors = ErrorsOf(text);

        // Then: it runs at most 10s after the stop, how much less is the run's to say
        var line = LineOf(text, "do: stopProtection") - 1;
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("timeline[1].at");
        error.Message.ShouldBe(
            $"another operation is in progress on vm-web-01's item in vault 'vault-weu' when this step runs 0s to 10s after the stopProtection step at line {line}: "
            + $"the DisableBackup job of the stopProtection step at line {line} runs until 30s after that step (settings.operationDuration: 30s), "
            + $"and Azure refuses another operation on an item until its job completes. Move this step to 30s after that step or later (at: +30s).");
    }

    [Theory]
    [InlineData("+30s")]
    [InlineData("+2m")]
    public void Should_AcceptAStepCountedFromTheStepAfterAHappening_When_ThatStepsJobHasCompletedByThen(string at)
    {
        // Given
        var text = StopAfterABackupThen(at, "resumeProtection\n    policy: Gold");

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Steps.Count.ShouldBe(2);
    }

    [Fact]
    public void Should_SayNothing_When_AHappeningComesBetweenTheJobAndTheStep()
    {
        // Given: vm-app-01's ConfigureBackup job starts at 01:00; whether the backup of vm-web-01 completes within its
        // 30 seconds, which would refuse the stop, only the run knows
        var text = EstateWith("""
              - at: 2026-01-05T01:00:00Z
                do: configureProtection
                item: vm-app-01
                vault: vault-weu-2
              - after: { jobCompleted: vm-web-01 }
                say: the first backup has completed
              - at: +10s
                do: stopProtection
                item: vm-app-01
                mode: retainForever

            """);

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Steps.Count.ShouldBe(3);
    }

    [Fact]
    public void Should_SayNothing_When_TheStepWaitsForAHappeningItself()
    {
        // Given: the resume waits for a backup of another VM, which may come at any time after the stop
        var text = StopAfterABackupThen("+10s", "resumeProtection\n    policy: Gold")
            .Replace("  - at: +10s\n", "  - after: { jobStarted: vm-web-01, nth: 2 }\n", StringComparison.Ordinal);

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Steps.Count.ShouldBe(2);
    }

    /// <summary>vm-web-01 stopped (retaining its data) when its first backup completes, then a step on it at <paramref name="at"/>.</summary>
    private static string StopAfterABackupThen(string at, string action) => EstateWith($$"""
          - after: { jobCompleted: vm-web-01 }
            do: stopProtection
            item: vm-web-01
            mode: retainForever
          - at: {{at}}
            do: {{action}}
            item: vm-web-01

        """);
}
