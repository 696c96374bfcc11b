using Simulator.Scenarios;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Running;
using Simulator.Store;
using Simulator.Store.Reading;
using Simulator.Store.Recording;

namespace Simulator.Tui.Cli;

/// <summary><c>vaultsim tui --db FILE</c>: a lab recorded into a run file, continued where it stopped when reopened.</summary>
/// <remarks>
/// Reopening replays the stored scenario with its seed and the actions people took, up to the time reached: the
/// simulation is deterministic, so that rebuilds exactly the world that was left. A finished run opens read-only.
/// </remarks>
internal sealed class LabRecording : IDisposable
{
    private readonly RunRecorder? _recorder;

    // The run a reopened lab replays in CatchUp, and what the replay is held against; null once it has, and for a new lab.
    private ReopenedRun? _toReplay;
    private readonly ReplayCheck? _check;

    private LabRecording(ScenarioSession session, RunRecorder? recorder, ReopenedRun? toReplay = null, ReplayCheck? check = null)
    {
        Session = session;
        _recorder = recorder;
        _toReplay = toReplay;
        _check = check;
        ReopenedKind = toReplay is null ? null : RunKind.Of(toReplay.Mode, toReplay.IsFinished, toReplay.ScenarioFile).Kind;
        ReopenedSpeed = toReplay?.Speed;
        if (recorder is not null)
        {
            session.ActionPerformed += recorder.RecordAction;
            session.ClockLeft += recorder.RecordReached;
        }
    }

    public ScenarioSession Session { get; }

    /// <summary>What the reopened file held, as a person would call it ("a lab", "a recorded run (vaultsim run --db)"…); null for a new lab.</summary>
    public string? ReopenedKind { get; }

    /// <summary>The playback speed last chosen in the reopened lab, in virtual seconds per second; null for a new lab, or where none was.</summary>
    public double? ReopenedSpeed { get; }

    /// <summary>True when the file holds a finished run, shown for browsing only.</summary>
    public bool IsReadOnly => _recorder is null;

    /// <summary>Starts recording a new lab on a scenario into a file that does not exist yet.</summary>
    /// <exception cref="RunStoreException">The file can't be created.</exception>
    /// <param name="path">The run file.</param>
    /// <param name="definition">The scenario, read with the seed the lab runs with, which is recorded.</param>
    /// <param name="scenarioText">Its text, which reopening reads again.</param>
    public static LabRecording Start(string path, ScenarioDefinition definition, string scenarioText)
    {
        var recorder = RunRecorder.Create(path, RunHeader.For(definition, scenarioText, RunMode.Interactive));
        try
        {
            var session = new ScenarioSession(definition, entries: recorder.Record);
            recorder.RecordWorld(session.Simulation);
            return new LabRecording(session, recorder);
        }
        catch
        {
            recorder.Discard();
            throw;
        }
    }

    /// <summary>Opens a recorded lab, to be rebuilt by <see cref="CatchUp"/> at the time it reached: to continue it, or read-only when it finished.</summary>
    /// <remarks>A benchmark's run (<c>vaultsim bench --db</c>) has no scenario text; its estate is generated again from the command it stored.</remarks>
    /// <exception cref="RunStoreException">The file is not a run file, or can't be opened.</exception>
    /// <exception cref="ScenarioLoadException">The stored scenario no longer loads (edited, or a policy file beside it changed).</exception>
    /// <param name="path">The run file.</param>
    /// <param name="replaying">Told once the file is known to hold a run, before the replay, which takes seconds for a large benchmark.</param>
    public static LabRecording Reopen(string path, Action? replaying = null) => Reopen(path, RunStore.OpenForReopen(path), replaying);

    /// <summary>Opens a recorded lab that <paramref name="run"/> was read from (see <see cref="Reopen(string, Action?)"/>).</summary>
    /// <exception cref="RunStoreException">The file can't be continued (read-only, open elsewhere…).</exception>
    /// <exception cref="ScenarioLoadException">The scenario kept in the file no longer loads (edited, or a policy file beside it changed).</exception>
    public static LabRecording Reopen(string path, ReopenedRun run, Action? replaying = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        var definition = BenchRecording.Definition(path, run) ?? run.Scenario();
        var recorder = run.IsFinished ? null : RunRecorder.Continue(path);
        try
        {
            replaying?.Invoke();
            var check = new ReplayCheck(run);
            var session = new ScenarioSession(definition, check.Observe, recorder is null ? null : recorder.Record);
            return new LabRecording(session, recorder, run, check);
        }
        catch
        {
            // The core refused the stored world: the file is closed as it was found, its journal folded back in.
            recorder?.Dispose();
            throw;
        }
    }

    /// <summary>Replays a reopened lab (its scenario, seed and people's actions) to where it stopped; nothing for a new lab.</summary>
    /// <remarks>
    /// Apart from opening, so that whoever shows the session subscribes to its journal first: the dashboard's event
    /// log and narration then hold what led up to that point, as they did when the lab was closed.
    /// </remarks>
    /// <exception cref="Core.Service.OperationRefusedException">A recorded action is refused now: the file was edited, or recorded by a vaultsim that simulated differently.</exception>
    /// <exception cref="ReplayDiffersException">The replay gives other events than the file holds (a policy file its scenario imports changed).</exception>
    public void CatchUp()
    {
        if (_toReplay is not { } run)
        {
            return;
        }

        Session.Replay(run.Actions);
        Session.RunUntil(run.Reached);
        _check?.CaughtUp(run.Reached);
        if (run.IsFinished)
        {
            Session.Finish();
        }

        _toReplay = null;
    }

    /// <summary>Records the playback speed a person chose in the dashboard, which reopening the lab brings back; nothing when read-only.</summary>
    public void RecordSpeed(double secondsPerSecond) => _recorder?.RecordSpeed(Session.Simulation.Now, secondsPerSecond);

    /// <summary>Writes where the lab stands: complete when it reached its end, otherwise suspended, to be continued.</summary>
    /// <remarks>A reopened lab that was never caught up stands where it was; its file is closed as it is.</remarks>
    public void Dispose()
    {
        if (_recorder is null)
        {
            return;
        }

        if (_toReplay is not null)
        {
            _recorder.Dispose();
            return;
        }

        if (Session.IsFinished)
        {
            _recorder.Complete(Session);
        }
        else
        {
            _recorder.Suspend(Session.Simulation);
        }

        _recorder.Dispose();
    }
}
