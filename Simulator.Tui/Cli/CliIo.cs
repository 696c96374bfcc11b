namespace Simulator.Tui.Cli;

/// <summary>Where a command writes, and whether a person is at a terminal.</summary>
/// <remarks>Commands never touch <see cref="Console"/> directly, so tests run them against string writers.</remarks>
public sealed record CliIo(TextWriter Out, TextWriter Error, bool IsInteractive)
{
    public static CliIo System => new(Console.Out, Console.Error, !Console.IsInputRedirected && !Console.IsOutputRedirected);
}
