using NodaTime;
using Simulator.Core.Engine;

namespace Simulator.Tests.Core;

public sealed class PlaybackControllerTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 1, 0, 0);

    private sealed class ManualWallClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }

    [Fact]
    public void Should_AdvanceVirtualTimeBySpeedTimesWallTime()
    {
        // Given one virtual hour per wall second
        var engine = new SimulationEngine(Start);
        var wall = new ManualWallClock();
        var playback = new PlaybackController(engine, wall, speed: 3600);

        // When
        wall.Advance(TimeSpan.FromMilliseconds(500));
        playback.Tick();

        // Then
        engine.Now.ShouldBe(Start + Duration.FromMinutes(30));
    }

    [Fact]
    public void Should_NotAdvance_When_Paused_AndNotCatchUpAfterResuming()
    {
        var engine = new SimulationEngine(Start);
        var wall = new ManualWallClock();
        var playback = new PlaybackController(engine, wall, speed: 60);

        playback.Pause();
        wall.Advance(TimeSpan.FromSeconds(10));
        playback.Tick().ShouldBeFalse();
        playback.Resume();
        wall.Advance(TimeSpan.FromSeconds(1));
        playback.Tick();

        engine.Now.ShouldBe(Start + Duration.FromMinutes(1));
    }

    [Fact]
    public void Should_PauseAtTheStopInstant()
    {
        var engine = new SimulationEngine(Start);
        var wall = new ManualWallClock();
        var playback = new PlaybackController(engine, wall, speed: 86400) { StopAt = Start + Duration.FromHours(12) };

        wall.Advance(TimeSpan.FromSeconds(1));
        playback.Tick();

        engine.Now.ShouldBe(Start + Duration.FromHours(12));
        playback.IsPaused.ShouldBeTrue();
    }

    [Fact]
    public void Should_PlayOnlyTheWallTimeAfterIt_When_TheElapsedWallTimeIsForgotten()
    {
        // Given a day per second, and ten minutes of wall time while the process was stopped
        var engine = new SimulationEngine(Start);
        var wall = new ManualWallClock();
        var playback = new PlaybackController(engine, wall, speed: 86400);
        wall.Advance(TimeSpan.FromMinutes(10));

        // When
        playback.ForgetElapsedWallTime();
        wall.Advance(TimeSpan.FromSeconds(1));
        playback.Tick();

        // Then only the second after it is played
        engine.Now.ShouldBe(Start + Duration.FromDays(1));
    }

    [Fact]
    public void Should_PlayAtMostTheLongestStep_When_TheWallClockJumpsBetweenTwoTicks()
    {
        // Given a day per second, ticks of at most half a second, and an hour asleep since the last tick
        var engine = new SimulationEngine(Start);
        var wall = new ManualWallClock();
        var playback = new PlaybackController(engine, wall, speed: 86400) { MaxWallStep = TimeSpan.FromMilliseconds(500) };
        wall.Advance(TimeSpan.FromHours(1));

        // When
        playback.Tick();

        // Then half a second is played, half a day, not 3,600 days
        engine.Now.ShouldBe(Start + Duration.FromHours(12));
    }

    [Fact]
    public void Should_PlayTheWholeStep_When_ItIsWithinTheLongestStep()
    {
        var engine = new SimulationEngine(Start);
        var wall = new ManualWallClock();
        var playback = new PlaybackController(engine, wall, speed: 3600) { MaxWallStep = TimeSpan.FromMilliseconds(500) };

        wall.Advance(TimeSpan.FromMilliseconds(400));
        playback.Tick();

        engine.Now.ShouldBe(Start + Duration.FromMinutes(24));
    }

    [Fact]
    public void Should_StopAfterASixteenthOfTheTick_When_Interrupted()
    {
        // Given a day per wall second, and a second gone
        var engine = new SimulationEngine(Start);
        var wall = new ManualWallClock();
        var playback = new PlaybackController(engine, wall, speed: 86400);
        wall.Advance(TimeSpan.FromSeconds(1));

        // When a key is waiting
        playback.Tick(interrupted: () => true).ShouldBeTrue();

        // Then the tick ends after its first slice
        engine.Now.ShouldBe(Start + Duration.FromMinutes(90));
    }

    [Fact]
    public void Should_PlayTheTimeAnInterruptedTickLeft_When_TheNextTickComes()
    {
        // Given an interrupted tick of a day
        var engine = new SimulationEngine(Start);
        var wall = new ManualWallClock();
        var playback = new PlaybackController(engine, wall, speed: 86400);
        wall.Advance(TimeSpan.FromSeconds(1));
        playback.Tick(interrupted: () => true);

        // When the next tick comes half a second later
        wall.Advance(TimeSpan.FromSeconds(0.5));
        playback.Tick();

        // Then the clock is where an uninterrupted playback would be
        engine.Now.ShouldBe(Start + Duration.FromHours(36));
    }

    [Fact]
    public void Should_PauseAtTheStop_OnlyOnceItIsReached_When_Interrupted()
    {
        // Given a stop twelve hours ahead and a tick of a day
        var engine = new SimulationEngine(Start);
        var wall = new ManualWallClock();
        var playback = new PlaybackController(engine, wall, speed: 86400) { StopAt = Start + Duration.FromHours(12) };
        wall.Advance(TimeSpan.FromSeconds(1));

        // When interrupted before the stop
        playback.Tick(interrupted: () => true);

        // Then it plays on, and pauses at the stop on the next tick
        playback.IsPaused.ShouldBeFalse();
        playback.Tick();
        engine.Now.ShouldBe(Start + Duration.FromHours(12));
        playback.IsPaused.ShouldBeTrue();
    }

    [Fact]
    public void Should_PlayTheWholeTick_When_NothingInterrupts()
    {
        var engine = new SimulationEngine(Start);
        var wall = new ManualWallClock();
        var playback = new PlaybackController(engine, wall, speed: 86400);
        wall.Advance(TimeSpan.FromSeconds(1));

        playback.Tick(interrupted: () => false);

        engine.Now.ShouldBe(Start + Duration.FromDays(1));
    }

    [Fact]
    public void Should_NotCountTheTimeLeftAsWallTimeSinceTheTick_When_Interrupted()
    {
        // Given an interrupted tick, with a longest step of a tenth of a second
        var engine = new SimulationEngine(Start);
        var wall = new ManualWallClock();
        var playback = new PlaybackController(engine, wall, speed: 86400) { MaxWallStep = TimeSpan.FromSeconds(0.1) };
        wall.Advance(TimeSpan.FromSeconds(0.05));
        playback.Tick(interrupted: () => true);

        // Then what it left is no gap (a stop from outside, which the dashboard does not play)
        playback.WallTimeSinceLastTick.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void Should_ForgetTheTimeLeft_When_PausedAndResumed()
    {
        // Given an interrupted tick of a day
        var engine = new SimulationEngine(Start);
        var wall = new ManualWallClock();
        var playback = new PlaybackController(engine, wall, speed: 86400);
        wall.Advance(TimeSpan.FromSeconds(1));
        playback.Tick(interrupted: () => true);

        // When paused and resumed
        playback.Pause();
        playback.Resume();
        playback.Tick();

        // Then nothing more is played: a pause ends what was owed, as it ends the wall time
        engine.Now.ShouldBe(Start + Duration.FromMinutes(90));
    }
}
