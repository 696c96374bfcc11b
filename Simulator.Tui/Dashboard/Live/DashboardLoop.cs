using System.Runtime.InteropServices;
using Simulator.Tui.Cli;
using Spectre.Console;

namespace Simulator.Tui.Dashboard.Live;

/// <summary>The live display: full screen, one thread, polling keys and redrawing only when the frame changed.</summary>
internal static class DashboardLoop
{
    /// <summary>How often keys are polled and the clock moves; short enough that typing feels immediate.</summary>
    public static readonly TimeSpan TickPeriod = TimeSpan.FromMilliseconds(40);

    /// <summary>The most wall time one tick plays: a dozen ticks' worth, more than any tick takes (<see cref="DashboardDriver.TickBudget"/>), so that a longer gap is a clock that ran while the dashboard could not (asleep, stopped), which is not played.</summary>
    public static readonly TimeSpan MaxWallStep = TimeSpan.FromMilliseconds(500);

    // The dashboard's screen is blanked before it is left: a terminal that grew meanwhile (tmux) showed the last frame's
    // rows over the shell's screen when it came back, where the shell had its own lines.
    private const string ClearAlternateScreen = "\e[H\e[2J";

    public static void Run(IAnsiConsole console, DashboardDriver driver, TimeProvider wallClock)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(driver);
        ArgumentNullException.ThrowIfNull(wallClock);

        // Ctrl+C quits through the loop, so the live display and the alternate screen are left properly (as a signal
        // where the terminal still sends one: a SIGINT from kill, or a console that reads Ctrl+C as a signal anyway).
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            driver.QuitRequested = true;
        };
        Console.CancelKeyPress += onCancel;

        // A closed terminal (SIGHUP) or a polite kill (SIGTERM) quits the same way, so that whoever owns the session
        // (a lab's recording) still writes where it stood; the default would end the process on the spot.
        void QuitOnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            driver.QuitRequested = true;
        }

        using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, QuitOnSignal);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, QuitOnSignal);
        using var stops = new StopSignals(driver);

        // The terminal would turn Ctrl+Z into a signal before any key is read, and stop the dashboard with its screen
        // still drawn over the shell's. Read as a key, it lets the loop leave the alternate screen first, then stop
        // itself (JobControl), and redraw whole when the shell resumes it; Ctrl+C quits through the key map as q does.
        var controlKeysWereInput = Console.TreatControlCAsInput;
        Console.TreatControlCAsInput = true;
        try
        {
            PlayOn(console, driver, stops, wallClock);
        }
        catch (IOException)
        {
            // The terminal is gone: once it closes, every write to it fails (EIO), before or after the hang-up arrives.
            // There is no screen left to draw on or to put back, so the dashboard quits as q does, and whoever owns the
            // session (a lab's recording) still writes where it stood.
            driver.QuitRequested = true;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
            RestoreControlKeys(controlKeysWereInput);
        }
    }

    private static void PlayOn(IAnsiConsole console, DashboardDriver driver, StopSignals stops, TimeProvider wallClock)
    {
        if (console.Profile.Capabilities.Ansi && console.Profile.Capabilities.AlternateBuffer)
        {
            console.AlternateScreen(() =>
            {
                Play(console, driver, stops, wallClock, alternateScreen: true);
                console.Write(new ControlCode(ClearAlternateScreen));
            });
        }
        else
        {
            Play(console, driver, stops, wallClock, alternateScreen: false);
        }
    }

    /// <summary>Gives the terminal back its Ctrl+C, unless the terminal has gone, with nothing to give it back to.</summary>
    private static void RestoreControlKeys(bool wereInput)
    {
        try
        {
            Console.TreatControlCAsInput = wereInput;
        }
        catch (IOException)
        {
        }
    }

    /// <remarks>
    /// Spectre.Console 0.49.1 never shrinks a live display's region (issue #703, fixed in 0.51), so after a resize
    /// the live display is left, the screen cleared, and a fresh one started with the same state; a suspension
    /// leaves it the same way, and the resumed dashboard is drawn afresh, as is one continued after a stop from outside.
    /// </remarks>
    private static void Play(IAnsiConsole console, DashboardDriver driver, StopSignals stops, TimeProvider wallClock, bool alternateScreen)
    {
        while (!driver.State.Quit)
        {
            if (driver.SuspendRequested)
            {
                Suspend(console, driver, stops, alternateScreen);
            }
            else if (driver.ContinueRequested)
            {
                driver.Resumed();
            }

            var (width, height) = (console.Profile.Width, console.Profile.Height);
            console.Clear(home: true);
            console.Live(driver.Redraw(width, height))
                .AutoClear(false)
                .Overflow(VerticalOverflow.Crop)
                .Cropping(VerticalOverflowCropping.Bottom)
                .Start(context =>
                {
                    // A live display draws its target only when refreshed; a paused screen would stay blank.
                    context.Refresh();
                    driver.Shown();
                    using var timer = new PeriodicTimer(TickPeriod, wallClock);
                    while (!driver.State.Quit && timer.WaitForNextTickAsync().AsTask().GetAwaiter().GetResult())
                    {
                        if (TerminalHangUp.Happened())
                        {
                            driver.QuitRequested = true;
                        }

                        if ((console.Profile.Width, console.Profile.Height) != (width, height) || driver.SuspendRequested || driver.ContinueRequested)
                        {
                            return;
                        }

                        if (driver.Tick(width, height) is { } frame)
                        {
                            context.UpdateTarget(frame);
                        }
                    }
                });
        }
    }

    /// <summary>Stops the process with the shell's screen showing, where a shell could resume it; else says why not.</summary>
    private static void Suspend(IAnsiConsole console, DashboardDriver driver, StopSignals stops, bool alternateScreen)
    {
        if (!JobControl.CanSuspend())
        {
            driver.CannotSuspend();
            return;
        }

        Stopped(console, alternateScreen, stops.Suspend);
        driver.Resumed();
    }

    /// <summary>Gives the terminal to the shell as the shell had it, runs <paramref name="stop"/> (which returns once the dashboard is continued), then takes its screen back.</summary>
    /// <remarks>
    /// The keys, cursor and screen are left as at quitting: the cursor keys and keypad in normal mode too, as .NET's
    /// console had switched them (<see cref="KeypadMode"/>), or an xterm's keypad sent escape sequences to the shell
    /// while the dashboard was stopped. .NET's console switches them again itself when the process is continued.
    /// </remarks>
    internal static void Stopped(IAnsiConsole console, bool alternateScreen, Action stop)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(stop);
        console.Write(new ControlCode($"{(alternateScreen ? $"{ClearAlternateScreen}\e[?1049l" : string.Empty)}\e[?25h{KeypadMode.Local}"));
        stop();
        if (alternateScreen)
        {
            console.Write(new ControlCode("\e[?1049h"));
        }
    }
}
