using NodaTime;

namespace Simulator.Core.Engine;

/// <summary>Plays the simulation against a wall clock at a chosen speed, with pause.</summary>
/// <remarks>
/// The wall clock is injected: the dashboard passes <see cref="TimeProvider.System"/>, tests pass a fake. Each
/// <see cref="Tick"/> converts the wall time elapsed since the last tick into virtual time at the current speed.
/// </remarks>
public sealed class PlaybackController
{
    private readonly SimulationEngine _engine;
    private readonly TimeProvider _wallClock;
    private long _lastTimestamp;

    // Wall time an interrupted tick left unplayed, kept apart from the wall clock so that it never reads as a gap.
    private TimeSpan _owed;

    public PlaybackController(SimulationEngine engine, TimeProvider wallClock, double speed = 1.0)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(wallClock);
        _engine = engine;
        _wallClock = wallClock;
        _lastTimestamp = wallClock.GetTimestamp();
        Speed = speed;
    }

    /// <summary>Virtual seconds per wall-clock second.</summary>
    public double Speed
    {
        get;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            field = value;
        }
    }

    public bool IsPaused { get; private set; }

    /// <summary>The most wall time one tick plays; a longer gap since the last tick is played as this much. Null: no limit.</summary>
    /// <remarks>
    /// A wall clock that ran while the player could not (a laptop asleep, a process stopped from outside, a debugger
    /// at a breakpoint) would otherwise be played at once: an hour asleep at a day per second is 3,600 days, which
    /// freezes the screen while they run and skips them unseen. A live player sets it well above its tick period, so
    /// that only a gap that can't be a slow frame is cut short.
    /// </remarks>
    public TimeSpan? MaxWallStep { get; init; }

    /// <summary>The wall time since the last tick (or since it was last forgotten): what the next tick would play, before <see cref="MaxWallStep"/> cuts it.</summary>
    public TimeSpan WallTimeSinceLastTick => _wallClock.GetElapsedTime(_lastTimestamp);

    /// <summary>The virtual instant at which playback stops by itself, if any.</summary>
    public Instant? StopAt { get; set; }

    public void Pause() => IsPaused = true;

    public void Resume()
    {
        ForgetElapsedWallTime();
        IsPaused = false;
    }

    /// <summary>Forgets the wall time since the last tick, so that the next tick plays only what follows.</summary>
    /// <remarks>
    /// For a wall clock that ran while the player could not (a process stopped by Ctrl+Z): ten minutes spent suspended
    /// at a day per second would otherwise play ten minutes' worth of days at once on resuming.
    /// </remarks>
    public void ForgetElapsedWallTime()
    {
        _lastTimestamp = _wallClock.GetTimestamp();
        _owed = TimeSpan.Zero;
    }

    public void TogglePause()
    {
        if (IsPaused)
        {
            Resume();
        }
        else
        {
            Pause();
        }
    }

    /// <summary>Advances virtual time by the wall time elapsed since the last tick, times the speed.</summary>
    /// <param name="interrupted">Asked between slices of the tick's virtual time: when it says so, the tick stops where
    /// it is, and the virtual time it left is played by the next tick.</param>
    /// <returns>True when virtual time moved.</returns>
    /// <remarks>
    /// A person's key waits for the tick under way. Where an hour of a large estate's events takes longer than a tick
    /// should (10,000 backups starting at a day per second, on a slow day of the machine), the key waited for that tick
    /// and the next: over 100 ms. Interrupted, the tick ends within a slice, and the key's frame comes at once. The time
    /// left is owed, not dropped, so the clock keeps to the speed as far as the machine can.
    /// </remarks>
    public bool Tick(Func<bool>? interrupted = null)
    {
        var now = _wallClock.GetTimestamp();
        var elapsed = _wallClock.GetElapsedTime(_lastTimestamp, now) + _owed;
        _lastTimestamp = now;
        _owed = TimeSpan.Zero;
        if (MaxWallStep is { } most && elapsed > most)
        {
            elapsed = most;
        }

        if (IsPaused)
        {
            return false;
        }

        var target = _engine.Now + Duration.FromTicks((long)(elapsed.Ticks * Speed));
        var stops = StopAt is { } stop && target >= stop;
        if (stops)
        {
            target = StopAt!.Value;
        }

        if (target <= _engine.Now)
        {
            IsPaused |= stops;
            return false;
        }

        if (PlayUntil(target, interrupted) is { } left)
        {
            // Owed as wall time, so a change of speed meanwhile plays it at the new speed; the stop is not reached yet.
            _owed = TimeSpan.FromSeconds(left.TotalSeconds / Speed);
            return true;
        }

        IsPaused |= stops;
        return true;
    }

    /// <summary>Runs the engine to <paramref name="target"/>, slice by slice when it may be interrupted.</summary>
    /// <returns>The virtual time left when interrupted; null when the target was reached.</returns>
    private Duration? PlayUntil(Instant target, Func<bool>? interrupted)
    {
        if (interrupted is null)
        {
            _engine.RunUntil(target);
            return null;
        }

        var slice = Duration.Max(Duration.FromTicks(1), (target - _engine.Now) / SlicesPerTick);
        while (_engine.Now < target)
        {
            _engine.RunUntil(Instant.Min(target, _engine.Now + slice));
            if (_engine.Now < target && interrupted())
            {
                return target - _engine.Now;
            }
        }

        return null;
    }

    /// <summary>How many slices an interruptible tick's virtual time is played in: a key waits for one at most.</summary>
    private const int SlicesPerTick = 16;
}
