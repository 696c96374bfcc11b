using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary>A word where a command was expected is told once, with the commands there are, rather than as the parser's
/// "Unrecognized command or argument" of it and of every word after it.</summary>
public sealed class UnknownCommandTests
{
    private const string RootCommands = "run, validate, show, policy, tui, render, report, diff or bench";

    [Theory]
    [InlineData("rn", "run")]
    [InlineData("reprot", "report")]
    [InlineData("valdiate", "validate")]
    public void Should_SayTheCommandMeant_When_ACommandIsMistyped(string typed, string meant)
    {
        // When
        var run = CliRun.Of(typed, "scenarios/demo.yaml");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"vaultsim: '{typed}' is not a command of 'vaultsim'; allowed is {RootCommands}. Did you mean '{meant}'?\nRun 'vaultsim --help' for usage.\n");
    }

    [Fact]
    public void Should_SayWhichCommandsTakeAScenario_When_AScenarioIsGivenWithoutOne()
    {
        // When
        var run = CliRun.Of("scenarios/demo.yaml");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith($"vaultsim: 'scenarios/demo.yaml' is not a command of 'vaultsim'; allowed is {RootCommands}. To open it in the dashboard: vaultsim tui scenarios/demo.yaml; to replay it: vaultsim run scenarios/demo.yaml.\n");
    }

    [Fact]
    public void Should_SayTheSubcommandsThereAre_When_PolicyIsGivenAMistypedOne()
    {
        // When
        var run = CliRun.Of("policy", "preveiw", "p.json");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe("vaultsim: 'preveiw' is not a command of 'vaultsim policy'; the only allowed value is preview. Did you mean 'preview'?\nRun 'vaultsim policy --help' for usage.\n");
    }

    [Fact]
    public void Should_SayACommandIsNeeded_When_PolicyIsGivenNone()
    {
        // When
        var run = CliRun.Of("policy");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe("vaultsim: 'vaultsim policy' needs a command; the only allowed value is preview.\nRun 'vaultsim policy --help' for usage.\n");
    }
}
