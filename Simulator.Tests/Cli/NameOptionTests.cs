using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary>An option that names an item or a policy, given an empty name, says so rather than looking the name up.</summary>
public sealed class NameOptionTests
{
    private static readonly string Scenario = Path.Combine(RepositoryFiles.Scenarios, "demo.yaml");

    [Theory]
    [InlineData("report run.db jobs --item", "an item (for example vm-web-01; 'vaultsim report FILE items' lists them)")]
    [InlineData("report run.db points --item", "an item (for example vm-web-01; 'vaultsim report FILE items' lists them)")]
    [InlineData("render SCENARIO --at +1d --item", "a protected item (for example vm-web-01)")]
    [InlineData("policy preview SCENARIO --policy", "a policy (for example DefaultPolicy)")]
    public void Should_SayTheOptionWasGivenNoName_When_ItIsEmpty(string commandLine, string wanted)
    {
        // Given an unset shell variable: --item "$VM"
        var words = commandLine.Split(' ').Select(w => w == "SCENARIO" ? Scenario : w).Append("").ToArray();

        // When
        var run = CliRun.Of(words);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldStartWith($"vaultsim: {commandLine.Split(' ')[^1]}: the option was given no name; name {wanted}.\n");
    }
}
