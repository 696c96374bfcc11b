using Simulator.Tui.Cli;

namespace Simulator.Tests.Cli;

/// <summary>Under a CI server, <c>vaultsim</c> with no command prints the demo's timeline, as the README says, even where the server gives it a terminal.</summary>
public sealed class ContinuousIntegrationTests
{
    [Fact]
    public void Should_PrintTheDemosTimeline_When_ACiServerGivesVaultsimATerminal()
    {
        // Given a CI server that runs its steps in a terminal (Buildkite does, and Jenkins or GitLab under 'script'):
        // the dashboard was opened, and waited for keys no one would press until the job timed out
        using var output = new StringWriter();
        using var error = new StringWriter();
        var io = new CliIo(output, error, IsInteractive: true) { UnderCi = true };

        // When
        var code = VaultsimCli.Run([], io);

        // Then
        error.ToString().ShouldBeEmpty();
        code.ShouldBe(0);
        output.ToString().ShouldStartWith("# demo: ");
    }

    [Theory]
    [InlineData("CI", "true")]
    [InlineData("CI", "1")]
    [InlineData("TF_BUILD", "True")]
    [InlineData("JENKINS_URL", "https://jenkins.example/")]
    [InlineData("BUILDKITE", "true")]
    [InlineData("TEAMCITY_VERSION", "2025.07")]
    public void Should_TellACiServer_When_ItSetsItsVariable(string name, string value)
    {
        // When
        var detected = ContinuousIntegration.IsDetected(variable => variable == name ? value : null);

        // Then
        detected.ShouldBeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("false")]
    [InlineData("0")]
    public void Should_TellNoCiServer_When_CiIsUnsetOrSaysNo(string? value)
    {
        // When
        var detected = ContinuousIntegration.IsDetected(variable => variable == "CI" ? value : null);

        // Then
        detected.ShouldBeFalse();
    }
}
