using NodaTime;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Parsing;
using Simulator.Scenarios.Running;
using Simulator.Store;
using Simulator.Store.Recording;

namespace Simulator.Tui.Cli;

/// <summary><c>vaultsim run SCENARIO --db FILE</c>: the replay, recorded into a run file.</summary>
internal static class RunRecording
{
    /// <summary>A run file holds one run, so <c>--db</c> takes one scenario: a folder of them would overwrite or mix runs.</summary>
    /// <exception cref="CliInputException">More than one scenario was named with <c>--db</c>.</exception>
    public static void CheckOneScenario(string? db, IReadOnlyCollection<string> files)
    {
        if (db is not null && files.Count != 1)
        {
            throw new CliInputException($"--db {db}: a run file records one run, and {files.Count} scenarios were named. Record each into its own file, for example: for f in scenarios/*.yaml; do vaultsim run \"$f\" --db \"$(basename \"$f\" .yaml).db\"; done");
        }
    }

    /// <exception cref="RunStoreException">The file can't be recorded into.</exception>
    /// <exception cref="Scenarios.ScenarioLoadException">The scenario changed on disk and no longer reads or loads.</exception>
    /// <exception cref="RunInterruptedException">A signal stopped the run; the file was closed cleanly.</exception>
    public static ScenarioResult Run(string db, ScenarioDefinition loaded, long? seed, Instant? until, CancellationToken cancel)
    {
        // The run file keeps the scenario's text so the run can be replayed from the file alone; loading it again with
        // that very text means what runs is exactly what is stored, even if the file changed since it was first read.
        var (definition, text) = ScenarioParser.LoadWithText(loaded.File, seed);
        return RecordedRun.Run(db, definition, text, until, cancel);
    }
}
