using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

/// <summary><c>vaultsim diff</c> on runs whose jobs end alike but did other things: a scheduled backup in one, an on-demand one in the other.</summary>
public sealed class DiffJobOperationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>A run of one VM without its agent, for twenty hours, under a daily policy at <paramref name="runAt"/>, with <paramref name="timeline"/>.</summary>
    private string Record(string name, string runAt, string timeline = "")
    {
        var scenario = _folder.File(name + ".yaml");
        File.WriteAllText(scenario, $$"""
            name: one-vm
            seed: 3
            start: 2026-01-01T00:00:00Z
            duration: 20h
            vaults:
              - name: vault-a
                region: westeurope
                policies:
                  - name: Daily
                    kind: Standard
                    timeZone: UTC
                    schedule: { frequency: Daily, times: ["{{runAt}}"] }
                    retention:
                      daily: { days: 7 }
            vms:
              - name: vm-1
                region: westeurope
                vault: vault-a
                policy: Daily
                agent: Missing
            {{timeline}}
            """);
        var db = _folder.File(name + ".db");
        CliRun.Of("run", scenario, "--db", db).ExitCode.ShouldBe(0);
        return db;
    }

    private static string Body(string output) => string.Join('\n', output.Split('\n').Skip(2));

    [Fact]
    public void Should_TellWhatTheJobsDid_When_OneRunBacksUpOnDemandWhereTheOtherRanItsSchedule()
    {
        // Given A's backup run by its schedule at 02:00, and B's by Backup now at 02:00, its schedule after the run's
        // end: each fails alike, without the agent, in ten minutes, and keeps no point
        var a = Record("a", "02:00");
        var b = Record("b", "22:00", "timeline:\n  - { at: 2026-01-01T02:00:00Z, do: backupNow, item: vm-1 }");

        // When
        var diff = CliRun.Of("diff", a, b);

        // Then the runs differ, in what their jobs did
        diff.ExitCode.ShouldBe(1, diff.Out);
        Body(diff.Out).ShouldBe("""

            vm-1
              job ops  Backup (OnDemand) 0 -> 1, Backup (Scheduled) 1 -> 0

            1 of 1 item differs. Storage used in all: 0 GB -> 0 GB.

            """);
    }

    [Fact]
    public void Should_GiveWhatTheJobsDidByKey_When_TheOutputIsJson()
    {
        // Given
        var a = Record("a", "02:00");
        var b = Record("b", "22:00", "timeline:\n  - { at: 2026-01-01T02:00:00Z, do: backupNow, item: vm-1 }");

        // When
        var diff = CliRun.Of("diff", a, b, "-o", "json");

        // Then
        diff.ExitCode.ShouldBe(1);
        using var json = System.Text.Json.JsonDocument.Parse(diff.Out);
        json.RootElement.GetProperty("identical").GetBoolean().ShouldBeFalse();
        var item = json.RootElement.GetProperty("differing").EnumerateArray().ShouldHaveSingleItem();
        item.GetProperty("jobOps").GetString().ShouldBe("Backup (OnDemand) 0 -> 1, Backup (Scheduled) 1 -> 0");
    }

    [Fact]
    public void Should_TellWhichJobEndedHow_When_TheRunsFailAsManyJobsOfEachOperationButNotTheSameOnes()
    {
        // Given A's Backup now failing without the agent and its scheduled backup completing once the agent is
        // repaired; and B the same run with the two backups' triggers swapped, as if the on-demand one had completed:
        // as many jobs of each kind, as many completed and failed, with the same error and time
        var a = Record("a", "02:00", """
            timeline:
              - { at: 2026-01-01T01:00:00Z, do: backupNow, item: vm-1 }
              - { at: 2026-01-01T01:30:00Z, do: repairAgent, item: vm-1 }
            """);
        var b = _folder.File("b.db");
        File.Copy(a, b);
        SqliteFiles.Execute(b, "UPDATE jobs SET trigger = CASE trigger WHEN 'Scheduled' THEN 'OnDemand' ELSE 'Scheduled' END WHERE trigger IS NOT NULL");

        // When
        var diff = CliRun.Of("diff", a, b);

        // Then
        diff.ExitCode.ShouldBe(1, diff.Out);
        Body(diff.Out).ShouldBe("""

            vm-1
              job ops  Backup (OnDemand) Completed 0 -> 1, Backup (OnDemand) Failed UserErrorGuestAgentStatusUnavailable 1 -> 0, Backup (Scheduled) Completed 1 -> 0, Backup (Scheduled) Failed UserErrorGuestAgentStatusUnavailable 0 -> 1

            1 of 1 item differs. Storage used in all: 128 GB -> 128 GB.

            """);
    }
}
