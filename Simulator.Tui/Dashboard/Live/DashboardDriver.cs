using NodaTime;
using Simulator.Core.Engine;
using Simulator.Tui.Dashboard.Input;
using Simulator.Tui.Dashboard.Views;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Simulator.Tui.Dashboard.Live;

/// <summary>One tick of the dashboard: read the keys, apply them, move the clock, and say whether the frame changed.</summary>
/// <remarks>
/// Kept apart from the Spectre live display so that scripted keys and a fake wall clock can drive it in tests. Playback
/// stops at the end of the scenario (<see cref="PlaybackController.StopAt"/>), where the session is finished.
/// </remarks>
internal sealed class DashboardDriver
{
    /// <summary>The most keys one tick reads: more than a person types, and a bound where input never runs dry.</summary>
    private const int MaxKeysPerTick = 64;

    /// <summary>How long a tick plays before it stops after its slice and owes the rest: well within <see cref="PlaybackController.MaxWallStep"/>.</summary>
    internal static readonly TimeSpan TickBudget = TimeSpan.FromMilliseconds(150);

    /// <summary>How often, in wall time, playing leaves the clock where it is, so that a lab's file has it.</summary>
    /// <remarks>
    /// A lab's events reach its file as their batch fills or spans an hour of virtual time, which a small estate's may
    /// not do for hours of play: a kill (SIGKILL, a power cut) lost them, and the lab reopened hours back.
    /// </remarks>
    internal static readonly TimeSpan LeaveClockEvery = TimeSpan.FromSeconds(1);

    private readonly IAnsiConsoleInput _input;
    private readonly TimeProvider _wallClock;
    private readonly PlaybackController _playback;
    private long _clockLeft;
    private FrameKey? _drawn;
    private bool _opened;

    // Set from the signal thread as well as this one: volatile, so that the loop sees them on its next tick.
    private volatile bool _suspendRequested;
    private volatile bool _stopSignalled;
    private volatile bool _continued;

    /// <param name="world">The session to show.</param>
    /// <param name="input">Where the keys come from.</param>
    /// <param name="wallClock">The real time that paces playback.</param>
    /// <param name="runFile">The run file the world records into or was reopened from, if any.</param>
    /// <param name="maxWallStep">The most wall time one tick plays (<see cref="PlaybackController.MaxWallStep"/>); tests leave it out to move the clock in long steps.</param>
    public DashboardDriver(DashboardWorld world, IAnsiConsoleInput input, TimeProvider wallClock, RunFile? runFile = null, TimeSpan? maxWallStep = null)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(wallClock);
        _input = new SplitAltInput(input);
        _wallClock = wallClock;
        _clockLeft = wallClock.GetTimestamp();
        State = DashboardController.Opening(world, runFile);
        _playback = new PlaybackController(world.Simulation.Engine, wallClock, SpeedLadder.Speed(State.SpeedIndex)) { StopAt = world.End, MaxWallStep = maxWallStep };
    }

    public DashboardState State { get; private set; }

    /// <summary>Raised when a person changes the playback speed (+ or -), with its virtual seconds per second: a lab's recording keeps it.</summary>
    public event Action<double>? SpeedChosen;

    /// <summary>Set from outside (Ctrl+C) to quit at the next tick.</summary>
    public bool QuitRequested { get; set; }

    /// <summary>Set by Ctrl+Z or a stop signal from outside: the loop leaves its screen and stops the process, then calls <see cref="Resumed"/>.</summary>
    public bool SuspendRequested => _suspendRequested;

    /// <summary>Set when the process was continued after a stop it could not see coming (SIGSTOP): the loop draws afresh, then calls <see cref="Resumed"/>.</summary>
    public bool ContinueRequested => _continued;

    /// <summary>A stop signal (SIGTSTP) from outside: suspends as Ctrl+Z does, once the loop has left its screen.</summary>
    /// <remarks>Called from the signal thread, which must not touch the screen: the loop does, on its next tick.</remarks>
    public void StopSignalled()
    {
        _stopSignalled = true;
        _suspendRequested = true;
    }

    /// <summary>The process was continued (SIGCONT): whoever stopped it may have drawn over the screen meanwhile.</summary>
    /// <remarks>Called from the signal thread, as <see cref="StopSignalled"/> is.</remarks>
    public void ContinueSignalled() => _continued = true;

    /// <summary>After a suspension or a stop: the time spent stopped is not played, as if the wall clock had stood still.</summary>
    public void Resumed()
    {
        _suspendRequested = false;
        _stopSignalled = false;
        _continued = false;
        _playback.ForgetElapsedWallTime();
    }

    /// <summary>A fresh live display has put its first frame on screen: the clock plays from now.</summary>
    /// <remarks>
    /// Opening the dashboard (its first frame rendered, much of the program compiled on the way) can take longer than
    /// a tick may play; that time is nobody's watching, and played it would jump the clock before anyone saw it move.
    /// The keys typed before the first frame are dropped: typed blind while a lab replayed, b and Enter started a
    /// Backup now of an item nobody saw selected, and the lab recorded it. Later displays (after a resize or a
    /// suspension) follow a screen that was shown, so the keys typed meanwhile act.
    /// </remarks>
    public void Shown()
    {
        _playback.ForgetElapsedWallTime();
        if (!_opened)
        {
            _opened = true;
            for (var dropped = 0; dropped < MaxKeysPerTick && _input.IsKeyAvailable() && _input.ReadKey(intercept: true) is not null; dropped++)
            {
            }
        }
    }

    /// <summary>Where no shell could resume the dashboard, a suspension says so and the dashboard stays.</summary>
    public void CannotSuspend()
    {
        var text = _stopSignalled ? CannotStopText : CannotSuspendText;
        _suspendRequested = false;
        _stopSignalled = false;
        State = State with { Status = StatusMessage.Unbound(text) };
    }

    public const string CannotSuspendText = "Ctrl+Z can't suspend here: no shell's job control could resume the dashboard; q quits.";

    public const string CannotStopText = "A stop signal can't suspend here: no shell's job control could resume the dashboard; q quits.";

    /// <summary>Runs one tick; returns the new frame, or null when nothing on screen would change.</summary>
    public IRenderable? Tick(int width, int height)
    {
        ForgetAGap();
        // The too-small screen shows none of the dashboard, only its way out (TooSmallView): any other key would act
        // unseen (X, a VM's name and Enter deleted it blind), so it is read and dropped, and the screen stays as it was.
        var fits = DashboardLayout.Fits(width, height);
        var read = 0;
        for (; read < MaxKeysPerTick && !State.Quit && _input.IsKeyAvailable() && _input.ReadKey(intercept: true) is { } key; read++)
        {
            // A terminal that went away without a hang-up signal (its server died) leaves input at its end, which
            // reads as empty keys for ever: quit as on a hang-up, so a lab is still written where it stood.
            if (key == default)
            {
                QuitRequested = true;
                break;
            }

            if (KeyMap.Map(State, key) is not { } command)
            {
                continue;
            }

            // Ctrl+Z comes as a key (the loop reads control keys as keys) and suspends from any mode, as Ctrl+C quits:
            // the loop must leave its screen first, so the keys after it wait for the resume.
            if (command.Kind == CommandKind.Suspend)
            {
                _suspendRequested = true;
                break;
            }

            // A key may change the world too (an action, a step to the next event, a go-to): the cursors stay on their rows.
            if (fits || command.Kind == CommandKind.Quit)
            {
                State = CursorAnchor.Of(State).Reapply(DashboardController.Apply(State, command));
            }
        }

        if (QuitRequested)
        {
            State = State with { Quit = true };
        }

        HoldTheLog();

        var anchor = CursorAnchor.Of(State);
        SyncClock();
        var world = State.World;
        // A key read now is seen after one slice of the tick's virtual time, and one pressed meanwhile ends the tick
        // there: neither waits for an hour of a large estate's events (see PlaybackController.Tick).
        var keyRead = read > 0;
        var started = _wallClock.GetTimestamp();
        _playback.Tick(() => keyRead || _input.IsKeyAvailable() || _wallClock.GetElapsedTime(started) > TickBudget);
        world.FinishIfEnded();
        if (_playback.IsPaused && !State.Paused)
        {
            State = State with { Paused = true };
            world.LeaveClock();
        }
        else if (!_playback.IsPaused && _wallClock.GetElapsedTime(_clockLeft) >= LeaveClockEvery)
        {
            _clockLeft = _wallClock.GetTimestamp();
            world.LeaveClock();
        }

        State = anchor.Reapply(State);
        return Key(width, height) == _drawn ? null : Redraw(width, height);
    }

    /// <summary>Forgets the wall time since the last tick when it is longer than any tick takes: time the dashboard could not run.</summary>
    /// <remarks>
    /// Such a gap is a stop from outside (SIGSTOP) or a sleep, and is not played, as the time suspended by Ctrl+Z is not.
    /// It is forgotten here rather than when the SIGCONT that ends a stop reaches the loop: that signal comes through
    /// other threads, and on a loaded machine hundreds of milliseconds after the process runs again, by when a tick had
    /// played half a second of the stop (half an hour at 1 h/s). A tick never runs that long by itself
    /// (<see cref="TickBudget"/>), so a busy machine's time is still played, owed from tick to tick.
    /// </remarks>
    private void ForgetAGap()
    {
        if (_playback.MaxWallStep is { } most && _playback.WallTimeSinceLastTick > most)
        {
            _playback.ForgetElapsedWallTime();
        }
    }

    /// <summary>Renders the current frame whether or not it changed (a fresh live display needs one).</summary>
    public IRenderable Redraw(int width, int height)
    {
        var (view, shown) = DashboardView.Draw(State, width, height);

        // Only the frame knows how many rows each list got: the next keys move the cursor within the windows it showed.
        if (shown != State.Tops)
        {
            State = State with { Tops = shown };
        }

        HoldTheLog();
        _drawn = Key(width, height);
        return view;
    }

    /// <summary>The event log scrolled up keeps the events it shows, and those after them, while new ones arrive; at its
    /// bottom, or closed, the oldest leave as they come.</summary>
    /// <remarks>After the keys, which may have scrolled it, and after each frame, which settles where it stands.</remarks>
    private void HoldTheLog() =>
        State.World.HoldLog(State is { ShowLog: true, Tops.Log: { Held: true } window } ? window.First : null);

    private FrameKey Key(int width, int height)
    {
        var world = State.World;
        return new FrameKey(State, Instant.FromUnixTimeSeconds(world.Now.ToUnixTimeSeconds()), world.Log.Total, width, height);
    }

    private void SyncClock()
    {
        var speed = SpeedLadder.Speed(State.SpeedIndex);
        if (speed != _playback.Speed)
        {
            _playback.Speed = speed;
            SpeedChosen?.Invoke(speed);
        }

        if (State.Paused != _playback.IsPaused)
        {
            _playback.TogglePause();
            if (_playback.IsPaused)
            {
                State.World.LeaveClock();
            }
        }
    }

    /// <summary>What a frame shows: the state, the virtual time to the second, the journal's length and the size.</summary>
    private readonly record struct FrameKey(DashboardState State, Instant Second, long Events, int Width, int Height);
}
