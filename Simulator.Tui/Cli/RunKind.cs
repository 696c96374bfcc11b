using Simulator.Scenarios.Fleets;
using Simulator.Store;

namespace Simulator.Tui.Cli;

/// <summary>What a run file holds, as a person would call it, and what <c>vaultsim tui --db</c> does with it.</summary>
/// <remarks>
/// Any run that did not reach its end is continued, whoever recorded it (<see cref="LabRecording.Reopen(string, Action?)"/>): a
/// recording stopped by Ctrl+C goes on from where it stopped. Only a finished one is browsed.
/// </remarks>
internal static class RunKind
{
    public static (string Kind, string Open) Of(RunMode mode, bool isComplete, string scenarioFile)
    {
        // A run not finished may be one another dashboard or run is recording right now, which reopening refuses.
        const string browse = "browse it (read-only)", resume = "continue it once no other vaultsim is recording into it";
        var recorded = scenarioFile == BenchEstate.ScenarioFile ? "a benchmark's run (vaultsim bench --db)" : "a recorded run (vaultsim run --db)";
        return (mode, isComplete) switch
        {
            (RunMode.Interactive, false) => ("a lab", resume),
            (RunMode.Interactive, true) => ("a finished lab", browse),
            (_, false) => ($"{recorded}, stopped before its end", resume),
            _ => (recorded, browse),
        };
    }
}
