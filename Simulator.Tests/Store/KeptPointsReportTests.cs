using System.Text.Json;
using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

/// <summary><c>report points</c> on points kept past the date their retention gave them: it says they are kept, and why, as the dashboard does.</summary>
public sealed class KeptPointsReportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Record(string scenario, params string[] options)
    {
        var db = _folder.File(scenario + ".db");
        CliRun.Of(["run", Path.Combine(RepositoryFiles.Scenarios, scenario + ".yaml"), "--db", db, .. options]).ExitCode.ShouldBe(0);
        return db;
    }

    private static string[] Rows(CliRun report)
    {
        report.ExitCode.ShouldBe(0, report.Error);
        return report.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private static Dictionary<string, JsonElement> Last(CliRun report)
    {
        report.ExitCode.ShouldBe(0, report.Error);
        return JsonSerializer.Deserialize<List<Dictionary<string, JsonElement>>>(report.Out)![^1];
    }

    [Fact]
    public void Should_SayEveryPointIsKept_When_ProtectionIsStoppedRetainingItsDataForever()
    {
        // Given vm-api-01 stopped on 10 May retaining its data, recorded until 15 June, when its first points' dates (31 May on) are past
        var db = Record("stop-retain-then-resume", "--until", "2026-06-15T00:00:00Z");

        // When
        var rows = Rows(CliRun.Of("report", db, "points", "--item", "vm-api-01"));

        // Then none of the ten reads as a date, neither those past nor those still to come
        rows.Length.ShouldBe(12);
        rows[2].ShouldBe("1     2026-05-01T03:49:10Z  AppConsistent  VaultStandard             Full         kept (protection stopped)");
        rows[^1].ShouldBe("10    2026-05-10T02:16:42Z  AppConsistent  SnapshotAndVaultStandard  Incremental  kept (protection stopped)");
        rows.Skip(2).ShouldAllBe(row => row.EndsWith("  kept (protection stopped)", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_SayTheVaultCopiesPastTheirDatesWaitForTheResume_When_TheRunStopsWhileTheResumesJobRuns()
    {
        // Given vm-api-01 resumed at noon on 20 June, recorded until ten seconds into the resume's 30-second job, when
        // the copies that expired while it was stopped are not cleaned up yet
        var db = Record("stop-retain-then-resume", "--until", "2026-06-20T12:00:10Z");

        // When
        var rows = Rows(CliRun.Of("report", db, "points", "--item", "vm-api-01"));

        // Then they wait for the resume, not for a transfer: no transfer holds a vault copy
        rows[2].ShouldBe("1     2026-05-01T03:49:10Z  AppConsistent  VaultStandard             Full         kept (resuming)");
        rows[^2].ShouldEndWith("  kept (resuming)");
        rows[^1].ShouldEndWith("  kept (newest point)");
        rows.ShouldNotContain(row => row.Contains("transferring", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_GiveNoExpiryButWhyItIsKept_When_JsonListsAPointOfAStoppedItem()
    {
        // Given
        var db = Record("stop-retain-then-resume", "--until", "2026-06-15T00:00:00Z");

        // When
        var point = Last(CliRun.Of("report", db, "points", "--item", "vm-api-01", "-o", "json"));

        // Then no program takes the date for a deadline; the policy's dates are still there for a resume
        point["expiry"].ValueKind.ShouldBe(JsonValueKind.Null);
        point["keptBy"].GetString().ShouldBe("ProtectionStopped");
        point["vaultExpiry"].GetString().ShouldBe("2026-06-09T02:16:42Z");
    }

    [Fact]
    public void Should_GiveNoSnapshotExpiry_When_JsonListsAPointWhoseSnapshotHasGone()
    {
        // Given vm-api-01 stopped retaining its data, whose first point's snapshot had gone two days after it was taken
        var db = Record("stop-retain-then-resume", "--until", "2026-06-15T00:00:00Z");

        // When
        var report = CliRun.Of("report", db, "points", "--item", "vm-api-01", "-o", "json");
        using var json = JsonDocument.Parse(report.Out);
        var first = json.RootElement.EnumerateArray().First();

        // Then, as a point not in the vault has no vault expiry, one without a snapshot has no snapshot expiry
        first.GetProperty("tier").GetString().ShouldBe("VaultStandard");
        first.GetProperty("snapshotExpiry").ValueKind.ShouldBe(JsonValueKind.Null);
        first.GetProperty("vaultExpiry").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Fact]
    public void Should_SayTheNewestPointIsKept_When_ItsDatePassedWhileTheItemsBackupsKeepFailing()
    {
        // Given vm-app-01, deleted on 11 February: its backups fail from then on, and its newest point's 30 days end on 13 March
        var db = Record("vm-deleted");

        // When
        var rows = Rows(CliRun.Of("report", db, "points", "--item", "vm-app-01"));

        // Then it reads as kept, not as a point a month overdue for deletion
        rows.ShouldBe(
        [
            "Name  Time                  Consistency    Tier                      Copy  Expiry",
            "----  --------------------  -------------  ------------------------  ----  -------------------",
            "11    2026-02-11T03:23:25Z  AppConsistent  SnapshotAndVaultStandard  Full  kept (newest point)",
        ]);
    }

    [Fact]
    public void Should_LeaveExpiryEmptyAndSayWhy_When_CsvListsTheNewestPointKeptPastItsDate()
    {
        // Given
        var db = Record("vm-deleted");

        // When
        var rows = Rows(CliRun.Of("report", db, "points", "--item", "vm-app-01", "-o", "csv"));

        // Then
        rows[1].ShouldBe("11,2026-02-11T03:23:25Z,AppConsistent,SnapshotAndVaultStandard,Full,,vm-app-01,vault-neu,Daily,2026-02-13T03:23:25Z,2026-03-13T03:23:25Z,128,NewestPoint");
    }

    /// <summary>
    /// A 2,000 GB VM sent at 10 MB/s, its snapshots kept one day: its first copy takes two days, and the next morning's
    /// point, its transfer skipped behind it (D5), is newer than the first point before the first snapshot's day is over.
    /// </summary>
    private const string SlowFirstCopy = """
        name: slow-first-copy
        description: A first copy that outlives its snapshot's day, with a newer point taken meanwhile.
        seed: 5
        start: 2026-03-01T00:00:00Z
        duration: 4d
        vaults:
          - name: vault-eus
            region: eastus
            policies:
              - name: OneDay
                kind: Standard
                schedule: { frequency: Daily, times: ["02:00"] }
                instantRestoreDays: 1
                retention:
                  daily: { days: 7 }
        vms:
          - { name: vm-big-01, vault: vault-eus, policy: OneDay, usedGb: 2000, churnGb: 2, throughputMBps: 10 }
        """;

    /// <summary>A Backup now kept one day, under DefaultPolicy's 2 days of snapshots: its vault copy waits for its snapshot.</summary>
    internal const string ShortBackupNow = """
        name: short-backup-now
        description: An on-demand point whose retain-until comes before its snapshot's expiry.
        seed: 5
        start: 2026-03-01T00:00:00Z
        duration: 5d
        vaults:
          - name: vault-eus
            region: eastus
        vms:
          - { name: vm-app-01, vault: vault-eus, usedGb: 10, churnGb: 1, throughputMBps: 100 }
        timeline:
          - at: 2026-03-02T12:00:00Z
            do: backupNow
            item: vm-app-01
            retainUntil: 2026-03-03T12:00:00Z
        """;

    private string RecordText(string name, string text, params string[] options)
    {
        var scenario = _folder.File(name + ".yaml");
        File.WriteAllText(scenario, text);
        var db = _folder.File(name + ".db");
        CliRun.Of(["run", scenario, "--db", db, .. options]).ExitCode.ShouldBe(0);
        return db;
    }

    [Fact]
    public void Should_SayTheSnapshotIsKeptForItsTransfer_When_ItsDatePassesWhileItsCopyIsStillSentBehindANewerPoint()
    {
        // Given vm-big-01 on its third morning: its first point's snapshot day ended on 2 March, its copy still runs,
        // and the second morning's point is newer
        var db = RecordText("slow-first-copy", SlowFirstCopy, "--until", "2026-03-02T12:00:00Z");

        // When
        var rows = Rows(CliRun.Of("report", db, "points", "--item", "vm-big-01"));

        // Then the first point is kept for the copy made from it, not as the newest point, which it no longer is
        rows[2].ShouldEndWith("  Snapshot  Incremental  kept (transferring)");
        rows[3].ShouldNotContain("kept");
    }

    [Fact]
    public void Should_GiveTheDateItsSnapshotGoes_When_AnOnDemandPointsVaultCopyOutlivesItsRetainUntil()
    {
        // Given vm-app-01 a day after its Backup now of 2 March 12:00 was to end: its snapshot is kept 2 days, to 4 March
        var db = RecordText("short-backup-now", ShortBackupNow, "--until", "2026-03-04T00:00:00Z");

        // When
        var rows = Rows(CliRun.Of("report", db, "points", "--item", "vm-app-01"));

        // Then its vault copy is given the day it goes with its snapshot, as a vault copy can't go before its snapshot
        // (domain.md §5.4), rather than said kept as the newest point, which it is not
        rows.Single(r => r.Contains("2026-03-02T12:00:00Z", StringComparison.Ordinal)).ShouldEndWith("  2026-03-04T12:00:00Z");
    }

    [Fact]
    public void Should_KeepTheDates_When_TheItemIsProtectedAndItsPointsAreNotYetDue()
    {
        // Given vm-keep-01, undeleted and protected again, its newest point taken the day the run ends
        var db = Record("stop-delete-soft-delete-undelete");

        // When
        var point = Last(CliRun.Of("report", db, "points", "--item", "vm-keep-01", "-o", "json"));

        // Then its date holds: a newer point will let it go
        point["expiry"].GetString().ShouldBe("2026-08-09T02:31:58Z");
        point["keptBy"].ValueKind.ShouldBe(JsonValueKind.Null);
    }
}
