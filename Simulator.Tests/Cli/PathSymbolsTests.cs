using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary>Every argument and option that names a file refuses an empty or all-blank path, naming itself, before anything runs.</summary>
public sealed class PathSymbolsTests
{
    private const string Scenario = "a scenario file (for example scenarios/demo.yaml)";
    private const string Scenarios = "a scenario file or a folder of them (for example scenarios/)";
    private const string RunFile = "a run file (for example run.db)";

    /// <summary>Each command's path arguments and options, with the blank path marked <c>{}</c>, its name and what it wants.</summary>
    public static TheoryData<string, string, string> Paths => new()
    {
        { "run {}", "PATH", Scenarios },
        { "run {} --json report.json", "PATH", Scenarios },
        { "validate {}", "PATH", Scenarios },
        { "show {}", "SCENARIO", Scenario },
        { "render {} --at +1d", "SCENARIO", Scenario },
        { "tui {}", "SCENARIO", "a scenario file (for example scenarios/demo.yaml), or leave it out for the built-in demo" },
        { "report {} jobs", "FILE", RunFile },
        { "diff {} b.db", "A", RunFile },
        { "diff a.db {}", "B", RunFile },
        { "policy preview {}", "FILE", "a policy JSON file or a scenario file (for example samples/policies/standard-daily.json)" },
        { "run SCENARIO --db {}", "--db", RunFile },
        { "run SCENARIO --junit {}", "--junit", "the report's file (for example report.xml)" },
        { "run SCENARIO --json {}", "--json", "the report's file (for example report.json)" },
        { "bench --vms 10 --days 1 --db {}", "--db", RunFile },
        { "tui --db {}", "--db", RunFile },
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public void Should_SayThePathIsEmptyNamingTheArgument_When_APathIsEmpty(string command, string name, string wanted)
    {
        // Given, as from a shell variable that was never set
        var args = Args(command, string.Empty);

        // When
        var outcome = CliRun.Of(args);

        // Then
        outcome.ExitCode.ShouldBe(2);
        outcome.Error.ShouldBe($"vaultsim: {name}: the path is empty; name {wanted}.\nRun 'vaultsim {Words(command)} --help' for usage.\n");
        outcome.Out.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Should_SayThePathIsOnlyBlanks_When_APathIsAllBlanks(string command, string name, string wanted)
    {
        // Given
        var args = Args(command, "  ");

        // When
        var outcome = CliRun.Of(args);

        // Then
        outcome.ExitCode.ShouldBe(2);
        outcome.Error.ShouldBe($"vaultsim: {name}: the path '  ' is only blanks; name {wanted}.\nRun 'vaultsim {Words(command)} --help' for usage.\n");
        outcome.Out.ShouldBeEmpty();
    }

    [Fact]
    public void Should_SayItOnce_When_SeveralPathsOfOneArgumentAreEmpty()
    {
        // When
        var outcome = CliRun.Of("validate", "", StoreScenarios.Fleet, " ");

        // Then
        outcome.ExitCode.ShouldBe(2);
        outcome.Error.ShouldBe($"vaultsim: PATH: the path is empty; name {Scenarios}.\nRun 'vaultsim validate --help' for usage.\n");
    }

    [Theory]
    [InlineData("run SCENARIO --json {}", "--json", "the report's file (for example report.json), or /dev/stdout to write it there")]
    [InlineData("run SCENARIO --junit {}", "--junit", "the report's file (for example report.xml), or /dev/stdout to write it there")]
    [InlineData("run SCENARIO --db {}", "--db", RunFile)]
    [InlineData("bench --vms 10 --days 1 --db {}", "--db", RunFile)]
    [InlineData("tui --db {}", "--db", RunFile)]
    public void Should_RefuseADash_When_AnOptionThatNamesAFileIsGivenOneForStandardOutput(string command, string name, string wanted)
    {
        // Given '-', which many tools read as standard output
        var args = Args(command, "-");

        // When
        var outcome = CliRun.Of(args);

        // Then it is refused, rather than writing a file named '-' where the person looked for the report on screen
        outcome.ExitCode.ShouldBe(2);
        outcome.Error.ShouldBe($"vaultsim: {name} -: '-' would name a file called '-' here, not standard input or output; name {wanted}.\nRun 'vaultsim {Words(command)} --help' for usage.\n");
        outcome.Out.ShouldBeEmpty();
    }

    private static string[] Args(string command, string blank) =>
        [.. command.Split(' ').Select(word => word switch { "{}" => blank, "SCENARIO" => StoreScenarios.Fleet, _ => word })];

    private static string Words(string command) =>
        string.Join(' ', command.Split(' ').TakeWhile(word => word.All(char.IsAsciiLetterLower)));
}
