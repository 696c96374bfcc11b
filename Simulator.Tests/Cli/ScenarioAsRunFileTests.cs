using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary>A scenario named where a run file is meant (<c>vaultsim report a.yaml jobs</c>) is said to be one, with the way to record a run of it.</summary>
public sealed class ScenarioAsRunFileTests
{
    private static readonly string Scenario = Path.Combine(RepositoryFiles.Scenarios, "demo.yaml");

    [Theory]
    [InlineData("report SCENARIO jobs")]
    [InlineData("report SCENARIO points --item vm-web-01")]
    [InlineData("diff SCENARIO SCENARIO")]
    public void Should_SayHowToRecordARunOfIt_When_AScenarioIsNamedAsARunFile(string commandLine)
    {
        // When
        var run = CliRun.Line(commandLine, Scenario);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe($"vaultsim: {Scenario}: this is a scenario file (.yaml), not a run file; record a run of it with 'vaultsim run {Scenario} --db run.db', then name run.db in its place.\n");
    }
}
