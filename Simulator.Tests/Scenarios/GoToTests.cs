using NodaTime;
using Simulator.Scenarios;
using Simulator.Scenarios.Running;

namespace Simulator.Tests.Scenarios;

/// <summary>A person's go-to, step or pause tells whoever keeps the session where the clock was left, as an action does.</summary>
public sealed class GoToTests
{
    private static readonly Instant QuietMorning = Instant.FromUtc(2026, 3, 2, 1, 0);

    [Fact]
    public void Should_TellTheTimeReached_When_APersonGoesToATime()
    {
        // Given
        var session = new ScenarioSession(BuiltInScenarios.Demo());
        var told = new List<Instant>();
        session.ClockLeft += told.Add;

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
        session.ClockLeft += told.Add;

        // When
        session.GoTo(session.End + Duration.FromDays(30));

        // Then
        told.ShouldBe([session.End]);
        session.IsFinished.ShouldBeTrue();
    }

    [Fact]
    public void Should_TellATimeOnce_When_APersonLeavesTheClockThereTwice()
    {
        // Given
        var session = new ScenarioSession(BuiltInScenarios.Demo());
        var told = new List<Instant>();
        session.ClockLeft += told.Add;
        session.GoTo(QuietMorning);

        // When
        session.GoTo(QuietMorning);
        session.LeaveClock();

        // Then
        told.ShouldBe([QuietMorning]);
    }

    [Fact]
    public void Should_TellWherePlaybackTookTheClock_When_APersonLeavesItThere()
    {
        // Given a session played (not gone) to the time, as the dashboard plays it
        var session = new ScenarioSession(BuiltInScenarios.Demo());
        var told = new List<Instant>();
        session.ClockLeft += told.Add;
        session.RunUntil(QuietMorning);
        told.ShouldBeEmpty("playing tells nothing by itself");

        // When the person pauses there
        session.LeaveClock();

        // Then
        told.ShouldBe([QuietMorning]);
    }

    [Fact]
    public void Should_TellNothing_When_TheClockStandsAtTheStart()
    {
        var session = new ScenarioSession(BuiltInScenarios.Demo());
        var told = new List<Instant>();
        session.ClockLeft += told.Add;

        session.LeaveClock();
        session.GoTo(session.Definition.Header.Start);

        told.ShouldBeEmpty();
    }
}
