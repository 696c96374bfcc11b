using NodaTime;
using Simulator.Scenarios;
using Simulator.Scenarios.Running;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Live;

namespace Simulator.Tests.Dashboard;

/// <summary>The live loop's tick, driven by scripted keys and a wall clock the test moves.</summary>
public sealed partial class DashboardDriverTests
{
    private readonly ScriptedInput _input = new();
    private readonly ManualWallClock _wall = new();

    private DashboardDriver NewDriver() => new(new DashboardWorld(new ScenarioSession(BuiltInScenarios.Demo())), _input, _wall);

    [Fact]
    public void Should_PlayVirtualTimeAtTheChosenSpeed_When_WallTimePasses()
    {
        var driver = NewDriver();
        var start = driver.State.World.Now;

        _wall.Advance(TimeSpan.FromSeconds(2));
        driver.Tick(120, 40);

        driver.State.World.Now.ShouldBe(start + Duration.FromHours(2));
    }

    [Fact]
    public void Should_LeaveTheClockEverySecondOfPlay_When_ItPlays()
    {
        // Given a lab's recording listening where the clock is left, as it writes that time and the events before it
        var session = new ScenarioSession(BuiltInScenarios.Demo());
        var left = new List<Instant>();
        session.ClockLeft += left.Add;
        var driver = new DashboardDriver(new DashboardWorld(session), _input, _wall);

        // When it plays for three ticks of a second, then one of a tenth
        for (var i = 0; i < 3; i++)
        {
            _wall.Advance(TimeSpan.FromSeconds(1));
            driver.Tick(120, 40);
        }

        _wall.Advance(TimeSpan.FromSeconds(0.1));
        driver.Tick(120, 40);

        // Then each second of play left it where it was, so a killed lab loses at most the last second
        left.Count.ShouldBe(3);
        left[^1].ShouldBe(session.Definition.Header.Start + Duration.FromHours(3));
    }

    [Fact]
    public void Should_KeepTheJobCursorOnItsJob_When_NewerJobsStartAboveIt()
    {
        // Given the second job of the list selected, before the night's backups start
        var driver = NewDriver();
        _wall.Advance(TimeSpan.FromSeconds(1.5));
        _input.Enqueue([Keys.Tab, Keys.Down]);
        driver.Tick(120, 40);
        var selected = JobQuery.Selected(driver.State).ShouldNotBeNull();
        var listed = JobQuery.Jobs(driver.State).Count;

        // When jobs start above it
        _wall.Advance(TimeSpan.FromSeconds(3));
        driver.Tick(120, 40);

        // Then the cursor moved down with it
        JobQuery.Jobs(driver.State).Count.ShouldBeGreaterThan(listed);
        JobQuery.Selected(driver.State).ShouldBeSameAs(selected);
    }

    [Fact]
    public void Should_OpenPaused_When_TheLabHasAlreadyMovedOn()
    {
        var session = new ScenarioSession(BuiltInScenarios.Demo());
        session.RunUntil(session.Definition.Header.Start + Duration.FromHours(30));

        var driver = new DashboardDriver(new DashboardWorld(session), _input, _wall);

        driver.State.Paused.ShouldBeTrue();
        NewDriver().State.Paused.ShouldBeFalse("a scenario opened at its start plays at once");
    }

    [Fact]
    public void Should_TellWhereTheClockStands_When_APersonPauses()
    {
        // Given a dashboard that has played for less than the second after which playing tells it anyway
        var driver = NewDriver();
        var told = new List<Instant>();
        driver.State.World.Session.ClockLeft += told.Add;
        _wall.Advance(TimeSpan.FromSeconds(0.5));
        driver.Tick(120, 40);
        var played = driver.State.World.Now;
        told.ShouldBeEmpty();

        // When
        _input.Enqueue(Keys.Text(" "));
        driver.Tick(120, 40);

        // Then a lab's recording is told where it stands
        driver.State.Paused.ShouldBeTrue();
        told.ShouldBe([played]);
    }

    [Fact]
    public void Should_ApplyQueuedKeysBeforeTheClockMoves_When_Ticking()
    {
        var driver = NewDriver();
        var start = driver.State.World.Now;
        _input.Enqueue(Keys.Text(" +"));

        _wall.Advance(TimeSpan.FromSeconds(5));
        driver.Tick(120, 40);

        driver.State.Paused.ShouldBeTrue();
        driver.State.SpeedIndex.ShouldBe(SpeedLadder.Count - 1);
        driver.State.World.Now.ShouldBe(start);
    }

    [Fact]
    public void Should_RedrawOnlyWhenSomethingChanged_When_Paused()
    {
        var driver = NewDriver();
        _input.Enqueue(Keys.Text(" "));
        driver.Tick(120, 40).ShouldNotBeNull();

        _wall.Advance(TimeSpan.FromSeconds(1));
        driver.Tick(120, 40).ShouldBeNull();
        driver.Tick(100, 30).ShouldNotBeNull();
        _input.Enqueue(Keys.Text("j"));
        driver.Tick(100, 30).ShouldNotBeNull();
    }

    [Fact]
    public void Should_StopAtTheEndAndFinishTheSession_When_PlaybackReachesIt()
    {
        var driver = NewDriver();
        _input.Enqueue(Keys.Text("+"));
        driver.Tick(120, 40);

        _wall.Advance(TimeSpan.FromDays(10));
        driver.Tick(120, 40);

        var world = driver.State.World;
        world.Now.ShouldBe(world.End);
        world.Session.IsFinished.ShouldBeTrue();
        world.Session.Outcomes.ShouldAllBe(outcome => outcome.Passed);
        driver.State.Paused.ShouldBeTrue();
    }

    [Fact]
    public void Should_DrawAKeysFrameAfterOneSliceOfTheTick_AndPlayTheRestAfter_When_AKeyIsRead()
    {
        // Given the demo playing at 1 h/s
        var driver = NewDriver();
        var start = driver.State.World.Now;

        // When a key comes with sixteen hours of virtual time to play
        _input.Enqueue([Keys.Down]);
        _wall.Advance(TimeSpan.FromSeconds(16));
        driver.Tick(120, 40);
        var withKey = driver.State.World.Now;
        driver.Tick(120, 40);

        // Then its frame comes after one hour, a sixteenth, and the next tick plays the fifteen left
        (withKey - start).ShouldBe(Duration.FromHours(1));
        (driver.State.World.Now - start).ShouldBe(Duration.FromHours(16));
    }

    [Fact]
    public void Should_Quit_When_CtrlCWasRequested()
    {
        var driver = NewDriver();

        driver.QuitRequested = true;
        driver.Tick(120, 40);

        driver.State.Quit.ShouldBeTrue();
    }

    [Fact]
    public void Should_QuitInsteadOfReadingForEver_When_TheTerminalsInputHasEnded()
    {
        // Given a terminal gone without a hang-up signal: its input always has a key, and every key is empty
        var driver = new DashboardDriver(new DashboardWorld(new ScenarioSession(BuiltInScenarios.Demo())), new EndedInput(), _wall);

        // When
        driver.Tick(120, 40);

        // Then the tick returned, and the dashboard quits as on a hang-up
        driver.State.Quit.ShouldBeTrue();
    }

    /// <summary>What a terminal whose server died gives: a key is always available, and each one is empty.</summary>
    private sealed class EndedInput : Spectre.Console.IAnsiConsoleInput
    {
        public bool IsKeyAvailable() => true;

        public ConsoleKeyInfo? ReadKey(bool intercept) => default(ConsoleKeyInfo);

        public Task<ConsoleKeyInfo?> ReadKeyAsync(bool intercept, CancellationToken cancellationToken) => Task.FromResult(ReadKey(intercept));
    }
}
