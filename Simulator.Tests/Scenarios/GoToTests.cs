using NodaTime;
using Simulator.Scenarios;
using Simulator.Scenarios.Running;

namespace Simulator.Tests.Scenarios;

/// <summary>A person's go-to tells whoever keeps the session where the clock was left, as an action does.</summary>
public sealed class GoToTests
{
    private static readonly Instant QuietMorning = Instant.FromUtc(2026, 3, 2, 1, 0);

    [Fact]
    public void Should_TellTheTimeReached_When_APersonGoesToATime()
    {
        // Given
        var session = new ScenarioSession(BuiltInScenarios.Demo());
        var told = new List<Instant>();
        session.WentTo += told.Add;

        // When
        session.GoTo(QuietMorning);

        // Then
        told.ShouldBe([QuietMorning]);
        session.Simulation.Now.ShouldBe(QuietMorning);
    }

    [Fact]
    public void Should_TellTheEnd_When_APersonGoesPastIt()
    {
        // Given
        var session = new ScenarioSession(BuiltInScenarios.Demo());
        var told = new List<Instant>();
        session.WentTo += told.Add;

        // When
        session.GoTo(session.End + Duration.FromDays(30));

        // Then
        told.ShouldBe([session.End]);
        session.IsFinished.ShouldBeTrue();
    }

    [Fact]
    public void Should_TellNothing_When_TheClockDoesNotMove()
    {
        // Given a session already at the time
        var session = new ScenarioSession(BuiltInScenarios.Demo());
        var told = new List<Instant>();
        session.WentTo += told.Add;
        session.RunUntil(QuietMorning);

        // When
        session.GoTo(QuietMorning);

        // Then
        told.ShouldBeEmpty();
    }
}
