using NodaTime;
using Simulator.Core.Journal;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Parsing;
using Simulator.Scenarios.Running;

namespace Simulator.Store.Reading;

/// <summary>What the dashboard needs to continue a recorded lab, or to browse a finished run.</summary>
/// <remarks>
/// To continue: a new <see cref="ScenarioSession"/> on <see cref="Scenario"/> (with
/// <see cref="Recording.RunRecorder.Continue"/>'s <c>Record</c> as its journal),
/// <c>Replay(Actions)</c>, then <c>RunUntil(Reached)</c>: the world is then the one that was left.
/// </remarks>
/// <param name="ScenarioFile">The scenario's file name as it was recorded (for messages; the text is what replays).</param>
/// <param name="ScenarioText">The scenario exactly as it ran.</param>
/// <param name="Seed">The seed the run used.</param>
/// <param name="Actions">The actions people took, in order.</param>
/// <param name="Reached">The virtual time the run had reached when it was last written.</param>
/// <param name="IsFinished">True when the run completed: browse it read-only, don't continue it.</param>
/// <param name="Mode">Headless or interactive.</param>
/// <param name="Speed">The playback speed last chosen in the lab's dashboard, in virtual seconds per second; null where none was (the dashboard's own then).</param>
/// <param name="Events">How many events the file holds, which its replay must give again by <paramref name="Reached"/> (<see cref="ReplayCheck"/>).</param>
/// <param name="LastEvent">The last of them, or null where no block ends with it (a file begun by version 1 may keep all its events as rows of text).</param>
public sealed record ReopenedRun(string ScenarioFile, string ScenarioText, long Seed, IReadOnlyList<PerformedAction> Actions, Instant Reached, bool IsFinished, RunMode Mode, double? Speed, long Events, DomainEvent? LastEvent)
{
    /// <summary>The policy files the scenario imported, as the file keeps them; null for a run begun by a vaultsim that did not keep them (before schema 7).</summary>
    public IReadOnlyList<PolicyFileText>? PolicyFiles { get; init; }

    /// <summary>True when the policy files the scenario imports are read again from beside it, as the file does not keep them.</summary>
    public bool ReadsPolicyFilesFromBeside => PolicyFiles is null;

    /// <summary>The scenario as it ran: its text read again with the run's seed, which draws the fleets the run had
    /// (a run recorded with <c>--seed</c> had its own), with the policy files the file keeps, or, for a file that keeps
    /// none, looked for beside the file it was read from.</summary>
    /// <exception cref="Scenarios.ScenarioLoadException">The stored text no longer loads (edited, or a policy file beside it changed).</exception>
    public ScenarioDefinition Scenario() => PolicyFiles is { } kept
        ? ScenarioParser.Parse(ScenarioText, ScenarioFile, kept, Seed)
        : ScenarioParser.Parse(ScenarioText, ScenarioFile, ScenarioParser.FolderOf(ScenarioFile), Seed);
}
