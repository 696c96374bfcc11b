namespace Simulator.Tui.Cli;

/// <summary>Where a command writes, and whether a person is at a terminal.</summary>
/// <remarks>Commands never touch <see cref="Console"/> directly, so tests run them against string writers.</remarks>
public sealed record CliIo(TextWriter Out, TextWriter Error, bool IsInteractive)
{
    /// <summary>The wall clock the live dashboard plays against; set by <c>Program.cs</c>, the one place that reads the system clock.</summary>
    public TimeProvider? WallClock { get; init; }

    /// <summary>Whether a CI server runs the command, terminal or not: <c>vaultsim</c> alone then prints the demo's timeline.</summary>
    public bool UnderCi { get; init; }

    /// <summary>A path that names the file standard output writes to (<c>/dev/stdout</c>), so a report named as it is told apart; null where none can be had.</summary>
    public string? StandardOutput { get; init; }

    public static CliIo System => new(Console.Out, Console.Error, !Console.IsInputRedirected && !Console.IsOutputRedirected)
    {
        UnderCi = ContinuousIntegration.IsDetected(Environment.GetEnvironmentVariable),
        StandardOutput = OperatingSystem.IsWindows() ? null : "/dev/stdout",
    };
}
