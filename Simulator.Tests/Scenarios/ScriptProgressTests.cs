using NodaTime;
using Simulator.Scenarios;
using Simulator.Scenarios.Running;

namespace Simulator.Tests.Scenarios;

/// <summary>What a playing scenario's script waits for, so a step that waits for a happening never waits unseen.</summary>
public sealed class ScriptProgressTests
{
    [Fact]
    public void Should_NameTheHappening_When_TheNextStepWaitsForOne()
    {
        // Given the demo, whose fifth step waits for vm-batch-01's first job to complete
        var session = new ScenarioSession(BuiltInScenarios.Demo());

        // When
        session.RunUntil(Instant.FromUtc(2026, 3, 2, 4, 0));

        // Then
        session.NextStepWaitsFor.ShouldBe("jobCompleted of vm-batch-01 #1");
    }

    [Fact]
    public void Should_NameNothing_When_TheNextStepWaitsForItsTime()
    {
        // Given the demo, past its happenings, before its noon step
        var session = new ScenarioSession(BuiltInScenarios.Demo());

        // When
        session.RunUntil(Instant.FromUtc(2026, 3, 2, 11, 0));

        // Then
        session.NextStepWaitsFor.ShouldBeNull();
    }
}
