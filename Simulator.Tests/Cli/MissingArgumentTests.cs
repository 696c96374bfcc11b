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

    [Fact]
    public void Should_SayARequiredOptionIsMissing_When_RenderIsNotGivenItsTime()
    {
        // When
        var run = CliRun.Of("render", "demo.yaml");

        // Then in the words the other missing options and arguments are told in, not the parser's "Option '--at' is required."
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe("vaultsim: --at is missing: this command needs it; write --at and its value.\nRun 'vaultsim render --help' for usage.\n");
    }

    [Theory]
    [InlineData("run scenarios/dst-shift.yaml --until", "--until", "run")]
    [InlineData("report run.db jobs --status", "--status", "report")]
    [InlineData("bench --vms", "--vms", "bench")]
    public void Should_SayAnOptionLacksItsValue_When_ItEndsTheLine(string commandLine, string option, string command)
    {
        // When
        var run = CliRun.Of(commandLine.Split(' '));

        // Then in words, where the parser said "Required argument missing for option" of what a person calls a value
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"vaultsim: {option} is given without its value: write the value after {option}.\nRun 'vaultsim {command} --help' for usage.\n");
    }
}
