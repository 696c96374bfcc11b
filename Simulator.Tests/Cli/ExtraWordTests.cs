using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary>A word past a command's arguments is told with what the command takes, rather than as the parser's
/// "Unrecognized command or argument".</summary>
public sealed class ExtraWordTests
{
    private static readonly string Scenario = Path.Combine(RepositoryFiles.Scenarios, "demo.yaml");

    [Theory]
    [InlineData("show SCENARIO b.yaml", "b.yaml", "show", "<SCENARIO>")]
    [InlineData("tui SCENARIO b.yaml", "b.yaml", "tui", "[<SCENARIO>]")]
    [InlineData("diff a.db b.db c.db", "c.db", "diff", "<A> <B>")]
    [InlineData("report run.db jobs items", "items", "report", "<FILE> <jobs|items|points>")]
    [InlineData("policy preview SCENARIO extra", "extra", "policy preview", "<FILE>")]
    public void Should_SayWhatTheCommandTakes_When_AWordIsOneTooMany(string commandLine, string extra, string command, string takes)
    {
        // When
        var run = CliRun.Line(commandLine, Scenario);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe($"vaultsim: '{extra}' is one word too many: 'vaultsim {command}' takes {takes} and options.\nRun 'vaultsim {command} --help' for usage.\n");
    }

    [Fact]
    public void Should_SayItTakesOptionsOnly_When_BenchIsGivenAScenario()
    {
        // When
        var run = CliRun.Of("bench", Scenario);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"vaultsim: '{Scenario}' is one word too many: 'vaultsim bench' takes options only.\nRun 'vaultsim bench --help' for usage.\n");
    }
}
