using System.Runtime.InteropServices;
using Spectre.Console;

namespace Simulator.Tui.Dashboard.Live;

/// <summary>The live display: full screen, one thread, polling keys and redrawing only when the frame changed.</summary>
internal static class DashboardLoop
{
    /// <summary>How often keys are polled and the clock moves; short enough that typing feels immediate.</summary>
    public static readonly TimeSpan TickPeriod = TimeSpan.FromMilliseconds(40);

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

        // The terminal turns Ctrl+Z (and Ctrl+\) into a signal before any key is read: under a shell Ctrl+Z stopped
        // the dashboard, its screen left to the shell until something redrew it, and where no shell controls the job
        // (a tmux pane's own command) it did nothing at all. Read as keys, Ctrl+Z says it does nothing here as any
        // unused key does, and Ctrl+C quits through the key map as q does.
        var controlKeysWereInput = Console.TreatControlCAsInput;
        Console.TreatControlCAsInput = true;
        try
        {
            if (console.Profile.Capabilities.Ansi && console.Profile.Capabilities.AlternateBuffer)
            {
                console.AlternateScreen(() => Play(console, driver, wallClock));
            }
            else
            {
                Play(console, driver, wallClock);
            }
        }
        finally
        {
            Console.TreatControlCAsInput = controlKeysWereInput;
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <remarks>
    /// Spectre.Console 0.49.1 never shrinks a live display's region (issue #703, fixed in 0.51), so after a resize
    /// the live display is left, the screen cleared, and a fresh one started with the same state.
    /// </remarks>
    private static void Play(IAnsiConsole console, DashboardDriver driver, TimeProvider wallClock)
    {
        while (!driver.State.Quit)
        {
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
                    using var timer = new PeriodicTimer(TickPeriod, wallClock);
                    while (!driver.State.Quit && timer.WaitForNextTickAsync().AsTask().GetAwaiter().GetResult())
                    {
                        if ((console.Profile.Width, console.Profile.Height) != (width, height))
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
}
