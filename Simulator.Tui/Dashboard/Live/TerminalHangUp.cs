using System.Runtime.InteropServices;

namespace Simulator.Tui.Dashboard.Live;

/// <summary>Whether the dashboard's terminal has hung up: closed under it, with no signal to say so.</summary>
/// <remarks>
/// Closing a terminal hangs up its shell, and the shell's exit sends the dashboard SIGHUP (<see cref="DashboardLoop"/>).
/// A shell that survives its hang-up (<c>trap true HUP</c>, a wrapper that ignores it) sends nothing, and a paused
/// dashboard, which writes nothing while its frame stays the same, would wait for keys on a dead terminal for ever.
/// The terminal's input then reports a hang-up to <c>poll(2)</c>, asked with no events, so asking reads nothing.
/// </remarks>
internal static partial class TerminalHangUp
{
    private const short PollErr = 0x008;
    private const short PollHup = 0x010;
    private const short PollNval = 0x020;

    public static bool Happened()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            var input = new PollFd { Fd = 0 };
            return poll(ref input, 1, 0) == 1 && (input.REvents & (PollErr | PollHup | PollNval)) != 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct PollFd
    {
        public int Fd;
        public short Events;
        public short REvents;
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int poll(ref PollFd fds, nuint count, int timeout);
}
