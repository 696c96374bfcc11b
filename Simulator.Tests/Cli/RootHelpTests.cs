using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary>What <c>vaultsim --help</c> tells a newcomer before any subcommand.</summary>
public sealed class RootHelpTests
{
    [Fact]
    public void Should_SayWhatVaultsimDoesWithoutACommand_When_HelpIsAsked()
    {
        // When
        var run = CliRun.Of("--help");

        // Then: the README's first row, in a terminal and piped
        run.ExitCode.ShouldBe(0);
        Words(run.Out).ShouldContain("With no command: the dashboard on the built-in demo in a terminal, or the demo's timeline when piped or under CI.");
    }

    [Fact]
    public void Should_ListTuiWithItsScenarioInBrackets_When_HelpIsAsked()
    {
        // When
        var run = CliRun.Of("--help");

        // Then the scenario may be left out, as 'tui --help' says
        Words(run.Out).ShouldContain("tui [<SCENARIO>] Open the live dashboard on a scenario, or on the built-in demo:");
        Words(CliRun.Of("tui", "--help").Out).ShouldContain(" tui [<SCENARIO>] [options]");
    }

    [Fact]
    public void Should_ListRunWithManyPaths_When_HelpIsAsked()
    {
        // When
        var run = CliRun.Of("--help");

        // Then
        Words(run.Out).ShouldContain("run <PATH>... Replay scenarios headless");
        Words(run.Out).ShouldContain("validate <PATH>... Check scenario files");
    }

    [Fact]
    public void Should_NameReportsListAlikeEverywhere_When_HelpIsAsked()
    {
        // When
        var root = Words(CliRun.Of("--help").Out);
        var report = Words(CliRun.Of("report", "--help").Out);

        // Then the list of commands, the usage line and the arguments all say what the second argument takes
        root.ShouldContain("report <FILE> <jobs|items|points> List the jobs");
        report.ShouldContain(" report <FILE> <jobs|items|points> [options]");
        report.ShouldContain("<jobs|items|points> The list to make: jobs, items or points.");
        report.ShouldNotContain("WHAT");
    }

    [Fact]
    public void Should_KeepTheColumnsAligned_When_ALabelIsPutRight()
    {
        // When
        var lines = CliRun.Of("--help").Out.Split('\n');

        // Then every command's description starts in one column
        var commands = lines.SkipWhile(l => l != "Commands:").Skip(1).Where(l => l.StartsWith("  ", StringComparison.Ordinal) && !l.StartsWith("   ", StringComparison.Ordinal)).ToList();
        commands.Count.ShouldBe(9);
        commands.Select(l => l.IndexOf("  ", 2, StringComparison.Ordinal) + l[l.IndexOf("  ", 2, StringComparison.Ordinal)..].TakeWhile(c => c == ' ').Count()).Distinct().Count().ShouldBe(1);
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
