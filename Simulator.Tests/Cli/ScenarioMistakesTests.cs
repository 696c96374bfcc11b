using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary>A scenario's mistakes read the same whichever command found them: one line each, at its place, as validate tells them.</summary>
public sealed class ScenarioMistakesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("validate")]
    [InlineData("show")]
    [InlineData("policy preview")]
    [InlineData("render")]
    public void Should_TellEachMistakeOnItsOwnLineWithoutAPrefix_When_AScenarioHasTwo(string command)
    {
        // Given a scenario with two mistakes, which policy preview told with "vaultsim: " before the first alone
        var scenario = _folder.File("bad.yaml");
        File.WriteAllText(scenario, "name: bad\nstart: nope\nduration: x\n");
        string[] words = command switch
        {
            "policy preview" => ["policy", "preview", scenario],
            "render" => ["render", scenario, "--at", "+1d"],
            _ => [command, scenario],
        };

        // When
        var run = CliRun.Of(words);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe(
            $"{scenario}:2:8: start: 'nope' is not a time; write ISO 8601 like 2026-01-15T09:30:00+01:00, a time in UTC like 2026-01-15T09:00, or a date like 2026-01-15 (00:00 there).\n" +
            $"{scenario}:3:11: duration: 'x' is not a duration; write it like 3d, 2h30m or 90s.\n");
    }
}
