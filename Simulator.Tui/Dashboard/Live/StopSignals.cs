using System.Runtime.InteropServices;

namespace Simulator.Tui.Dashboard.Live;

/// <summary>Stop and continue signals sent from outside, turned into requests the dashboard's own thread acts on.</summary>
/// <remarks>
/// A SIGTSTP sent with kill (by a shell user, a job-control tool, a terminal multiplexer) would stop the dashboard with
/// its screen still drawn, and the shell's prompt would draw over it; caught, it takes Ctrl+Z's way: the loop leaves the
/// screen, then stops the process itself. A SIGSTOP cannot be caught, so the SIGCONT that ends it asks for a whole
/// redraw (the shell may have written over the screen meanwhile) and for the time stopped not to be played.
/// </remarks>
internal sealed class StopSignals : IDisposable
{
    private readonly DashboardDriver _driver;
    private readonly PosixSignalRegistration? _continue;
    private PosixSignalRegistration? _stop;

    public StopSignals(DashboardDriver driver)
    {
        ArgumentNullException.ThrowIfNull(driver);
        _driver = driver;

        // Windows has neither signal, and a registration there would throw.
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        _stop = RegisterStop();

        // Not cancelled: the runtime's own handling of SIGCONT puts the terminal back in the mode keys are read in.
        _continue = PosixSignalRegistration.Create(PosixSignal.SIGCONT, _ => driver.ContinueSignalled());
    }

    /// <summary>Stops the process group as the terminal's Ctrl+Z would (<see cref="JobControl.Suspend"/>); returns once continued.</summary>
    /// <remarks>
    /// The registration is dropped around the stop: while it stands, the runtime catches the process's own SIGTSTP
    /// too, and its default for a caught SIGTSTP, cancelled or not, is to do nothing.
    /// </remarks>
    public void Suspend()
    {
        _stop?.Dispose();
        try
        {
            JobControl.Suspend();
        }
        finally
        {
            _stop = RegisterStop();
        }
    }

    public void Dispose()
    {
        _stop?.Dispose();
        _continue?.Dispose();
    }

    private PosixSignalRegistration? RegisterStop() => OperatingSystem.IsWindows() ? null : PosixSignalRegistration.Create(PosixSignal.SIGTSTP, context =>
    {
        context.Cancel = true;
        _driver.StopSignalled();
    });
}
