using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary><c>-</c> where a scenario is named, as many tools take it for standard input (<c>cat a.yaml | vaultsim
/// validate -</c>), is told so: "no such file or folder" left a person to wonder where the file went.</summary>
public sealed class StandardInputPathTests
{
    [Theory]
    [InlineData("run")]
    [InlineData("validate")]
    [InlineData("show")]
    public void Should_SayScenariosAreReadFromFiles_When_DashIsGivenForStandardInput(string command)
    {
        // When
        var run = CliRun.Of(command, "-");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe("vaultsim: -: a scenario is read from a file, not from standard input; save it to a file and name that (for example scenarios/demo.yaml).\n");
    }
}
