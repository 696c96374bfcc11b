using NodaTime;
using Simulator.Scenarios;
using Simulator.Scenarios.Running;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Live;

namespace Simulator.Tests.Dashboard;

/// <summary>A stop from outside: a SIGTSTP takes Ctrl+Z's way, and after a SIGSTOP the dashboard redraws and plays nothing of the stop.</summary>
public sealed partial class DashboardDriverTests
{
    /// <summary>A driver as the live loop makes it, which plays at most half a second of wall time in one tick.</summary>
    private DashboardDriver NewLiveDriver() =>
        new(new DashboardWorld(new ScenarioSession(BuiltInScenarios.Demo())), _input, _wall, maxWallStep: DashboardLoop.MaxWallStep);

    [Fact]
    public void Should_PlayFromTheFirstFrameOnScreen_When_OpeningTookLongerThanATickMayPlay()
    {
        // Given a dashboard at 1 h/s whose first frame took two seconds to reach the screen
        var driver = NewLiveDriver();
        var opened = driver.State.World.Now;
        _wall.Advance(TimeSpan.FromSeconds(2));
        driver.Redraw(120, 40);

        // When the frame is shown and two ticks of 40 ms follow
        driver.Shown();
        _wall.Advance(TimeSpan.FromMilliseconds(40));
        driver.Tick(120, 40);
        _wall.Advance(TimeSpan.FromMilliseconds(40));
        driver.Tick(120, 40);

        // Then only their 80 ms are played, not half an hour of the opening
        driver.State.World.Now.ShouldBe(opened + Duration.FromSeconds(288));
    }

    [Fact]
    public void Should_AskTheLoopToSuspend_When_AStopSignalComesFromOutside()
    {
        // Given
        var driver = NewDriver();
        driver.Tick(120, 40);

        // When
        driver.StopSignalled();

        // Then the loop leaves its screen before it stops, as for Ctrl+Z
        driver.SuspendRequested.ShouldBeTrue();
    }

    [Fact]
    public void Should_SayAStopSignalCannotSuspend_When_NoShellCouldResumeTheDashboard()
    {
        // Given
        var driver = NewDriver();
        driver.StopSignalled();

        // When
        driver.CannotSuspend();

        // Then it names what asked, not a Ctrl+Z nobody pressed
        driver.SuspendRequested.ShouldBeFalse();
        driver.State.Status.ShouldNotBeNull().Text.ShouldStartWith("A stop signal can't suspend here");
    }

    [Fact]
    public void Should_AskTheLoopToDrawAfresh_When_ContinuedAfterAStopFromOutside()
    {
        // Given
        var driver = NewDriver();
        driver.Tick(120, 40);

        // When
        driver.ContinueSignalled();

        // Then
        driver.ContinueRequested.ShouldBeTrue();
        driver.SuspendRequested.ShouldBeFalse("an uncatchable stop has already happened; there is nothing left to suspend");
    }

    [Fact]
    public void Should_NotPlayTheTimeStopped_When_ResumedAfterAContinue()
    {
        // Given a day per second, stopped from outside for ten minutes, then continued
        var driver = NewDriver();
        _input.Enqueue([.. Keys.Text("+")]);
        driver.Tick(120, 40);
        var stopped = driver.State.World.Now;
        _wall.Advance(TimeSpan.FromMinutes(10));
        driver.ContinueSignalled();

        // When
        driver.Resumed();
        _wall.Advance(TimeSpan.FromSeconds(1));
        driver.Tick(120, 40);

        // Then only the second after the continue is played
        driver.ContinueRequested.ShouldBeFalse();
        driver.State.World.Now.ShouldBe(stopped + Duration.FromDays(1));
    }

    [Fact]
    public void Should_NotPlayTheTimeStopped_When_TheContinueComesAfterTheNextTimerTick()
    {
        // Given a stop of ten minutes at 1 h/s
        var driver = NewLiveDriver();
        driver.Tick(120, 40);
        var stopped = driver.State.World.Now;
        _wall.Advance(TimeSpan.FromMinutes(10));

        // When the timer's tick runs before the continue signal reaches the loop
        driver.Tick(120, 40);
        driver.ContinueSignalled();
        driver.Resumed();
        _wall.Advance(DashboardLoop.TickPeriod);
        driver.Tick(120, 40);

        // Then only the tick after the continue is played: 40 ms at 1 h/s
        driver.State.World.Now.ShouldBe(stopped + Duration.FromSeconds(144));
    }

    [Fact]
    public void Should_NotPlayTheTimeStopped_When_TheContinueComesTicksLate()
    {
        // Given a stop of five seconds at 1 h/s, on a machine so loaded that the continue reaches the loop two ticks late
        var driver = NewLiveDriver();
        driver.Tick(120, 40);
        var stopped = driver.State.World.Now;
        _wall.Advance(TimeSpan.FromSeconds(5));
        driver.Tick(120, 40);

        // When
        _wall.Advance(DashboardLoop.TickPeriod);
        driver.Tick(120, 40);
        _wall.Advance(DashboardLoop.TickPeriod);
        driver.Tick(120, 40);
        driver.ContinueSignalled();
        driver.Resumed();

        // Then only the two ticks after the gap are played, not half an hour of the stop
        driver.State.World.Now.ShouldBe(stopped + Duration.FromSeconds(288));
    }

    [Fact]
    public void Should_NotPlayTheGap_When_NoContinueFollowsIt()
    {
        // Given a wall clock that ran ten minutes while the dashboard could not (a laptop asleep), at 1 h/s
        var driver = NewLiveDriver();
        driver.Tick(120, 40);
        var asleep = driver.State.World.Now;
        _wall.Advance(TimeSpan.FromMinutes(10));
        driver.Tick(120, 40);

        // When no continue comes
        _wall.Advance(DashboardLoop.TickPeriod);
        driver.Tick(120, 40);

        // Then only the tick after the gap is played: 40 ms at 1 h/s
        driver.State.World.Now.ShouldBe(asleep + Duration.FromSeconds(144));
    }

    [Fact]
    public void Should_PlayTheTickAfterABusyOne_When_TheBusyTickRanPastItsBudget()
    {
        // Given a dashboard at 1 h/s whose next eight looks for a key (one per tick, one between slices) take 100 ms of
        // wall time each: a burst of events, or a machine busy elsewhere
        var input = new SlowSlices(_wall, TimeSpan.FromMilliseconds(100), slowCalls: 8);
        var driver = new DashboardDriver(new DashboardWorld(new ScenarioSession(BuiltInScenarios.Demo())), input, _wall, maxWallStep: DashboardLoop.MaxWallStep);

        // When the busy tick runs, then the tick after it
        _wall.Advance(DashboardLoop.TickPeriod);
        driver.Tick(120, 40);
        var afterBusy = driver.State.World.Now;
        _wall.Advance(DashboardLoop.TickPeriod);
        driver.Tick(120, 40);

        // Then the busy tick stopped after its budget, owing the rest, and the next played on: more than its own 40 ms.
        // Run through its eight slow slices (800 ms), the busy tick would have read as a stop, and the next played nothing.
        (driver.State.World.Now - afterBusy).ShouldBeGreaterThan(Duration.FromSeconds(144));
    }

    /// <summary>Input with no keys, whose first looks for one (by the key loop, and between a tick's slices) each take the given wall time.</summary>
    private sealed class SlowSlices(ManualWallClock wall, TimeSpan each, int slowCalls) : Spectre.Console.IAnsiConsoleInput
    {
        private int _calls;

        public bool IsKeyAvailable()
        {
            if (_calls++ < slowCalls)
            {
                wall.Advance(each);
            }

            return false;
        }

        public ConsoleKeyInfo? ReadKey(bool intercept) => null;

        public Task<ConsoleKeyInfo?> ReadKeyAsync(bool intercept, CancellationToken cancellationToken) => Task.FromResult<ConsoleKeyInfo?>(null);
    }
}
