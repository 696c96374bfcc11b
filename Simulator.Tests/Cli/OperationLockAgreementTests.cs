using System.Text.Json;
using System.Text.RegularExpressions;
using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary><c>validate</c> mirrors the core's rule that an item takes one management operation at a time through a
/// probe of its own: these cases hold the two to the same answer, step by step, so that a change to either side's
/// rule shows here rather than as a file that validates and then fails its run (or the other way round).</summary>
public sealed partial class OperationLockAgreementTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("vaultsim-lock-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>What happens to a step: taken, refused for a job still running on the item, or refused for another reason.</summary>
    private enum Outcome
    {
        Taken,
        Locked,
        RefusedOtherwise,
    }

    [Fact]
    public void Should_RefuseExactlyTheStepsTheRunRefuses_When_StepsAreTimedInsideAndOutsideAnotherOperationsJob()
    {
        // Given
        var cases = OperationLockCases.All().ToList();
        var validated = Directory.CreateDirectory(Path.Combine(_folder, "validated")).FullName;
        var played = Directory.CreateDirectory(Path.Combine(_folder, "played")).FullName;
        foreach (var (name, text, playedText) in cases)
        {
            File.WriteAllText(Path.Combine(validated, $"{name}.yaml"), text);
            File.WriteAllText(Path.Combine(played, $"{name}.yaml"), playedText);
        }

        // When
        var validate = CliRun.Of("validate", validated);
        var report = Path.Combine(_folder, "report.json");
        var run = CliRun.Of("run", played, "--quiet", "--json", report);

        // Then nothing is refused; the steps written before their wait ends are noted as run late, as they are meant to
        run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldAllBe(line => line.StartsWith("note: ", StringComparison.Ordinal) && line.Contains("-written-before-after.yaml:", StringComparison.Ordinal));
        var byValidate = ValidateOutcomes(validate.Error);
        var byRun = RunOutcomes(File.ReadAllText(report));
        byRun.Values.ShouldContain(Outcome.Locked);
        byRun.Values.ShouldContain(Outcome.Taken);
        var disagreements = byRun
            .Select(step => (step.Key, Run: step.Value, Validate: byValidate.GetValueOrDefault(step.Key, Outcome.Taken)))
            .Where(s => s.Run != s.Validate)
            .Select(s => $"{s.Key}: run {s.Run}, validate {s.Validate}")
            .ToList();
        disagreements.Count.ShouldBe(0, $"validate and run disagree on {disagreements.Count} of {byRun.Count} steps:\n{string.Join("\n", disagreements.Take(20))}");
        byValidate.Keys.Except(byRun.Keys).ShouldBeEmpty("validate refused steps the run never played");
    }

    /// <summary>The steps validate refuses, by scenario and line, from the mistakes it writes (file:line:column: field: message).</summary>
    private static Dictionary<string, Outcome> ValidateOutcomes(string errors)
    {
        var outcomes = new Dictionary<string, Outcome>();
        foreach (var error in errors.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var mistake = Mistake().Match(error);
            mistake.Success.ShouldBeTrue(error);
            var locked = mistake.Groups["message"].Value.StartsWith("another operation is in progress", StringComparison.Ordinal);
            outcomes.Add(Key(mistake.Groups["file"].Value, mistake.Groups["line"].Value), locked ? Outcome.Locked : Outcome.RefusedOtherwise);
        }

        return outcomes;
    }

    /// <summary>What the run did with every step, by scenario and line, from the check each step's expected refusal makes.</summary>
    private static Dictionary<string, Outcome> RunOutcomes(string json)
    {
        var outcomes = new Dictionary<string, Outcome>();
        using var report = JsonDocument.Parse(json);
        foreach (var scenario in report.RootElement.GetProperty("scenarios").EnumerateArray())
        {
            foreach (var check in scenario.GetProperty("checks").EnumerateArray())
            {
                var location = Mistake().Match($"{check.GetProperty("location").GetString()}: step: x");
                var actual = check.GetProperty("actual").GetString()!;
                outcomes[Key(location.Groups["file"].Value, location.Groups["line"].Value)] = actual switch
                {
                    "accepted" => Outcome.Taken,
                    _ when actual.Contains("another operation is in progress", StringComparison.Ordinal) => Outcome.Locked,
                    _ => Outcome.RefusedOtherwise,
                };
            }
        }

        return outcomes;
    }

    private static string Key(string file, string line) => $"{Path.GetFileNameWithoutExtension(file)}:{line}";

    [GeneratedRegex(@"^(?<file>[^:]+):(?<line>\d+):(?<column>\d+): (?<field>[^:]*): (?<message>.*)$")]
    private static partial Regex Mistake();
}
