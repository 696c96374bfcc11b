using NodaTime;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Running;

namespace Simulator.Store.Recording;

/// <summary>Replays a scenario headless, as <see cref="ScenarioRunner"/> does, and records the run into a file.</summary>
public static class RecordedRun
{
    /// <param name="path">The run file to create.</param>
    /// <param name="definition">The scenario.</param>
    /// <param name="scenarioText">The scenario's text, stored so the run can be replayed from the file alone.</param>
    /// <param name="seed">Overrides the scenario's seed.</param>
    /// <param name="until">Stops early; the recording is still complete, up to this time.</param>
    /// <exception cref="RunStoreException">The file can't be recorded into.</exception>
    /// <exception cref="Scenarios.ScenarioLoadException">The world can't be built; no file is left behind.</exception>
    public static ScenarioResult Run(string path, ScenarioDefinition definition, string scenarioText, long? seed = null, Instant? until = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var usedSeed = seed ?? definition.Header.Seed;
        var recorder = RunRecorder.Create(path, RunHeader.For(definition, scenarioText, usedSeed, RunMode.Headless));
        ScenarioSession session;
        try
        {
            session = new ScenarioSession(definition, usedSeed, recorder.Record);
        }
        catch
        {
            recorder.Discard();
            throw;
        }

        using (recorder)
        {
            recorder.RecordWorld(session.Simulation);
            var result = ScenarioRunner.Run(session, until);
            recorder.Complete(session);
            return result;
        }
    }
}
