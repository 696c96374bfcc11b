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

    /// <summary>Writes <see cref="Local"/> to the controlling terminal, if the process has one; otherwise does nothing.</summary>
    public static void Restore()
    {
        if (OperatingSystem.IsWindows())
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
