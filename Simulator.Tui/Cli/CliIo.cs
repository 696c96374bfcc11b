using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Simulator.Tui.Cli;

/// <summary>Where a command writes, and whether a person is at a terminal.</summary>
/// <remarks>Commands never touch <see cref="Console"/> directly, so tests run them against string writers.</remarks>
public sealed record CliIo(TextWriter Out, TextWriter Error, bool IsInteractive)
{
    /// <summary>The machine's clock: what the live dashboard plays against, and policy preview's "now"; set by <c>Program.cs</c>, the one place that reads the system clock.</summary>
    public TimeProvider? WallClock { get; init; }

    /// <summary>Whether a CI server runs the command, terminal or not: <c>vaultsim</c> alone then prints the demo's timeline.</summary>
    public bool UnderCi { get; init; }

    /// <summary>A path that names the file standard output writes to (<c>/dev/stdout</c>), so a report named as it is told apart; null where none can be had.</summary>
    public string? StandardOutput { get; init; }

    /// <summary>Stops the terminal echoing what is typed, for keys typed before the dashboard's first frame, which it drops; does nothing but where <see cref="System"/> sets it.</summary>
    public Action SilenceTypeahead { get; init; } = () => { };

    public static CliIo System => new(PipedOutput() ?? Console.Out, Console.Error, !Console.IsInputRedirected && !Console.IsOutputRedirected)
    {
        SilenceTypeahead = SilenceTerminalEcho,
        UnderCi = ContinuousIntegration.IsDetected(Environment.GetEnvironmentVariable),
        StandardOutput = OperatingSystem.IsWindows() ? null : "/dev/stdout",
    };

    /// <summary>Standard output when it is a pipe: written to its descriptor itself, so that a write after its reader has gone fails.</summary>
    /// <remarks>
    /// .NET's console takes a broken pipe for success, so 'vaultsim report run.db jobs | head -1' went on writing every
    /// row into nothing, for as long as the whole report took, and exited 0. Only a pipe: a file standard output is
    /// redirected to may be shared with standard error ('&gt; log 2&gt;&amp;1'), and a stream of its own would write it at
    /// its own positions, over what standard error wrote. Null where standard output is anything else, or not open.
    /// </remarks>
    private static StreamWriter? PipedOutput()
    {
        if (OperatingSystem.IsWindows() || !Console.IsOutputRedirected)
        {
            return null;
        }

        FileStream? stream = null;
        try
        {
            stream = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
            if (stream.CanSeek)
            {
                stream.Dispose();
                return null;
            }

            return new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { AutoFlush = true };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            stream?.Dispose();
            return null;
        }
    }

    /// <remarks>
    /// Setting how Ctrl+C is read has .NET's console set the terminal up as for a ReadKey: echo off, Ctrl+C still a
    /// signal (it still stops a long replay). It stays so until the process ends, however it ends (a signal too), when
    /// .NET puts the terminal's settings back as it found them. Without it a key typed while a lab replayed was
    /// dropped by the dashboard, but the terminal had already shown it on the shell's screen.
    /// </remarks>
    private static void SilenceTerminalEcho()
    {
        if (!Console.IsInputRedirected)
        {
            Console.TreatControlCAsInput = false;
        }
    }
}
