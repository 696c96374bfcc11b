using System.CommandLine;
using System.Globalization;
using Simulator.Core;
using Simulator.Scenarios.Model;

namespace Simulator.Tui.Cli;

/// <summary><c>vaultsim validate PATH...</c>: checks scenario files without running them.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliIo io)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Scenario files, or folders of them; a path that starts with - goes after --.", Arity = ArgumentArity.OneOrMore }.RefusingBlank("a scenario file or a folder of them (for example scenarios/)");
        // The seed decides a fleet's names, so a step that names a drawn VM holds under one seed and not another:
        // validate checks a file as run, show, render and tui would read it with the same --seed.
        var seed = SeedOption.Create("Override every scenario's seed, as run --seed does (its fleets are drawn from it).");
        var command = new Command("validate", "Check scenario files without running them.") { paths, seed };
        command.SetAction(parsed =>
        {
            // Each file is checked on its own, as run does, so one with mistakes doesn't hide how the others fare; each is
            // told in the order given. A path that names no scenario file is told first, and counts as invalid.
            var (files, problems) = ScenarioPaths.ExpandEach(parsed.GetValue(paths)!);
            foreach (var problem in problems)
            {
                io.Error.WriteLine($"vaultsim: {problem}");
            }

            var loads = ScenarioLoading.LoadEach(files, parsed.GetValue(seed));
            ScenarioLoading.WarnSharedNames(io, loads.Select(l => l.Definition).OfType<ScenarioDefinition>());
            foreach (var load in loads)
            {
                if (load.Definition is { } definition)
                {
                    io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"OK    {definition.Header.Name,-36} {CountText.Column(definition.DataSources.Count, "data source", 5)} {CountText.Column(definition.Steps.Count, "step", 3)} {CountText.Column(definition.Checks, "check", 3)}  {definition.File}"));
                }
                else
                {
                    ScenarioLoading.Write(io, load.Invalid!);
                }
            }

            var invalid = loads.Count(l => l.Invalid is not null) + problems.Count;
            io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{loads.Count + problems.Count - invalid} valid{(invalid == 0 ? string.Empty : $", {invalid} invalid")}"));
            return invalid == 0 ? ExitCodes.Ok : ExitCodes.InvalidInput;
        });
        return command;
    }
}
