using System.Runtime.InteropServices;

namespace Simulator.Tui.Cli;

/// <summary>Puts the terminal's keys back as the shell had them, once the program is done.</summary>
/// <remarks>
/// .NET's console, on its first use in a terminal, switches the terminal's cursor keys and keypad to their application
/// mode (terminfo's keypad_xmit, <c>ESC[?1h ESC=</c>) so that it can read them, and never switches them back: after any
/// vaultsim command the numeric keypad of an xterm sent escape sequences to the shell. It writes to the terminal even
/// when every standard stream is redirected, so the way back goes to the controlling terminal itself.
/// </remarks>
internal static class KeypadMode
{
    /// <summary>terminfo's keypad_local for every terminal whose keypad_xmit .NET writes (xterm, screen, tmux, linux).</summary>
    internal const string Local = "\e[?1l\e>";

    // Held for the life of the process: a registration collected is a registration dropped.
    private static readonly List<PosixSignalRegistration> EndingSignals = [];

    /// <summary>Has <see cref="Restore"/> run however the process ends: returning, an unhandled error, or a signal that ends it.</summary>
    /// <remarks>
    /// Called first thing, so that its signal handlers run last (the runtime calls the latest registration first, and
    /// stops at one that keeps the signal): they see a signal no one kept, which is about to end the process. A Ctrl+C
    /// while a reopened lab replayed, before the dashboard took its keys, left the shell's keypad sending escape
    /// sequences; the dashboard and a recording keep the signals they handle, and put the keys back as they leave.
    /// </remarks>
    public static void RestoreAtEveryExit()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Restore();
        AppDomain.CurrentDomain.UnhandledException += (_, _) => Restore();
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGQUIT, PosixSignal.SIGTERM, PosixSignal.SIGHUP })
        {
            EndingSignals.Add(PosixSignalRegistration.Create(signal, context => OnEndingSignal(context, Restore)));
        }
    }

    /// <summary>Runs <paramref name="restore"/> unless a handler kept the signal, which then does not end the process.</summary>
    internal static void OnEndingSignal(PosixSignalContext context, Action restore)
    {
        if (!context.Cancel)
        {
            restore();
        }
    }

    /// <summary>Whether .NET switched the keys: it does so only where standard input or output is a terminal, and the terminal has a keypad mode.</summary>
    /// <remarks>
    /// Written anyway, the way back was the one escape sequence a CI runner's log got from a run under <c>TERM=dumb</c>,
    /// or with both its input and its output redirected.
    /// </remarks>
    internal static bool WasSwitched(bool aTerminal, string? term) => aTerminal && term is not (null or "" or "dumb");

    /// <summary>Writes <see cref="Local"/> to the controlling terminal, if the process has one and .NET switched its keys; otherwise does nothing.</summary>
    public static void Restore()
    {
        if (OperatingSystem.IsWindows() || !WasSwitched(aTerminal: !Console.IsInputRedirected || !Console.IsOutputRedirected, Environment.GetEnvironmentVariable("TERM")))
        {
            return;
        }

        try
        {
            using var terminal = new FileStream("/dev/tty", FileMode.Open, FileAccess.Write);
            terminal.Write(System.Text.Encoding.ASCII.GetBytes(Local));
        }
        // No controlling terminal (a CI runner, a service): nothing was switched, and nothing is to be put back.
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
