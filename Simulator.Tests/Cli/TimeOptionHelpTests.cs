using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary>Every option that reads a time says in its help that it takes a date too, as each of them does (README: "A date
/// is its 00:00").</summary>
public sealed class TimeOptionHelpTests
{
    [Theory]
    [InlineData("run", "--until <until>")]
    [InlineData("show", "--until <until>")]
    [InlineData("render", "--at <at> (REQUIRED)")]
    [InlineData("report", "--from <from>")]
    [InlineData("report", "--to <to>")]
    [InlineData("policy preview", "--from <from>")]
    public void Should_SayADateIsTaken_When_HelpIsAskedOfAnOptionThatReadsATime(string command, string option)
    {
        // When
        var run = CliRun.Of([.. command.Split(' '), "--help"]);

        // Then
        run.ExitCode.ShouldBe(0);
        run.Out.Split('\n').Single(l => l.TrimStart().StartsWith(option, StringComparison.Ordinal)).ShouldContain("a date");
    }
}
