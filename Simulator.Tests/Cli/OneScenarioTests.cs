using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary>The commands that play one scenario (show, render, tui) refuse a folder alike, rather than take its first file.</summary>
public sealed class OneScenarioTests : IDisposable
{
    private const string Scenario = """
        name: NAME
        start: 2026-01-01T00:00:00Z
        duration: 3d
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Commands => new() { "show", "render", "tui" };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Should_RefuseTheFolderAndNameOneOfItsFiles_When_AFolderIsGiven(string command)
    {
        // Given a folder of two scenarios, of which show printed the first alone, with exit 0
        File.WriteAllText(_folder.File("b.yaml"), Scenario.Replace("NAME", "b", StringComparison.Ordinal));
        File.WriteAllText(_folder.File("a.yaml"), Scenario.Replace("NAME", "a", StringComparison.Ordinal));

        // When
        var run = command == "render" ? CliRun.Of("render", _folder.Path, "--at", "+1d") : CliRun.Of(command, _folder.Path);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe($"vaultsim: {_folder.Path}: {command} takes one scenario file, not a folder; name one of its files (for example {_folder.File("a.yaml")}).\n");
    }

    [Fact]
    public void Should_SayTheFolderHoldsNone_When_AnEmptyFolderIsGiven()
    {
        // Given an empty folder

        // When
        var run = CliRun.Of("show", _folder.Path);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"vaultsim: {_folder.Path}: show takes one scenario file, not a folder (and this one holds none); name a scenario file (for example scenarios/demo.yaml).\n");
    }
}
