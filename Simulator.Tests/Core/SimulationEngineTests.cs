using NodaTime;
using Simulator.Core.Engine;

namespace Simulator.Tests.Core;

public sealed class SimulationEngineTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 3, 8, 6, 0);

    private sealed class Recorder : IEventHandler
    {
        public List<(Instant At, int Kind)> Seen { get; } = [];

        public SimulationEngine? Engine { get; set; }

        public void Handle(in ScheduledEvent scheduled) => Seen.Add((Engine!.Now, scheduled.Kind));
    }

    [Fact]
    public void Should_FireEventsByInstantThenPriorityThenInsertionOrder()
    {
        // Given
        var engine = new SimulationEngine(Start);
        var recorder = new Recorder { Engine = engine };
        var later = Start + Duration.FromHours(1);
        engine.Schedule(later, EventPriority.Scripted, recorder, 1);
        engine.Schedule(later, EventPriority.Expiry, recorder, 2);
        engine.Schedule(Start, EventPriority.Scripted, recorder, 3);
        engine.Schedule(later, EventPriority.Expiry, recorder, 4);

        // When
        engine.RunUntil(later);

        // Then
        recorder.Seen.Select(s => s.Kind).ShouldBe([3, 2, 4, 1]);
    }

    [Fact]
    public void Should_MoveTheClockToTheTarget_When_RunningUntilAnInstantWithoutEvents()
    {
        var engine = new SimulationEngine(Start);
        engine.RunUntil(Start + Duration.FromDays(3));
        engine.Now.ShouldBe(Start + Duration.FromDays(3));
        engine.Clock.GetUtcNow().ShouldBe(new DateTimeOffset(2026, 3, 11, 6, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Should_StopBetweenTwoEventsOfOneInstant_When_RunningUntilACountOfProcessedEvents()
    {
        // Given two events at one instant, and a third later
        var engine = new SimulationEngine(Start);
        var recorder = new Recorder { Engine = engine };
        var at = Start + Duration.FromMinutes(5);
        engine.Schedule(at, EventPriority.JobStart, recorder, 1);
        engine.Schedule(at, EventPriority.Check, recorder, 2);
        engine.Schedule(at + Duration.FromMinutes(1), EventPriority.Expiry, recorder, 3);

        // When
        engine.RunUntil(at, processed: 1);

        // Then the second waits, though it is due
        recorder.Seen.Select(s => s.Kind).ShouldBe([1]);
        engine.Now.ShouldBe(at);
        engine.NextEventAt.ShouldBe(at);
        engine.RunUntil(at + Duration.FromMinutes(1), processed: long.MaxValue);
        recorder.Seen.Select(s => s.Kind).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public void Should_ProcessEveryEventBeforeTheInstant_When_TheCountOfProcessedEventsIsReachedEarlier()
    {
        // Given two events before the instant, as a replay that went another way than its recording has, counting one
        var engine = new SimulationEngine(Start);
        var recorder = new Recorder { Engine = engine };
        var at = Start + Duration.FromMinutes(5);
        engine.Schedule(Start + Duration.FromMinutes(1), EventPriority.JobStart, recorder, 1);
        engine.Schedule(Start + Duration.FromMinutes(2), EventPriority.JobStart, recorder, 2);

        // When
        engine.RunUntil(at, processed: 1);

        // Then the clock never passes an event it has not processed
        recorder.Seen.Select(s => s.Kind).ShouldBe([1, 2]);
        engine.Now.ShouldBe(at);
        engine.NextEventAt.ShouldBeNull();
    }

    [Fact]
    public void Should_StepToTheNextEventOnly()
    {
        var engine = new SimulationEngine(Start);
        var recorder = new Recorder { Engine = engine };
        engine.Schedule(Start + Duration.FromMinutes(5), EventPriority.Scripted, recorder, 1);
        engine.Schedule(Start + Duration.FromMinutes(9), EventPriority.Scripted, recorder, 2);

        engine.Step().ShouldBeTrue();

        engine.Now.ShouldBe(Start + Duration.FromMinutes(5));
        engine.NextEventAt.ShouldBe(Start + Duration.FromMinutes(9));
    }

    [Fact]
    public void Should_RefuseToScheduleInThePast()
    {
        var engine = new SimulationEngine(Start);
        engine.RunUntil(Start + Duration.FromHours(1));
        Should.Throw<ArgumentOutOfRangeException>(() => engine.Schedule(Start, EventPriority.Scripted, new Recorder(), 0));
    }

    [Fact]
    public void Should_MeasureElapsedTimeInSimulatedTime()
    {
        var engine = new SimulationEngine(Start);
        var before = engine.Clock.GetTimestamp();
        engine.RunUntil(Start + Duration.FromHours(26));
        engine.Clock.GetElapsedTime(before).ShouldBe(TimeSpan.FromHours(26));
    }
}
