using Simulator.Tui.Cli;

namespace Simulator.Tests.Support;

/// <summary>Runs the vaultsim command line in-process and captures what a person would see.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = VaultsimCli.Run(args, new CliIo(output, error, IsInteractive: false));
        return new CliRun(code, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }

    /// <summary>Runs the command line and returns its output and error streams as a terminal shows them, interleaved as written.</summary>
    public static string Seen(params string[] args)
    {
        using var both = new StringWriter();
        VaultsimCli.Run(args, new CliIo(both, both, IsInteractive: false));
        return both.ToString().ReplaceLineEndings("\n");
    }

    /// <summary>Runs a command line written as one string, its words split at spaces, with SCENARIO standing for <paramref name="scenario"/>.</summary>
    public static CliRun Line(string commandLine, string scenario) =>
        Of(commandLine.Replace("SCENARIO", scenario, StringComparison.Ordinal).Split(' '));
}
