using System.Runtime.InteropServices;

namespace Simulator.Tui.Cli;

/// <summary>Turns the first Ctrl+C (SIGINT) or SIGTERM during a recording into a request to stop, so that the run file
/// is closed cleanly; a second signal ends the process as it always would.</summary>
/// <remarks>
/// Without it a cancelled CI job or a person's Ctrl+C ended the process on the spot, as <c>kill -9</c> does: the
/// file stayed consistent but was left in WAL mode, with its <c>-wal</c> and <c>-shm</c> beside it, and nothing said.
/// </remarks>
internal sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;
    private int _received;

    public StopSignals()
    {
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    public CancellationToken Token => _stop.Token;

    /// <summary>The shell's code for a process ended by the signal received: 128 + its number.</summary>
    public int ExitCode => _received == (int)PosixSignal.SIGTERM ? 143 : 130;

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _stop.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (Interlocked.CompareExchange(ref _received, (int)context.Signal, 0) != 0)
        {
            return; // the second: let it end the process
        }

        context.Cancel = true;
        _stop.Cancel();
    }
}
