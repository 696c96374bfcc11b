using Simulator.Scenarios;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Parsing;

namespace Simulator.Tui.Cli;

/// <summary>Loads every scenario a command names, reporting every mistake before anything runs.</summary>
internal static class ScenarioLoading
{
    /// <returns>The definitions, or null when any file had mistakes (they have been written to the error stream).</returns>
    public static IReadOnlyList<ScenarioDefinition>? LoadAll(IReadOnlyList<string> files, CliIo io)
    {
        var definitions = new List<ScenarioDefinition>();
        var failed = false;
        foreach (var file in files)
        {
            try
            {
                definitions.Add(ScenarioParser.Load(file));
            }
            catch (ScenarioLoadException e)
            {
                failed = true;
                foreach (var error in e.Errors)
                {
                    io.Error.WriteLine(error.ToString());
                }
            }
        }

        return failed ? null : definitions;
    }
}
