using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary>A command's missing argument is told by what it takes, rather than as the parser's "Required argument
/// ... missing", which names the argument the given word did not fill.</summary>
public sealed class MissingArgumentTests
{
    [Theory]
    [InlineData("jobs")]
    [InlineData("Points")]
    public void Should_SayTheRunFileIsMissing_When_AReportNamesOnlyTheList(string list)
    {
        // When
        var run = CliRun.Of("report", list);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe($"vaultsim: FILE is missing before '{list}': name a run file (for example run.db); 'vaultsim report' takes <FILE> <jobs|items|points>.\nRun 'vaultsim report --help' for usage.\n");
    }

    [Theory]
    [InlineData("report run.db", "jobs|items|points is missing: 'vaultsim report' takes <FILE> <jobs|items|points>.", "report")]
    [InlineData("report", "FILE and jobs|items|points are missing: 'vaultsim report' takes <FILE> <jobs|items|points>.", "report")]
    [InlineData("diff a.db", "B is missing: name a run file (for example run.db); 'vaultsim diff' takes <A> <B>.", "diff")]
    [InlineData("validate", "PATH is missing: name a scenario file or a folder of them (for example scenarios/); 'vaultsim validate' takes <PATH>...", "validate")]
    public void Should_SayWhatIsMissingOnce_When_ACommandLacksArguments(string commandLine, string expected, string command)
    {
        // When
        var run = CliRun.Of(commandLine.Split(' '));

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"vaultsim: {expected}\nRun 'vaultsim {command} --help' for usage.\n");
    }
}
