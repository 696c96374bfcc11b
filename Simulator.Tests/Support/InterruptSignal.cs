using System.Globalization;
using System.Runtime.InteropServices;

namespace Simulator.Tests.Support;

/// <summary>Lets a child process receive Ctrl+C's signal (SIGINT) even when this test run was started with it ignored.</summary>
/// <remarks>
/// A shell starts a command run in the background (<c>dotnet test … &amp;</c>, <c>nohup</c>) with SIGINT ignored, a
/// child inherits that, and .NET keeps it so: a test that sends a vaultsim it started SIGINT would see the signal
/// ignored and the run go on to its end. Restoring the default here only changes what a process that already
/// ignored the signal does with it.
/// </remarks>
internal static class InterruptSignal
{
    private const int SigInt = 2;

    public static void DeliverToChildren()
    {
        if (OperatingSystem.IsLinux() && IsIgnored())
        {
            _ = signal(SigInt, IntPtr.Zero); // SIG_DFL
        }
    }

    /// <summary>Whether this process ignores SIGINT, from the mask of ignored signals Linux shows in /proc.</summary>
    private static bool IsIgnored()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null && (ulong.Parse(line["SigIgn:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture) & (1UL << (SigInt - 1))) != 0;
    }

    [DllImport("libc")]
    private static extern IntPtr signal(int signum, IntPtr handler);
}
