using NodaTime;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Running;

namespace Simulator.Store.Recording;

/// <summary>Replays a scenario headless, as <see cref="ScenarioRunner"/> does, and records the run into a file.</summary>
public static class RecordedRun
{
    /// <param name="path">The run file to create.</param>
    /// <param name="definition">The scenario, read with the seed it runs with, which is recorded.</param>
    /// <param name="scenarioText">The scenario's text, stored so the run can be replayed from the file alone.</param>
    /// <param name="until">Stops early; the recording is still complete, up to this time.</param>
    /// <param name="cancel">Stops the run between two virtual days; the file then holds the run up to there, incomplete.</param>
    /// <exception cref="RunStoreException">The file can't be recorded into.</exception>
    /// <exception cref="Scenarios.ScenarioLoadException">The world can't be built; no file is left behind.</exception>
    /// <exception cref="RunInterruptedException"><paramref name="cancel"/> stopped the run; the file was closed cleanly first.</exception>
    public static ScenarioResult Run(string path, ScenarioDefinition definition, string scenarioText, Instant? until = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var recorder = RunRecorder.Create(path, RunHeader.For(definition, scenarioText, RunMode.Headless));
        ScenarioSession session;
        try
        {
            session = new ScenarioSession(definition, entries: recorder.Record);
        }
        catch
        {
            recorder.Discard();
            throw;
        }

        using (recorder)
        {
            recorder.RecordWorld(session.Simulation);
            ScenarioResult result;
            try
            {
                result = ScenarioRunner.Run(session, until, cancel);
            }
            catch (OperationCanceledException)
            {
                // Written as a lab is when it is left: the items and the time reached, the run still open.
                recorder.Suspend(session.Simulation);
                throw new RunInterruptedException(path, session.Simulation.Now);
            }

            recorder.Complete(session);
            return result;
        }
    }
}
