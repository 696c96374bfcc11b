using System.Diagnostics;
using NodaTime;
using Simulator.Scenarios;
using Simulator.Scenarios.Parsing;
using Simulator.Scenarios.Running;
using Simulator.Tests.Support;

namespace Simulator.Tests.Scenarios;

/// <summary>Seeded mutations of the bundled files end in a clean run or a located error: never an exception or a hang.</summary>
public sealed class ScenarioFuzzTests
{
    private const int Mutations = 10_000;

    [Fact]
    public void Should_EndInACleanRunOrALocatedError_When_BundledFilesAreMutated()
    {
        // Given
        var originals = RepositoryFiles.BundledScenarios().Select(File.ReadAllText).ToList();
        var mutator = new ScenarioMutator(seed: 20261121);
        var (runs, errors) = (0, 0);

        for (var i = 0; i < Mutations; i++)
        {
            var mutant = mutator.Mutate(originals[i % originals.Count]);
            var clock = Stopwatch.StartNew();

            // When
            var outcome = Attempt(mutant);

            // Then
            clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10), $"mutation {i} took {clock.Elapsed}:\n{mutant}");
            if (outcome is ScenarioLoadException load)
            {
                errors++;
                load.Errors.ShouldNotBeEmpty();
                load.Errors.ShouldAllBe(e => e.Line >= 1 && e.Column >= 1 && e.Message.Length > 0 && e.File == "mutant.yaml", $"mutation {i}:\n{mutant}");
            }
            else
            {
                outcome.ShouldBeNull($"mutation {i} threw {outcome}:\n{mutant}");
                runs++;
            }
        }

        (runs + errors).ShouldBe(Mutations);
        runs.ShouldBeGreaterThan(Mutations / 20, "some mutations must still be runnable, or the mutator only tests the parser");
        errors.ShouldBeGreaterThan(Mutations / 4);
    }

    private static Exception? Attempt(string text)
    {
        try
        {
            var definition = ScenarioParser.Parse(text, "mutant.yaml");

            // A day is enough to exercise the world, the timeline and early checks of every mutant in reasonable time.
            var until = Instant.Min(definition.Header.End, definition.Header.Start + Duration.FromDays(1));
            ScenarioRunner.Run(definition, until: until);
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
