using Simulator.Tests.Dashboard;
using Simulator.Tests.Support;
using Simulator.Tui.Cli;

namespace Simulator.Tests.Cli;

/// <summary><c>vaultsim tui --db FILE</c> on a lab whose scenario imports a policy file that has since gone.</summary>
public sealed class ReopenedPolicyFileTests : IDisposable
{
    private const string Scenario = """
        name: imported
        seed: 1
        start: 2026-03-02T00:00:00Z
        duration: 3d
        vaults:
          - name: v1
            region: westeurope
            policies:
              - file: pol.json
                name: Imported
        vms:
          - name: vm-a
            vault: v1
            policy: Imported
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_SayTheLabsScenarioReadsThePolicyFileBesideIt_When_ThatFileIsGone()
    {
        // Given a lab recorded on a scenario importing pol.json, closed, then pol.json moved away
        var scenario = _folder.File("s.yaml");
        var policy = _folder.File("pol.json");
        File.WriteAllText(scenario, Scenario);
        File.Copy(Path.Combine(RepositoryFiles.Root, "samples", "policies", "standard-daily.json"), policy);
        var lab = _folder.File("lab.db");
        CliRun.Of("run", scenario, "--db", lab, "--until", "2026-03-02T12:00:00Z").ExitCode.ShouldBe(0);
        SqliteFiles.Execute(lab, "UPDATE runs SET status = 'incomplete', mode = 'interactive'");
        File.Delete(policy);

        // When it is reopened in a terminal
        using var error = new StringWriter();
        var code = VaultsimCli.Run(["tui", "--db", lab], new CliIo(TextWriter.Null, error, IsInteractive: true) { WallClock = new ManualWallClock() });

        // Then the person is told why a file they did not name is read
        code.ShouldBe(2);
        var lines = error.ToString().ReplaceLineEndings("\n").Split('\n');
        lines[0].ShouldBe($"vaultsim: --db {lab}: its scenario, kept in the file, imports policy files, read again from beside it, that no longer load (below); put them back as they were to open it, or list what it holds with 'vaultsim report {lab} jobs'.");
        lines[1].ShouldStartWith($"{scenario}:9:15: vaults[0].policies[0].file: pol.json does not exist");
    }
}
