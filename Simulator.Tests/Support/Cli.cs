using Simulator.Tui.Cli;

namespace Simulator.Tests.Support;

/// <summary>Runs the vaultsim command line in-process, capturing what it prints.</summary>
internal static class Cli
{
    public static CliOutcome Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = VaultsimCli.Run(args, new CliIo(output, error, IsInteractive: false));
        return new CliOutcome(exit, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }
}
