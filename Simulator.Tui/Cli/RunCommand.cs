using System.CommandLine;
using System.Globalization;
using System.Runtime.ExceptionServices;
using Simulator.Core;
using Simulator.Scenarios;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Reporting;
using Simulator.Scenarios.Running;
using Simulator.Scenarios.Yaml;
using Simulator.Store.Recording;

namespace Simulator.Tui.Cli;

/// <summary><c>vaultsim run PATH...</c>: replays scenarios headless and checks their expectations.</summary>
internal static class RunCommand
{
    public static Command Create(CliIo io)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Scenario files, or folders of them; a path that starts with - goes after --.", Arity = ArgumentArity.OneOrMore }.RefusingBlank("a scenario file or a folder of them (for example scenarios/)");
        var junit = new Option<string?>("--junit") { Description = "Write a JUnit XML report to this file." }.RefusingBlank("the report's file (for example report.xml)", isText: true);
        var json = new Option<string?>("--json") { Description = "Write a JSON report to this file." }.RefusingBlank("the report's file (for example report.json)", isText: true);
        var seed = SeedOption.Create("Override every scenario's seed.");
        var until = new Option<string?>("--until") { Description = "Stop early: an ISO 8601 time, a date or local time in the scenario's zone, or +offset from the start (like +3d). Of several scenarios, one ending before it runs whole, one starting after it is skipped." };
        var quiet = Flags.Create("--quiet", "Print only failures and the summary.", "-q");
        var db = new Option<string?>("--db") { Description = "Record the run into this SQLite file, a new or empty one (one scenario)." }.RefusingBlank("a run file (for example run.db)");
        var command = new Command("run", "Replay scenarios headless and check their expectations.") { paths, junit, json, seed, until, quiet, db };
        command.SetAction(parsed => Run(io, parsed.GetValue(paths)!, parsed.GetValue(junit), parsed.GetValue(json), parsed.GetValue(seed), parsed.GetValue(until), parsed.GetValue(quiet), parsed.GetValue(db)));
        return command;
    }

    private static int Run(CliIo io, string[] paths, string? junit, string? json, long? seed, string? until, bool quiet, string? db)
    {
        // 'run --json /dev/stdout | jq' hands the pipe to the report: the console's lines, written into it first,
        // made it unreadable. They go where errors go, which a person at the terminal sees all the same.
        if (ReportFile.IsStandardOutput(junit, io) || ReportFile.IsStandardOutput(json, io))
        {
            io = io with { Out = io.Error };
        }

        ReportFile.Check(junit, "--junit", "report.xml");
        ReportFile.Check(json, "--json", "report.json");
        if (db is not null)
        {
            ReportFile.RefuseScenarioName(db);
        }

        // Every path that names nothing is told, and nothing runs: a CI job given a wrong path is told all of them at once.
        // The reports say so too, each path an error: an older report left at their paths would pass for this run's.
        var (files, problems) = ScenarioPaths.ExpandEach(paths);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                io.Error.WriteLine($"vaultsim: {problem}");
            }

            // The files found are read for what they import, so that a report never replaces a policy file one names.
            var imported = ScenarioLoading.LoadEach(files, seed).SelectMany(l => l.ImportedFiles);
            ReportFile.CheckNothingOverwritten([("--junit", junit), ("--json", json)], [.. files, .. imported], db);
            var refused = problems.Select(p => new InvalidScenario(p.Path, [ScenarioError.OfPath(p.Path, p.Why)])).ToList();
            ReportFile.WriteAll(
                (junit, "--junit", writer => JUnitReport.Write([.. refused.Select(ScenarioOutcome.Refused)], writer)),
                (json, "--json", writer => JsonReport.Write([], refused, writer)));
            return ExitCodes.InvalidInput;
        }

        RunRecording.CheckOneScenario(db, files);

        // A file with mistakes does not stop the others: CI wants its report whatever one file holds, with that file
        // in it as an error. The exit code still says the input was bad. Each file is told, on the console and in the
        // JUnit report, in the order given.
        var loads = ScenarioLoading.LoadEach(files, seed);
        var definitions = loads.Select(l => l.Definition).OfType<ScenarioDefinition>().ToList();
        ScenarioLoading.WarnSharedNames(io, definitions);
        IReadOnlyList<NodaTime.Instant?> stops;
        try
        {
            ReportFile.CheckNothingOverwritten([("--junit", junit), ("--json", json)], [.. files, .. loads.SelectMany(l => l.ImportedFiles)], db);

            // --until is placed in every scenario before any runs: a time refused for the last one would otherwise be
            // found only after the others had run, and would cost the reports.
            stops = RunUntil.Place(until, loads);
        }
        catch (CliInputException)
        {
            // Nothing runs; the files' mistakes are still told, as they were found.
            foreach (var bad in loads.Select(l => l.Invalid).OfType<InvalidScenario>())
            {
                ScenarioLoading.Write(io, bad);
            }

            throw;
        }

        var scenarios = new List<ScenarioOutcome>();

        // A console that fails (a pipe closed by 'head') still stops the command with its own exit status, but only once
        // the reports are written: left unwritten, an older report at their paths would pass for this run's.
        OutputFailedException? consoleLost = null;
        void Say(Action print)
        {
            try
            {
                if (consoleLost is null)
                {
                    print();
                }
            }
            catch (OutputFailedException e) when (junit is not null || json is not null)
            {
                consoleLost = e;
            }
        }

        // Only a recording has something to close; a plain run stopped by Ctrl+C just ends.
        using var signals = db is null ? null : new StopSignals();
        foreach (var (load, stop) in loads.Zip(stops))
        {
            if (load.Definition is not { } definition)
            {
                ScenarioLoading.Write(io, load.Invalid!);
                scenarios.Add(ScenarioOutcome.Refused(load.Invalid!));
                continue;
            }

            ScenarioResult result;
            try
            {
                result = db is null ? ScenarioRunner.Run(definition, stop) : RunRecording.Run(db, definition, seed, stop, signals!.Token);
            }
            catch (ScenarioLoadException e)
            {
                scenarios.Add(ScenarioOutcome.Refused(ScenarioLoading.Invalid(io, definition.File, e)));
                continue;
            }
            catch (RunInterruptedException e)
            {
                io.Error.WriteLine($"vaultsim: {e.Message}");
                return signals!.ExitCode;
            }

            scenarios.Add(ScenarioOutcome.Ran(result));
            Say(() => Print(io, result, quiet, until, stop));
        }

        var results = scenarios.Select(s => s.Result).OfType<ScenarioResult>().ToList();
        var invalid = scenarios.Select(s => s.Invalid).OfType<InvalidScenario>().ToList();
        var summary = string.Create(CultureInfo.InvariantCulture, $"{results.Count(r => r.PassedRunning)} passed, {results.Count(r => !r.Passed)} failed");
        var skipped = results.Count(r => r.Skipped);
        summary = skipped == 0 ? summary : string.Create(CultureInfo.InvariantCulture, $"{summary}, {skipped} skipped");
        summary = invalid.Count == 0 ? summary : string.Create(CultureInfo.InvariantCulture, $"{summary}, {invalid.Count} invalid");
        // --quiet leaves only this line: a run that --until cut short must not read as a whole one there.
        var notMade = results.Sum(r => r.NotMade.Count);
        Say(() => io.Out.WriteLine(notMade == 0 ? summary : $"{summary}; {CountText.Of(notMade, "check")} not made (--until)"));
        ReportFile.WriteAll(
            (junit, "--junit", writer => JUnitReport.Write(scenarios, writer)),
            (json, "--json", writer => JsonReport.Write(results, invalid, writer)));
        if (consoleLost is not null)
        {
            ExceptionDispatchInfo.Throw(consoleLost);
        }

        return invalid.Count > 0 ? ExitCodes.InvalidInput
            : results.All(r => r.Passed) ? ExitCodes.Ok
            : ExitCodes.ExpectationFailed;
    }

    private static void Print(CliIo io, ScenarioResult result, bool quiet, string? until, NodaTime.Instant? stop)
    {
        foreach (var late in result.LateSteps)
        {
            io.Error.WriteLine($"note: {late.Note(result.DisplayZone)}");
        }

        var failures = result.Failures.ToList();
        var note = StoppedRun.Note(result, stop);
        var stopped = note.Length == 0 ? string.Empty : $"  {note}";
        if (failures.Count == 0)
        {
            if (!quiet)
            {
                var verdict = result.Skipped ? "SKIP" : "PASS";
                io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{verdict}  {result.Name,-36} {CountText.Column(result.Outcomes.Count, "check", 3)}  {result.File}{stopped}"));
            }

            return;
        }

        io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FAIL  {result.Name,-36} {failures.Count} of {CountText.Of(result.Outcomes.Count, "check")} failed  {result.File}{stopped}"));
        foreach (var failure in failures)
        {
            io.Out.WriteLine($"      {failure.Location}  at {ScenarioTime.Told(failure.At, result.DisplayZone)}  {result.SubjectText(failure)}: {result.FailureText(failure)}");
        }

        io.Out.WriteLine($"      replay: {ReplayCommand.For(result, until)}");
    }
}
