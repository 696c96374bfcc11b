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
        var loads = LoadEach(files, seed);
        foreach (var invalid in loads.Select(l => l.Invalid).OfType<InvalidScenario>())
        {
            Write(io, invalid);
        }

        return loads.All(l => l.Invalid is null) ? [.. loads.Select(l => l.Definition!)] : null;
    }

    /// <summary>Tells each scenario named as one before it is: a CI server keys a check's history by the scenario's name.</summary>
    /// <remarks>
    /// JUnit names a suite and its test cases' class by the scenario's <c>name:</c>, not by its path (which changes from
    /// checkout to checkout), so two files of one name gave the report two suites of the same checks, one passing and one
    /// failing, and a CI server merged them. Told, not refused: the checks still run and are reported.
    /// </remarks>
    public static void WarnSharedNames(CliIo io, IEnumerable<ScenarioDefinition> definitions)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (!first.TryAdd(definition.Header.Name, definition.File))
            {
                io.Error.WriteLine($"vaultsim: {definition.File}: the scenario is named '{definition.Header.Name}', as {first[definition.Header.Name]} is; the reports name checks by their scenario's name, so give each scenario a name of its own.");
            }
        }
    }

    /// <summary>Loads each file on its own, so that one with mistakes keeps none of the others from running; writes nothing,
    /// so that the caller tells each file's fate in the order the files were given.</summary>
    /// <param name="files">The scenario files.</param>
    /// <param name="seed"><c>--seed</c>, which overrides each file's seed, its fleets' included.</param>
    /// <returns>Each file, in the order given, with its definition or its mistakes.</returns>
    public static IReadOnlyList<ScenarioLoad> LoadEach(IReadOnlyList<string> files, long? seed = null)
    {
        var loads = new List<ScenarioLoad>();
        foreach (var file in files)
        {
            // Named alone, a database or a policy is refused with the path; a database found in a folder under a
            // scenario's name is one file among the others (a folder's .json files are never read as scenarios).
            if (ScenarioPaths.NotAScenarioRefusal(file) is { } refusal)
            {
                loads.Add(new ScenarioLoad(file, null, new InvalidScenario(file, [new ScenarioError(file, 1, 1, string.Empty, refusal)])));
                continue;
            }

            try
            {
                loads.Add(new ScenarioLoad(file, ScenarioParser.Load(file, seed), null));
            }
            catch (ScenarioLoadException e)
            {
                loads.Add(new ScenarioLoad(file, null, new InvalidScenario(file, e.Errors)) { ImportedFiles = e.ImportedFiles });
            }
        }

        return loads;
    }

    /// <summary>Writes a file's mistakes to the error stream, and returns them as the reports list them.</summary>
    public static InvalidScenario Invalid(CliIo io, string file, ScenarioLoadException e)
    {
        var invalid = new InvalidScenario(file, e.Errors);
        Write(io, invalid);
        return invalid;
    }

    /// <summary>Writes a file's mistakes to the error stream, one line each.</summary>
    public static void Write(CliIo io, InvalidScenario invalid) => Write(io, invalid.Errors);

    /// <summary>Writes mistakes to the error stream, one line each, at their places: every command tells a scenario's mistakes so.</summary>
    public static void Write(CliIo io, IEnumerable<ScenarioError> errors)
    {
        foreach (var error in errors)
        {
            io.Error.WriteLine(error.ToString());
        }
    }
}
