using Simulator.Tests.Dashboard;
using Simulator.Tests.Support;
using Simulator.Tui.Cli;

namespace Simulator.Tests.Cli;

/// <summary><c>vaultsim tui --db FILE</c> on a run whose scenario text, kept in the file, was edited by hand.</summary>
public sealed class ReopenedEditedScenarioTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_SayTheErrorsAreOfTheTextKeptInTheFile_When_ItNoLongerLoads()
    {
        // Given a recorded run whose kept scenario lost all but its name
        var lab = _folder.File("run.db");
        CliRun.Of("run", StoreScenarios.Fleet, "--db", lab).ExitCode.ShouldBe(0);
        SqliteFiles.Execute(lab, "UPDATE runs SET scenario_text = 'name: store-fleet'");
        using var error = new StringWriter();

        // When it is reopened in a terminal
        var code = VaultsimCli.Run(["tui", "--db", lab], new CliIo(TextWriter.Null, error, IsInteractive: true) { WallClock = new ManualWallClock() });

        // Then the errors, placed in store-fleet.yaml by name, are said to be the kept text's: the file on disk is as it was
        code.ShouldBe(2);
        var lines = error.ToString().ReplaceLineEndings("\n").Split('\n');
        lines[0].ShouldBe($"vaultsim: --db {lab}: its scenario, kept in the file (table 'runs', column 'scenario_text'), no longer loads: the lines below are that text's, not those of the scenario file it was recorded from. Was the run file edited, or recorded by a vaultsim that read it otherwise? List what it holds with 'vaultsim report {lab} jobs'.");
        lines[1].ShouldStartWith($"{StoreScenarios.Fleet}:1:1: start:");
    }
}
