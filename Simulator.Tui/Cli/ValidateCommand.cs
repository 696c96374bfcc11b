using System.CommandLine;
using System.Globalization;

namespace Simulator.Tui.Cli;

/// <summary><c>vaultsim validate PATH...</c>: checks scenario files without running them.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliIo io)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Scenario files, or folders of them; a path that starts with - goes after --.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Check scenario files without running them.") { paths };
        command.SetAction(parsed =>
        {
            var files = ScenarioPaths.Expand(parsed.GetValue(paths)!);
            var definitions = ScenarioLoading.LoadAll(files, io);
            if (definitions is null)
            {
                return ExitCodes.InvalidInput;
            }

            foreach (var definition in definitions)
            {
                io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"OK    {definition.Header.Name,-36} {CountText.Column(definition.DataSources.Count, "data source", 5)} {CountText.Column(definition.Steps.Count, "step", 3)} {CountText.Column(definition.Checks, "check", 3)}  {definition.File}"));
            }

            io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{definitions.Count} valid"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
