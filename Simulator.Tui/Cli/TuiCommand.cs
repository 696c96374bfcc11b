using System.CommandLine;
using Simulator.Core.Service;
using Simulator.Scenarios;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Parsing;
using Simulator.Scenarios.Running;
using Simulator.Store;
using Simulator.Store.Reading;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Live;
using Spectre.Console;

namespace Simulator.Tui.Cli;

/// <summary><c>vaultsim tui [SCENARIO]</c>: the live dashboard on a scenario, or on the built-in demo.</summary>
internal static class TuiCommand
{
    public static Command Create(CliIo io)
    {
        var path = new Argument<string?>("SCENARIO") { Description = "A scenario file; the built-in demo when left out.", Arity = ArgumentArity.ZeroOrOne }.RefusingBlank("a scenario file (for example scenarios/demo.yaml), or leave it out for the built-in demo");
        var seed = SeedOption.Create("Override the scenario's seed.");
        var db = new Option<string?>("--db") { Description = "Record the lab into this run file; without a scenario, an existing one is reopened where it stopped (read-only once finished)." }.RefusingBlank("a run file (for example run.db)");
        var command = new Command("tui", "Open the live dashboard on a scenario, or on the built-in demo: vaults, items, jobs and their phases, clock controls and actions.") { path, seed, db };
        command.SetAction(parsed =>
        {
            var file = parsed.GetValue(path);
            var overrideSeed = parsed.GetValue(seed);
            if (file is not null)
            {
                // Before --db is looked at, so that a folder or a missing file is refused alike with it and without.
                _ = ScenarioPaths.One(file, "tui");
            }

            if (parsed.GetValue(db) is { } runFile)
            {
                return OpenRecorded(io, runFile, file, overrideSeed);
            }

            ScenarioDefinition definition;
            if (file is not null)
            {
                var definitions = ScenarioLoading.LoadAll([file], io, overrideSeed);
                if (definitions is null)
                {
                    return ExitCodes.InvalidInput;
                }

                definition = definitions[0];
            }
            else
            {
                definition = BuiltInScenarios.Demo(overrideSeed);
            }

            return Open(io, () => new ScenarioSession(definition));
        });
        return command;
    }

    /// <summary>Opens a lab recorded into <paramref name="runFile"/>: a new recording, or the one the file holds.</summary>
    private static int OpenRecorded(CliIo io, string runFile, string? scenarioFile, long? seed)
    {
        ReportFile.RefuseScenarioName(runFile);
        // An empty file (as mktemp makes) is a new one, as 'run --db' takes it.
        var reopen = RunStore.HoldsRun(runFile);
        if (reopen && (scenarioFile is not null || seed is not null))
        {
            var (kind, open) = KindOfRun(runFile);
            throw new CliInputException($"--db {runFile}: the file already holds {kind}; leave out the scenario and --seed to {open}, or name a new file.");
        }

        if (!HasTerminal(io, reopen ? runFile : null))
        {
            return ExitCodes.InvalidInput;
        }

        LabRecording lab;
        RunFile? opened = null;
        ReopenedRun? reopened = null;
        try
        {
            if (reopen)
            {
                reopened = RunStore.OpenForReopen(runFile);

                // A year of a large estate takes seconds to replay, before the dashboard can draw anything.
                lab = LabRecording.Reopen(runFile, reopened, () => io.Error.WriteLine($"vaultsim tui: opening {runFile}; its run is replayed to where it stopped..."));
            }
            else
            {
                (ScenarioDefinition Definition, string Text) loaded = scenarioFile is null
                    ? (BuiltInScenarios.Demo(seed), BuiltInScenarios.DemoText)
                    : ScenarioParser.LoadWithText(scenarioFile, seed);
                var (definition, text) = loaded;
                // A file there that holds no run can only be an empty one: LabRecording.Start refuses any other.
                var existed = File.Exists(runFile);
                lab = LabRecording.Start(runFile, definition, text);
                opened = new NewRunFile(runFile, scenarioFile ?? "the built-in demo", WasEmpty: existed);
            }
        }
        catch (ScenarioLoadException e)
        {
            if (reopened is not null)
            {
                io.Error.WriteLine($"vaultsim: --db {runFile}: {WhyItDoesNotLoad(runFile, reopened, e)}");
            }

            return Refused(io, e);
        }

        using (lab)
        {
            opened ??= new ReopenedFile(runFile, lab.ReopenedKind!, lab.ReopenedSpeed);
            // A new lab has nothing to catch up on.
            Action? catchUp = reopened is { } run ? () => CatchUp(lab, runFile, run) : null;
            return Open(io, () => lab.Session, lab.IsReadOnly, catchUp, opened, lab.RecordSpeed);
        }
    }

    /// <summary>Why a reopened run's scenario, which loaded when it was recorded, no longer does: the line above its errors.</summary>
    /// <remarks>
    /// The person named only the run file, and the errors are placed in the files the texts were recorded from, by
    /// name: a person would look there, and find nothing wrong. Every error of an import is told at its 'file' key.
    /// </remarks>
    private static string WhyItDoesNotLoad(string runFile, ReopenedRun run, ScenarioLoadException e)
    {
        var inPolicyFiles = e.Errors.Any(error => error.Field.EndsWith(".file", StringComparison.Ordinal));
        if (inPolicyFiles && run.ReadsPolicyFilesFromBeside)
        {
            return $"its scenario, kept in the file, imports policy files, read again from beside it, that no longer load (below); {PutBack(runFile)}";
        }

        return inPolicyFiles
            ? $"the policy files its scenario imports, kept in the file (table 'policy_files'), no longer load: the lines below are about the kept texts, not the files beside the scenario. Was the run file edited, or recorded by a vaultsim that read them otherwise? {ListIt(runFile)}"
            : $"its scenario, kept in the file (table 'runs', column 'scenario_text'), no longer loads: the lines below are that text's, not those of the scenario file it was recorded from. Was the run file edited, or recorded by a vaultsim that read it otherwise? {ListIt(runFile)}";
    }

    /// <summary>What the run file holds, as a person would call it, and what opening it does: continue a lab, or browse a run.</summary>
    /// <exception cref="RunStoreException">The file holds no run that can be read; the store's message says why.</exception>
    private static (string Kind, string Open) KindOfRun(string runFile)
    {
        using var run = RunStore.Open(runFile);
        return RunKind.Of(run.Summary.Mode, run.Summary.IsComplete, run.Summary.ScenarioFile);
    }

    /// <summary>Opens the dashboard on the session the factory makes.</summary>
    /// <param name="catchUp">Brings the session to where the dashboard opens, once the dashboard follows its journal (a reopened lab's replay).</param>
    /// <param name="runFile">The run file the session records into or was reopened from, which the status line names first.</param>
    /// <param name="speedChosen">Told each playback speed a person chooses (a lab's recording keeps it).</param>
    public static int Open(CliIo io, Func<ScenarioSession> sessionFactory, bool isReadOnly = false, Action? catchUp = null, RunFile? runFile = null, Action<double>? speedChosen = null)
    {
        ArgumentNullException.ThrowIfNull(io);
        ArgumentNullException.ThrowIfNull(sessionFactory);
        if (!HasTerminal(io) || io.WallClock is not { } wallClock)
        {
            return ExitCodes.InvalidInput;
        }

        ScenarioSession session;
        try
        {
            session = sessionFactory();
        }
        catch (ScenarioLoadException e)
        {
            return Refused(io, e);
        }

        var world = new DashboardWorld(session, isReadOnly);
        catchUp?.Invoke();
        var console = AnsiConsole.Console;
        var driver = new DashboardDriver(world, console.Input, wallClock, runFile, DashboardLoop.MaxWallStep);
        driver.SpeedChosen += speedChosen;
        DashboardLoop.Run(console, driver, wallClock);
        return ExitCodes.Ok;
    }

    private static void CatchUp(LabRecording lab, string runFile, ReopenedRun run)
    {
        try
        {
            lab.CatchUp();
        }
        catch (OperationRefusedException e)
        {
            // The file was left as it was (see LabRecording.Dispose).
            throw new CliInputException($"--db {runFile}: its run does not replay: {e.Message} Was the file edited, or recorded by another version of vaultsim?");
        }
        catch (ReplayDiffersException e)
        {
            // Refused before the lab goes on, so the file keeps the history it holds (see LabRecording.Dispose).
            var why = run.ReadsPolicyFilesFromBeside
                ? $"Its scenario, kept in the file, reads the policy files it imports again from beside it: was one changed since it was recorded? If so, {PutBack(runFile)}"
                : $"Its scenario and the policy files it imports are kept in the file: was it edited, or recorded by another version of vaultsim? {ListIt(runFile)}";
            throw new CliInputException($"--db {runFile}: its run replays otherwise than it was recorded: {e.Message}. {why}");
        }
    }

    /// <summary>What to do about a run whose scenario's policy files, read from beside it, changed or went: the end of both refusals.</summary>
    private static string PutBack(string runFile) => $"put them back as they were to open it, or list what it holds with 'vaultsim report {runFile} jobs'.";

    /// <summary>What to do about a run whose scenario, kept in the file, no longer replays: the end of those refusals.</summary>
    private static string ListIt(string runFile) => $"List what it holds with 'vaultsim report {runFile} jobs'.";

    private static int Refused(CliIo io, ScenarioLoadException e)
    {
        ScenarioLoading.Write(io, e.Errors);
        return ExitCodes.InvalidInput;
    }

    /// <param name="recorded">A run file the dashboard was to reopen: what to read it with instead is named, as it has no scenario to give.</param>
    private static bool HasTerminal(CliIo io, string? recorded = null)
    {
        if (io.IsInteractive && io.WallClock is not null)
        {
            // Before the session is built and a lab replayed: keys typed meanwhile are dropped unseen.
            io.SilenceTypeahead();
            return true;
        }

        io.Error.WriteLine(recorded is null
            ? "vaultsim tui: the dashboard needs a terminal, and input or output is redirected. Use 'vaultsim render SCENARIO --at TIME' for a frame as text, or 'vaultsim show SCENARIO' for the timeline."
            : $"vaultsim tui: the dashboard needs a terminal, and input or output is redirected. Use 'vaultsim report {recorded} jobs' (or items, points) to read its run as text.");
        return false;
    }
}
