using System.CommandLine;
using Simulator.Core;
using Simulator.Core.Journal;
using Simulator.Scenarios;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Reporting;
using Simulator.Scenarios.Running;

namespace Simulator.Tui.Cli;

/// <summary><c>vaultsim show SCENARIO</c>: the journal of a replay as a compact timeline, one line per event.</summary>
internal static class ShowCommand
{
    public static Command Create(CliIo io)
    {
        var path = new Argument<string>("SCENARIO") { Description = "A scenario file." }.RefusingBlank("a scenario file (for example scenarios/demo.yaml)");
        var seed = SeedOption.Create("Override the scenario's seed.");
        var until = new Option<string?>("--until") { Description = "Stop early: an ISO 8601 time, a date or local time in the scenario's zone, or +offset from the start (like +3d)." };
        var command = new Command("show", "Print the journal of a replay: time, vault/item, job, what happened (a phase, a point, a state), state.") { path, seed, until };
        command.SetAction(parsed =>
        {
            var definitions = ScenarioLoading.LoadAll([ScenarioPaths.One(parsed.GetValue(path)!, "show")], io, parsed.GetValue(seed));
            if (definitions is null)
            {
                return ExitCodes.InvalidInput;
            }

            var definition = definitions[0];
            var stop = parsed.GetValue(until) is { } text ? CliTime.Parse(text, "--until", definition.Header) : (NodaTime.Instant?)null;
            return PrintTimeline(io, definition, stop);
        });
        return command;
    }

    /// <summary>Replays a scenario and prints its timeline and outcome; the headless face of the demo too.</summary>
    internal static int PrintTimeline(CliIo io, ScenarioDefinition definition, NodaTime.Instant? until)
    {
        // A description written as a block runs over several lines; each stays a comment line of the header.
        var description = definition.Header.Description.TrimEnd().ReplaceLineEndings("\n").Split('\n');
        // Without a description the name stands alone, rather than ending its line in ": ".
        io.Out.WriteLine(description[0].Length == 0 ? $"# {definition.Header.Name}" : $"# {definition.Header.Name}: {description[0]}");
        foreach (var line in description.Skip(1))
        {
            io.Out.WriteLine($"#   {line}".TrimEnd());
        }

        // The columns fit the longest names the run can have (a vault/item, and a policy's in the what column).
        var columns = definition.FittedJournalColumns();
        io.Out.WriteLine(JournalFormatter.Heading(columns));
        ScenarioResult result;
        try
        {
            result = ScenarioRunner.Run(definition, until, e => io.Out.WriteLine(JournalFormatter.Format(e, columns)));
        }
        catch (ScenarioLoadException e)
        {
            // A world the core refuses to build as written, which a check of the file did not foresee: the journal
            // printed so far shows how far it got.
            ScenarioLoading.Invalid(io, definition.File, e);
            return ExitCodes.InvalidInput;
        }

        foreach (var late in result.LateSteps)
        {
            io.Out.WriteLine($"# note: {late.Note(result.DisplayZone)}");
        }

        var failures = result.Failures.ToList();
        // A file shown under --seed is told to run under it too: under its own seed it draws other fleets and delays.
        // Stopped early, the details are of the checks made by then: the run pointed to stops there too.
        var details = ReplayCommand.Of(
            definition.File,
            definition.Header.IsReseeded ? result.Seed : null,
            result.StoppedEarly ? JournalFormatter.FormatTime(result.StoppedAt) : null);
        // Under --until the count is only of the checks made by then; said as run says it, so "0 checks passed" is not read as a file without any.
        var stopped = result.StoppedEarly ? $" {StoppedRun.Note(result)}" : string.Empty;
        io.Out.WriteLine(failures.Count == 0
            ? $"# {CountText.Of(result.Outcomes.Count, "check")} passed{stopped}"
            : $"# {failures.Count} of {CountText.Of(result.Outcomes.Count, "check")} failed{stopped}; run '{details}' for details");
        return failures.Count == 0 ? ExitCodes.Ok : ExitCodes.ExpectationFailed;
    }
}
