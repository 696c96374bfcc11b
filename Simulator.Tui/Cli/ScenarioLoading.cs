using Simulator.Scenarios;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Parsing;
using Simulator.Scenarios.Running;

namespace Simulator.Tui.Cli;

/// <summary>Loads every scenario a command names, reporting every mistake before anything runs.</summary>
internal static class ScenarioLoading
{
    /// <param name="files">The scenario files.</param>
    /// <param name="io">Where mistakes are written.</param>
    /// <param name="seed"><c>--seed</c>, which overrides each file's seed, its fleets' included.</param>
    /// <returns>The definitions, or null when any file had mistakes (they have been written to the error stream).</returns>
    public static IReadOnlyList<ScenarioDefinition>? LoadAll(IReadOnlyList<string> files, CliIo io, long? seed = null)
    {
        var (loaded, invalid) = LoadEach(files, io, seed);
        return invalid.Count > 0 ? null : loaded;
    }

    /// <summary>Loads each file on its own, so that one with mistakes keeps none of the others from running.</summary>
    /// <param name="files">The scenario files.</param>
    /// <param name="io">Where mistakes are written.</param>
    /// <param name="seed"><c>--seed</c>, which overrides each file's seed, its fleets' included.</param>
    /// <returns>The files that loaded, and those that did not with their mistakes (which have been written to the error stream).</returns>
    public static (IReadOnlyList<ScenarioDefinition> Loaded, IReadOnlyList<InvalidScenario> Invalid) LoadEach(IReadOnlyList<string> files, CliIo io, long? seed = null)
    {
        var loaded = new List<ScenarioDefinition>();
        var invalid = new List<InvalidScenario>();
        foreach (var file in files)
        {
            try
            {
                loaded.Add(ScenarioParser.Load(file, seed));
            }
            catch (ScenarioLoadException e)
            {
                invalid.Add(Invalid(io, file, e));
            }
        }

        return (loaded, invalid);
    }

    /// <summary>Writes a file's mistakes to the error stream, and returns them as the reports list them.</summary>
    public static InvalidScenario Invalid(CliIo io, string file, ScenarioLoadException e)
    {
        foreach (var error in e.Errors)
        {
            io.Error.WriteLine(error.ToString());
        }

        return new InvalidScenario(file, e.Errors);
    }
}
