using System.Globalization;
using System.Runtime.InteropServices;

namespace Simulator.Tui.Dashboard.Live;

/// <summary>Stops the process as Ctrl+Z would under a shell's job control, where a shell could resume it.</summary>
/// <remarks>
/// The dashboard reads Ctrl+Z as a key, and catches a SIGTSTP sent from outside (<see cref="StopSignals"/>), so that it
/// leaves its screen first; then it stops itself with SIGTSTP. The kernel drops SIGTSTP in an orphaned process group (a
/// tmux pane's own command, a job whose shell has gone), and nothing stops a process that ignores it: there no one
/// could bring the dashboard back, so it keeps its screen and says so.
/// </remarks>
internal static partial class JobControl
{
    private const int Sigtstp = 20;   // Linux's number; other systems (macOS: 18) are not asked to stop

    /// <summary>Whether a stop would take and a shell could resume it: Linux only, where /proc says.</summary>
    public static bool CanSuspend()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return !Ignored(Sigtstp) && !OrphanedGroup();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Stops the process group, as the terminal's Ctrl+Z would; returns once the dashboard is continued.</summary>
    /// <remarks>
    /// The whole group, not the process alone: under <c>dotnet run</c> the shell waits on the CLI above the dashboard,
    /// and would never see the job stop. A signal a process sends itself is delivered before <c>kill</c> returns, so no
    /// frame is drawn in between.
    /// </remarks>
    public static void Suspend() => _ = kill(0, Sigtstp);

    private static bool Ignored(int signal)
    {
        var mask = File.ReadLines("/proc/self/status").First(line => line.StartsWith("SigIgn:", StringComparison.Ordinal))["SigIgn:".Length..].Trim();
        return (ulong.Parse(mask, NumberStyles.HexNumber, CultureInfo.InvariantCulture) & (1UL << (signal - 1))) != 0;
    }

    /// <summary>A group is orphaned when none of its members has a parent in another group of the same session.</summary>
    /// <remarks>Only the chain of parents is walked (the process, then `dotnet run` above it, ...): that is where the shell is.</remarks>
    private static bool OrphanedGroup()
    {
        var group = getpgrp();
        var session = getsid(0);
        for (var parent = getppid(); parent > 1; parent = ParentOf(parent))
        {
            if (getpgid(parent) != group)
            {
                return getsid(parent) != session;
            }
        }

        return true;
    }

    /// <summary>The fourth field of /proc/PID/stat, after the command's name in parentheses (which may hold spaces).</summary>
    private static int ParentOf(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[1], CultureInfo.InvariantCulture);
    }

    [LibraryImport("libc")]
    private static partial int kill(int pid, int signal);

    [LibraryImport("libc")]
    private static partial int getppid();

    [LibraryImport("libc")]
    private static partial int getpgrp();

    [LibraryImport("libc")]
    private static partial int getpgid(int pid);

    [LibraryImport("libc")]
    private static partial int getsid(int pid);
}
