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
        var (scenario, policy, lab) = Recorded(finished: false);
        File.Delete(policy);

        // When it is reopened in a terminal
        var (code, error) = Reopened(lab);

        // Then the person is told why a file they did not name is read
        code.ShouldBe(2);
        var lines = error.ReplaceLineEndings("\n").Split('\n');
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
        var (_, policy, lab) = Recorded(finished);
        File.WriteAllText(policy, File.ReadAllText(policy).Replace("T04:30:00", $"T{runAt}:00", StringComparison.Ordinal));
        var before = WhatItHolds(lab);

        // When it is reopened in a terminal
        var (code, error) = Reopened(lab);

        // Then it is refused, saying where the replay went another way, and the file keeps what it held
        code.ShouldBe(2);
        error.ShouldEndWith($"{Environment.NewLine}vaultsim: --db {lab}: its run replays otherwise than it was recorded: {difference}. Its scenario, kept in the file, reads the policy files it imports again from beside it: was one changed since it was recorded? If so, put them back as they were to open it, or list what it holds with 'vaultsim report {lab} jobs'.{Environment.NewLine}");
        WhatItHolds(lab).ShouldBe(before);
    }

    /// <summary>A run recorded on <see cref="Scenario"/> with pol.json beside it: finished, or a lab left at 12:00 on its first day.</summary>
    private (string Scenario, string Policy, string Lab) Recorded(bool finished)
    {
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

        return (scenario, policy, lab);
    }

    /// <summary><c>vaultsim tui --db</c> on the file in a terminal: its exit code and what it wrote on the error stream.</summary>
    private static (int Code, string Error) Reopened(string lab)
    {
        using var error = new StringWriter();
        var code = VaultsimCli.Run(["tui", "--db", lab], new CliIo(TextWriter.Null, error, IsInteractive: true) { WallClock = new ManualWallClock() });
        return (code, error.ToString());
    }

    /// <summary>The run's jobs, items and points as reports list them, with how far it got and whether it is complete.</summary>
    private static string WhatItHolds(string lab) =>
        string.Join("\n", new[] { "jobs", "items", "points" }.Select(kind => CliRun.Of("report", lab, kind).Out))
        + $"\n{SqliteFiles.Scalar(lab, "SELECT events FROM runs")} events, {SqliteFiles.Scalar(lab, "SELECT count(*) FROM runs WHERE status = 'incomplete'")} incomplete";
}
