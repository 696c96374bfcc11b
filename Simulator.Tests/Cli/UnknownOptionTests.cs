using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary>A mistyped option is told once, with the option meant, by every command, rather than as the parser's
/// "Unrecognized command or argument" of it and of its value.</summary>
public sealed class UnknownOptionTests
{
    private static readonly string Scenario = Path.Combine(RepositoryFiles.Scenarios, "demo.yaml");

    [Theory]
    [InlineData("show SCENARIO --unitl +1d", "show", "--unitl", "--until")]
    [InlineData("run SCENARIO --unitl +1d", "run", "--unitl", "--until")]
    [InlineData("render SCENARIO --at +1d --widht 80", "render", "--widht", "--width")]
    [InlineData("tui SCENARIO --seeed 3", "tui", "--seeed", "--seed")]
    [InlineData("report run.db jobs --stauts Failed", "report", "--stauts", "--status")]
    [InlineData("policy preview SCENARIO --cuont 3", "policy preview", "--cuont", "--count")]
    [InlineData("bench --vsm 10", "bench", "--vsm", "--vms")]
    public void Should_SayTheOptionMeantOnce_When_ACommandWhoseArgumentsAreGivenHasAMistypedOption(string commandLine, string command, string typed, string meant)
    {
        // When
        var run = CliRun.Line(commandLine, Scenario);

        // Then one line of the option, none of its value, and the way to the help
        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        var hint = command == "bench" ? string.Empty : " (a path that starts with '-' goes after --)";
        run.Error.ShouldBe($"vaultsim: {typed}: 'vaultsim {command}' has no such option{hint}. Did you mean '{meant}'?\nRun 'vaultsim {command} --help' for usage.\n");
    }

    [Theory]
    [InlineData("bench --json", "bench", "--json", "json")]
    [InlineData("policy preview SCENARIO --json", "policy preview", "--json", "json")]
    [InlineData("report run.db jobs --csv", "report", "--csv", "csv")]
    public void Should_SayTheOutputFormatMeant_When_AFormatIsGivenAsAnOptionOfACommandWithOutput(string commandLine, string command, string typed, string format)
    {
        // When
        var run = CliRun.Line(commandLine, Scenario);

        // Then the way to that format, as 'run --json FILE' taught the word
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith($"vaultsim: {typed}: 'vaultsim {command}' has no such option");
        run.Error.ShouldContain($". Did you mean '--output {format}'?\n");
    }

    [Fact]
    public void Should_NotSuggestOutput_When_TheCommandHasNoOutputOption()
    {
        // When
        var run = CliRun.Of("show", Scenario, "--csv");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldNotContain("--output");
    }

    [Fact]
    public void Should_NotCallTheScenarioUnrecognized_When_AnUnknownOptionComesBeforeIt()
    {
        // Given an unknown option in the scenario's place, which left the scenario as the parser's "Unrecognized command or argument"

        // When
        var run = CliRun.Of("show", "--nope", Scenario);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe("vaultsim: --nope: 'vaultsim show' has no such option (a path that starts with '-' goes after --).\nRun 'vaultsim show --help' for usage.\n");
    }

    [Fact]
    public void Should_SayTheOptionMeantWithoutAPathHint_When_TheRootIsGivenAMistypedOption()
    {
        // When
        var run = CliRun.Of("--verison");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe("vaultsim: --verison: 'vaultsim' has no such option. Did you mean '--version'?\nRun 'vaultsim --help' for usage.\n");
    }

    [Fact]
    public void Should_SayTheVersionIsPrintedAlone_InOurWords_When_VersionIsGivenWithACommand()
    {
        // When
        var run = CliRun.Of("--version", "run");

        // Then not the parser's "--version option cannot be combined with other arguments."
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith("vaultsim: --version prints the version alone; give it with nothing else (vaultsim --version).\n");
    }

    [Theory]
    [InlineData("bench --vms 1 --vms 2", "bench", "--vms", 2)]
    [InlineData("run SCENARIO --seed 1 --seed 2 --seed 3", "run", "--seed", 3)]
    [InlineData("report run.db jobs --item a --item b", "report", "--item", 2)]
    [InlineData("bench -o json -o table", "bench", "-o", 2)]
    public void Should_SayTheOptionIsGivenMoreThanOnce_When_ItIsRepeated(string commandLine, string command, string option, int times)
    {
        // When
        var run = CliRun.Line(commandLine, Scenario);

        // Then one line saying so, not the option called unknown and meant as itself
        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe($"vaultsim: {option} is given {times} times; it takes one value, so give it once.\nRun 'vaultsim {command} --help' for usage.\n");
    }

    [Theory]
    [InlineData("run SCENARIO --quiet --quiet", "run", "--quiet", 2)]
    [InlineData("run SCENARIO -q --quiet", "run", "--quiet", 2)]
    [InlineData("render SCENARIO --at +1d --timeline --timeline --timeline", "render", "--timeline", 3)]
    [InlineData("bench --vms 10 --days 1 --dashboard --dashboard", "bench", "--dashboard", 2)]
    public void Should_SayTheFlagIsGivenMoreThanOnce_When_ItIsRepeated(string commandLine, string command, string flag, int times)
    {
        var run = CliRun.Line(commandLine, Scenario);

        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe($"vaultsim: {flag} is given {times} times; it takes no value, so give it once.\nRun 'vaultsim {command} --help' for usage.\n");
    }

    [Fact]
    public void Should_ReadTheWordAfterAFlagAsAPath_When_ItIsTrueOrFalse()
    {
        // Given a scenario saved as 'true' in the current folder's place: the flag took it for its value
        using var folder = new TempFolder();
        var named = Path.Combine(folder.Path, "true");
        File.Copy(Scenario, named);

        // When
        var quiet = CliRun.Of("run", "-q", named);
        var valued = CliRun.Of("run", Scenario, "--quiet", "false");

        // Then the file runs, and 'false' is a path, which names nothing
        quiet.ExitCode.ShouldBe(0, quiet.Error);
        quiet.Out.ShouldBe("1 passed, 0 failed\n");
        valued.ExitCode.ShouldBe(2);
        valued.Error.ShouldBe("vaultsim: false: no such file or folder.\n");
    }

    [Theory]
    [InlineData("--seed 1 run SCENARIO", "--seed", "vaultsim run")]
    [InlineData("policy --output json preview samples/policies/standard-daily.json", "--output", "vaultsim policy preview")]
    [InlineData("--seed=1 run SCENARIO", "--seed", "vaultsim run")]
    [InlineData("--seed 1 --seed 2 run SCENARIO", "--seed", "vaultsim run")]
    public void Should_SayTheOptionGoesAfterTheCommand_When_ItIsTypedBeforeItsName(string commandLine, string option, string command)
    {
        var run = CliRun.Line(commandLine, Scenario);

        // Then not called an option the command lacks, with "Did you mean" naming the very option
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"vaultsim: {option}: an option of '{command}' goes after its name, as in '{command} {commandLine.Split(' ').First(word => word.StartsWith(option, StringComparison.Ordinal))} ...'.\nRun '{command} --help' for usage.\n");
    }

    [Theory]
    [InlineData("foo run SCENARIO")]
    [InlineData("foo bench --vms 10 --days 1")]
    public void Should_SayTheWordIsNoCommand_When_ItComesBeforeTheCommandsName(string commandLine)
    {
        var run = CliRun.Line(commandLine, Scenario);

        // Then not one word too many of the command after it, and the help named is vaultsim's, which lists its commands
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe("vaultsim: 'foo' is not a command of 'vaultsim'; allowed is run, validate, show, policy, tui, render, report, diff or bench.\nRun 'vaultsim --help' for usage.\n");
    }

    [Theory]
    [InlineData(" 7", "7")]
    [InlineData("7 ", "7")]
    public void Should_RefuseTheSeed_When_ItHasBlankSpaceAroundIt(string seed, string trimmed)
    {
        var run = CliRun.Of("validate", Scenario, "--seed", seed);

        // Then as a scenario's seed, and every other number option, is refused
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith($"vaultsim: --seed: '{seed}' has blank space around it; write {trimmed} alone.\n");
    }

    [Theory]
    [InlineData("preview policy SCENARIO", "preview", "vaultsim policy", "policy")]
    [InlineData("-- run SCENARIO", "run", "vaultsim", "")]
    public void Should_SayWhereTheCommandsNameGoes_When_ItIsTypedOutOfPlace(string commandLine, string word, string path, string helpOf)
    {
        var run = CliRun.Line(commandLine, Scenario);

        // Then not called no command, with "Did you mean" naming the very word
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"vaultsim: '{word}' names a command of '{path}' but is not where its name goes: write '{path} {word} ...', the name right after '{path}' and no '--' before it.\nRun 'vaultsim {(helpOf.Length == 0 ? string.Empty : helpOf + " ")}--help' for usage.\n");
    }

    [Theory]
    [InlineData("RUN SCENARIO", "RUN", "vaultsim", "run", "")]
    [InlineData("Run SCENARIO", "Run", "vaultsim", "run", "")]
    [InlineData("policy Preview SCENARIO", "Preview", "vaultsim policy", "preview", "policy")]
    public void Should_SayCommandNamesAreLowerCase_When_OneIsTypedInAnotherCase(string commandLine, string word, string path, string named, string helpOf)
    {
        var run = CliRun.Line(commandLine, Scenario);

        // Then not told it is out of its place, where it is typed in its place
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"vaultsim: '{word}' is not a command of '{path}': command names are lower case, write '{path} {named} ...'.\nRun 'vaultsim {(helpOf.Length == 0 ? string.Empty : helpOf + " ")}--help' for usage.\n");
    }

    [Theory]
    [InlineData("run --quiet=true SCENARIO", "run", "--quiet")]
    [InlineData("run -q=false SCENARIO", "run", "--quiet")]
    [InlineData("run --quiet:true SCENARIO", "run", "--quiet")]
    [InlineData("render SCENARIO --at +1d --timeline=false", "render", "--timeline")]
    public void Should_SayTheFlagTakesNoValue_When_ItIsWrittenWithOne(string commandLine, string command, string flag)
    {
        var run = CliRun.Line(commandLine, Scenario);

        // Then not its value read as a scenario file, or as one word too many
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"vaultsim: {flag} takes no value; name it alone to turn it on.\nRun 'vaultsim {command} --help' for usage.\n");
    }
}
