using System.Diagnostics;
using NodaTime;
using Simulator.Scenarios.Reporting;
using Simulator.Scenarios.Running;

namespace Simulator.Tests.Scenarios;

/// <summary>The replay command is printed to be pasted into a shell: it must come back as the same words.</summary>
public sealed class ReplayCommandTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 5, 0, 0);

    private static ScenarioResult ResultOf(string file) => new(file, "a-scenario", 3, Start, Start + Duration.FromDays(1), Start + Duration.FromDays(1), [], 10);

    [Fact]
    public void Should_KeepAPlainPathBare_When_ItHoldsNothingAShellReads()
    {
        ReplayCommand.For(ResultOf("scenarios/vm-deleted.yaml")).ShouldBe("vaultsim run scenarios/vm-deleted.yaml --seed 3");
    }

    [Fact]
    public void Should_NameTheFileFromTheCurrentFolder_When_ItsRelativePathStartsWithADash()
    {
        // vaultsim would read '-odd.yaml' as an unknown option and refuse the replay with exit 2.
        ReplayCommand.For(ResultOf("-odd.yaml")).ShouldBe("vaultsim run ./-odd.yaml --seed 3");
    }

    [Fact]
    public void Should_ReplayUpToWhereTheRunStopped_When_ItStoppedEarly()
    {
        // Given
        var stopped = ResultOf("a.yaml") with { StoppedAt = Start + Duration.FromHours(12) };

        // Then
        ReplayCommand.For(stopped).ShouldBe("vaultsim run a.yaml --seed 3 --until 2026-01-05T12:00:00Z");
    }

    [Fact]
    public void Should_KeepUntilAsItWasGiven_When_TheCommandLineNamedIt()
    {
        var stopped = ResultOf("a.yaml") with { StoppedAt = Start + Duration.FromHours(12) };

        ReplayCommand.For(stopped, "+12h").ShouldBe("vaultsim run a.yaml --seed 3 --until +12h");
    }

    [Theory]
    [InlineData("dir with space/a.yaml")]
    [InlineData("it's.yaml")]
    [InlineData("$HOME.yaml")]
    [InlineData("`id`.yaml")]
    [InlineData("say \"hi\" it's $x!.yaml")]
    [InlineData("a;b&c|d>e<f(g)*?[h]~#.yaml")]
    [InlineData("-odd name.yaml")]
    public void Should_GiveAShellThePathBackUnchanged_When_ItHoldsCharactersAShellReads(string file)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // When
        var words = ShellWords(ReplayCommand.For(ResultOf(file)));

        // Then
        var expected = file.StartsWith('-') ? $"./{file}" : file;
        words.ShouldBe(["vaultsim", "run", expected, "--seed", "3"]);
    }

    /// <summary>The words a POSIX shell makes of a command line, one per argument.</summary>
    private static string[] ShellWords(string commandLine)
    {
        var start = new ProcessStartInfo("sh", ["-c", $"for word in {commandLine}; do printf '%s\\0' \"$word\"; done"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var shell = Process.Start(start)!;
        var output = shell.StandardOutput.ReadToEnd();
        shell.WaitForExit();
        return output.Split('\0', StringSplitOptions.RemoveEmptyEntries);
    }
}
