using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary><c>vaultsim report</c>'s two arguments, FILE then jobs|items|points, checked before the file is opened.</summary>
public sealed class ReportArgumentTests
{
    private static readonly string Scenario = Path.Combine(RepositoryFiles.Scenarios, "demo.yaml");

    [Theory]
    [InlineData("report jobs run.db", "jobs")]
    [InlineData("report Points run.db --item vm-a", "points")]
    public void Should_SayTheOrderToType_When_TheListIsNamedBeforeTheFile(string commandLine, string list)
    {
        // When
        var run = CliRun.Line(commandLine, Scenario);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe($"vaultsim: FILE and jobs|items|points are swapped: the run file comes first, then the list; run 'vaultsim report run.db {list}'.\n");
    }
}
