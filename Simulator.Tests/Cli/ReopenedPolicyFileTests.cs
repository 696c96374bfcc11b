using Simulator.Tests.Dashboard;
using Simulator.Tests.Support;
using Simulator.Tui.Cli;

namespace Simulator.Tests.Cli;

/// <summary><c>vaultsim tui --db FILE</c> on a lab whose scenario imports a policy file that has since changed or gone.</summary>
/// <remarks>A run file keeps the texts of the policy files its scenario imports; one begun before schema 7 reads them again from beside the scenario.</remarks>
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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Should_ReplayThePolicyItRanWith_When_ThePolicyFileBesideTheScenarioChangedOrWent(bool gone)
    {
        // Given a lab recorded on a scenario importing pol.json, left at 12:00, then pol.json changed (its run at 02:30) or deleted
        var (_, policy, lab) = Recorded(finished: false);
        ChangeOrDelete(policy, gone);

        // When it is reopened and replayed to where it stopped
        using var reopened = LabRecording.Reopen(lab);
        reopened.CatchUp();

        // Then it is the world that was left: the policy's run at 04:30 UTC, as the file keeps it
        var item = reopened.Session.Simulation.Items.Single();
        item.Policy.Schedule.RunTimes.ShouldBe([new NodaTime.LocalTime(4, 30)]);
        reopened.Session.Simulation.Now.ShouldBe(NodaTime.Instant.FromUtc(2026, 3, 2, 12, 0));
    }

    [Fact]
    public void Should_KeepEachImportedPolicyFileOnce_When_ARunIsRecorded()
    {
        // Given, When
        var (_, policy, lab) = Recorded(finished: true);

        // Then the file holds the policy file's text as it was read, by the name the scenario gives it
        SqliteFiles.Scalar(lab, "SELECT count(*) FROM policy_files").ShouldBe(1);
        SqliteFiles.Text(lab, "SELECT file FROM policy_files").ShouldBe("pol.json");
        SqliteFiles.Text(lab, "SELECT text FROM policy_files").ShouldBe(File.ReadAllText(policy));
    }

    [Fact]
    public void Should_RefuseToShowAnotherHistory_When_ThePolicyKeptInTheFileWasEdited()
    {
        // Given a lab whose kept policy text was edited to run at 02:30
        var (_, _, lab) = Recorded(finished: false);
        SqliteFiles.Execute(lab, "UPDATE policy_files SET text = replace(text, 'T04:30:00', 'T02:30:00')");
        var before = WhatItHolds(lab);

        // When it is reopened in a terminal
        var (code, error) = Reopened(lab);

        // Then it is refused, sending the person to the file, not to the policy files beside the scenario
        code.ShouldBe(2);
        error.ShouldEndWith($"{Environment.NewLine}vaultsim: --db {lab}: its run replays otherwise than it was recorded: its event 16 is '2026-03-02T06:21:31Z v1/vm-a Protection state Protected', where the replay gives '2026-03-02T03:28:36Z v1/vm-a Protection state Protected'. Its scenario and the policy files it imports are kept in the file: was it edited, or recorded by another version of vaultsim? List what it holds with 'vaultsim report {lab} jobs'.{Environment.NewLine}");
        WhatItHolds(lab).ShouldBe(before);
    }

    [Fact]
    public void Should_SayTheErrorsAreOfTheKeptText_When_ThePolicyKeptInTheFileNoLongerLoads()
    {
        // Given a lab whose kept policy text lost its closing brace
        var (scenario, _, lab) = Recorded(finished: false);
        SqliteFiles.Execute(lab, "UPDATE policy_files SET text = rtrim(text, char(10) || char(13) || ' }')");

        // When it is reopened in a terminal
        var (code, error) = Reopened(lab);

        // Then the error, placed at the scenario's file key, is said to be the kept text's
        code.ShouldBe(2);
        var lines = error.ReplaceLineEndings("\n").Split('\n');
        lines[0].ShouldBe($"vaultsim: --db {lab}: the policy files its scenario imports, kept in the file (table 'policy_files'), no longer load: the lines below are about the kept texts, not the files beside the scenario. Was the run file edited, or recorded by a vaultsim that read them otherwise? List what it holds with 'vaultsim report {lab} jobs'.");
        lines[1].ShouldStartWith($"{scenario}:9:15: vaults[0].policies[0].file: pol.json");
    }

    [Fact]
    public void Should_SayTheScenarioNamesAPolicyFileTheRunDoesNotKeep_When_TheKeptRowWasDeleted()
    {
        // Given a lab whose kept policy file's row was deleted
        var (scenario, _, lab) = Recorded(finished: false);
        SqliteFiles.Execute(lab, "DELETE FROM policy_files");

        // When it is reopened in a terminal
        var (code, error) = Reopened(lab);

        // Then
        code.ShouldBe(2);
        error.ShouldContain($"{scenario}:9:15: vaults[0].policies[0].file: pol.json is not among the policy files kept with the scenario in the run file (it keeps none).");
    }

    [Fact]
    public void Should_NameTheCell_When_AKeptPolicyTextIsNotText()
    {
        // Given a lab whose kept policy text was replaced by bytes
        var (_, _, lab) = Recorded(finished: false);
        SqliteFiles.Execute(lab, "UPDATE policy_files SET text = x'00ff'");

        // When it is reopened in a terminal
        var (code, error) = Reopened(lab);

        // Then
        code.ShouldBe(2);
        error.ShouldBe($"vaultsim: {lab}: table 'policy_files', column 'text', in the row with file 'pol.json': found a BLOB of 2 bytes, expected text (was it edited?); it was left untouched. Restore it from a copy, or record the run again.{Environment.NewLine}");
    }

    [Fact]
    public void Should_SayTheLabsScenarioReadsThePolicyFileBesideIt_When_ThatFileIsGoneFromBesideARunBegunBeforeSchema7()
    {
        // Given a lab begun before runs kept their policy files, closed, then pol.json moved away
        var (scenario, policy, lab) = Recorded(finished: false);
        BegunBeforeSchema7(lab);
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
    public void Should_RefuseToShowAnotherHistory_When_AnImportedPolicyFileChangedSinceARunBegunBeforeSchema7WasRecorded(string runAt, bool finished, string difference)
    {
        // Given a run begun before runs kept their policy files, recorded on a scenario importing pol.json (a lab left at 12:00, or a finished run), then the policy's time changed
        var (_, policy, lab) = Recorded(finished);
        BegunBeforeSchema7(lab);
        File.WriteAllText(policy, File.ReadAllText(policy).Replace("T04:30:00", $"T{runAt}:00", StringComparison.Ordinal));
        var before = WhatItHolds(lab);

        // When it is reopened in a terminal
        var (code, error) = Reopened(lab);

        // Then it is refused, saying where the replay went another way, and the file keeps what it held
        code.ShouldBe(2);
        error.ShouldEndWith($"{Environment.NewLine}vaultsim: --db {lab}: its run replays otherwise than it was recorded: {difference}. Its scenario, kept in the file, reads the policy files it imports again from beside it: was one changed since it was recorded? If so, put them back as they were to open it, or list what it holds with 'vaultsim report {lab} jobs'.{Environment.NewLine}");
        WhatItHolds(lab).ShouldBe(before);
    }

    /// <summary>Makes the file what a vaultsim of schema 6 recorded: no table of policy files, and its runs row says so.</summary>
    private static void BegunBeforeSchema7(string lab) => SqliteFiles.Execute(lab, "UPDATE runs SET first_version = 6; DROP TABLE policy_files; PRAGMA user_version = 6");

    private static void ChangeOrDelete(string policy, bool gone)
    {
        if (gone)
        {
            File.Delete(policy);
        }
        else
        {
            File.WriteAllText(policy, File.ReadAllText(policy).Replace("T04:30:00", "T02:30:00", StringComparison.Ordinal));
        }
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
