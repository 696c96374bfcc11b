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

    /// <summary>The policy's run moved from 04:30 UTC, to a time the lab had reached and to one it had not, and a finished run's.</summary>
    [Theory]
    [InlineData("02:30", false, "its event 16 is '2026-03-02T06:21:31Z v1/vm-a Protection state Protected', where the replay gives '2026-03-02T03:28:36Z v1/vm-a Protection state Protected'")]
    [InlineData("20:30", false, "it holds 16 events up to 2026-03-02T12:00:00Z, where the replay gives 7")]
    [InlineData("02:30", true, "its event 33 is '2026-03-04T06:15:13Z v1/vm-a Backup Completed', where the replay gives '2026-03-04T04:10:36Z v1/vm-a Backup Completed'")]
    public void Should_RefuseToShowAnotherHistory_When_AnImportedPolicyFileChangedSinceTheRunWasRecorded(string runAt, bool finished, string difference)
    {
        // Given a run recorded on a scenario importing pol.json (a lab left at 12:00, or a finished run), then the policy's time changed
        var scenario = _folder.File("s.yaml");
        var policy = _folder.File("pol.json");
        File.WriteAllText(scenario, Scenario);
        File.Copy(Path.Combine(RepositoryFiles.Root, "samples", "policies", "standard-daily.json"), policy);
        var lab = _folder.File("lab.db");
        if (finished)
        {
            CliRun.Of("run", scenario, "--db", lab).ExitCode.ShouldBe(0);
        }
        else
        {
            CliRun.Of("run", scenario, "--db", lab, "--until", "2026-03-02T12:00:00Z").ExitCode.ShouldBe(0);
            SqliteFiles.Execute(lab, "UPDATE runs SET status = 'incomplete', mode = 'interactive'");
        }

        File.WriteAllText(policy, File.ReadAllText(policy).Replace("T04:30:00", $"T{runAt}:00", StringComparison.Ordinal));
        var before = WhatItHolds(lab);

        // When it is reopened in a terminal
        using var error = new StringWriter();
        var code = VaultsimCli.Run(["tui", "--db", lab], new CliIo(TextWriter.Null, error, IsInteractive: true) { WallClock = new ManualWallClock() });

        // Then it is refused, saying where the replay went another way, and the file keeps what it held
        code.ShouldBe(2);
        error.ToString().ShouldEndWith($"{Environment.NewLine}vaultsim: --db {lab}: its run replays otherwise than it was recorded: {difference}. Its scenario, kept in the file, reads the policy files it imports again from beside it: was one changed since it was recorded? Put them back as they were to open it, or list what it holds with 'vaultsim report {lab} jobs'.{Environment.NewLine}");
        WhatItHolds(lab).ShouldBe(before);
    }

    /// <summary>The run's jobs, items and points as reports list them, with how far it got and whether it is complete.</summary>
    private static string WhatItHolds(string lab) =>
        string.Join("\n", new[] { "jobs", "items", "points" }.Select(kind => CliRun.Of("report", lab, kind).Out))
        + $"\n{SqliteFiles.Scalar(lab, "SELECT events FROM runs")} events, {SqliteFiles.Scalar(lab, "SELECT count(*) FROM runs WHERE status = 'incomplete'")} incomplete";
}
