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

    /// <summary>The virtual instant at which playback stops by itself, if any.</summary>
    public Instant? StopAt { get; set; }

    public void Pause() => IsPaused = true;

    public void Resume()
    {
        _lastTimestamp = _wallClock.GetTimestamp();
        IsPaused = false;
    }

    /// <summary>Forgets the wall time since the last tick, so that the next tick plays only what follows.</summary>
    /// <remarks>
    /// For a wall clock that ran while the player could not (a process stopped by Ctrl+Z): ten minutes spent suspended
    /// at a day per second would otherwise play ten minutes' worth of days at once on resuming.
    /// </remarks>
    public void ForgetElapsedWallTime() => _lastTimestamp = _wallClock.GetTimestamp();

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
    /// <returns>True when virtual time moved.</returns>
    public bool Tick()
    {
        var now = _wallClock.GetTimestamp();
        var elapsed = _wallClock.GetElapsedTime(_lastTimestamp, now);
        _lastTimestamp = now;
        if (IsPaused)
        {
            return false;
        }

        var target = _engine.Now + Duration.FromTicks((long)(elapsed.Ticks * Speed));
        if (StopAt is { } stop && target >= stop)
        {
            target = stop;
            IsPaused = true;
        }

        if (target <= _engine.Now)
        {
            return false;
        }

        _engine.RunUntil(target);
        return true;
    }
}
