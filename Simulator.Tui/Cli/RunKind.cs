using Simulator.Scenarios.Fleets;
using Simulator.Store;

namespace Simulator.Tui.Cli;

/// <summary>What a run file holds, as a person would call it, and what <c>vaultsim tui --db</c> does with it.</summary>
internal static class RunKind
{
    public static (string Kind, string Open) Of(RunMode mode, bool isComplete, string scenarioFile)
    {
        const string browse = "browse it (read-only)";
        return (mode, isComplete, scenarioFile) switch
        {
            (RunMode.Interactive, false, _) => ("a lab", "continue it"),
            (RunMode.Interactive, true, _) => ("a finished lab", browse),
            (_, _, BenchEstate.ScenarioFile) => ("a benchmark's run (vaultsim bench --db)", browse),
            _ => ("a recorded run (vaultsim run --db)", browse),
        };
    }
}
