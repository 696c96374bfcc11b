using Simulator.Tests.Dashboard;
using Simulator.Tests.Support;
using Simulator.Tui.Cli;

namespace Simulator.Tests.Cli;

/// <summary>Keys typed while the dashboard opens (a reopened lab replays for seconds) are dropped, and the terminal does not show them either.</summary>
public sealed class TypeaheadEchoTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_StopTheTerminalEchoingKeys_When_ALabIsReopenedBeforeItsReplay()
    {
        // Given a recorded run whose kept scenario was edited to another fleet, so that its replay starts, then fails
        var lab = _folder.File("run.db");
        CliRun.Of("run", StoreScenarios.Fleet, "--db", lab).ExitCode.ShouldBe(0);
        SqliteFiles.Execute(lab, "UPDATE runs SET scenario_text = replace(scenario_text, 'count: 12', 'count: 11')");
        using var error = new StringWriter();
        var writtenWhenSilenced = new List<string>();
        var io = new CliIo(TextWriter.Null, error, IsInteractive: true)
        {
            WallClock = new ManualWallClock(),
            SilenceTypeahead = () => writtenWhenSilenced.Add(error.ToString()),
        };

        // When it is reopened in a terminal
        var code = VaultsimCli.Run(["tui", "--db", lab], io);

        // Then the terminal's echo was stopped before anything was said or replayed
        code.ShouldBe(2);
        error.ToString().ShouldStartWith($"vaultsim tui: opening {lab}; its run is replayed to where it stopped...");
        writtenWhenSilenced.ShouldNotBeEmpty();
        writtenWhenSilenced[0].ShouldBeEmpty();
    }
}
