using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary>What <c>vaultsim --help</c> tells a newcomer before any subcommand.</summary>
public sealed class RootHelpTests
{
    [Fact]
    public void Should_SayWhatVaultsimDoesWithoutACommand_When_HelpIsAsked()
    {
        // When
        var run = CliRun.Of("--help");

        // Then: the README's first row, in a terminal and piped
        run.ExitCode.ShouldBe(0);
        Words(run.Out).ShouldContain("With no command: the dashboard on the built-in demo in a terminal, or the demo's timeline when piped.");
    }

    [Fact]
    public void Should_SayTheTuiScenarioMayBeLeftOut_When_HelpIsAsked()
    {
        // When: the list of commands shows tui <SCENARIO> as if it were required
        var run = CliRun.Of("--help");

        // Then
        Words(run.Out).ShouldContain("tui <SCENARIO> Open the live dashboard on a scenario, or on the built-in demo:");
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
