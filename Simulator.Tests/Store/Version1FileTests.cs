using System.Security.Cryptography;
using Dapper;
using Microsoft.Data.Sqlite;
using NodaTime;
using Simulator.Store.Reading;
using Simulator.Store.Recording;
using Simulator.Store.Schema;
using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

/// <summary>A run file written by a vaultsim of schema version 1: reports read it unchanged, a continued lab upgrades it.</summary>
public sealed class Version1FileTests : IDisposable
{
    private const string JobId = "0f1e2d3c-5a6b-4c7d-8e9f-a0b1c2d3e4f5";
    private static readonly Instant Started = Instant.FromUtc(2026, 2, 3, 2, 0);
    private static readonly Instant SnapshotDone = Instant.FromUtc(2026, 2, 3, 2, 5);
    private static readonly Instant SnapshotExpiry = Instant.FromUtc(2026, 2, 5, 2, 0);
    private static readonly Instant VaultExpiry = Instant.FromUtc(2026, 3, 5, 2, 0);

    private readonly TempFolder _folder = new();
    private readonly string _file;

    public Version1FileTests()
    {
        _file = _folder.File("v1.db");
        WriteVersion1File(_file);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>A lab stopped with a backup in flight: its job started and took its snapshot, whose point exists.</summary>
    private static void WriteVersion1File(string file)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        string T(Instant i) => InstantHandler.Format(i);
        connection.Execute(SchemaV1.Sql);
        connection.Execute($"""
            INSERT INTO runs (id, scenario_name, scenario_file, scenario_text, seed, start_at, end_at, mode, status, reached, events)
            VALUES (1, 'v1', 'v1.yaml', 'name: v1', 7, '{T(Started)}', '{T(VaultExpiry)}', 'interactive', 'incomplete', '{T(SnapshotDone)}', 3);
            INSERT INTO batches VALUES (1, 1, 3, '{T(SnapshotDone)}');
            INSERT INTO events VALUES (1, 1, '{T(Started)}', 'JobStarted', 'vault-a', 'vm-1', '{JobId}', 'Backup', 'InProgress');
            INSERT INTO events VALUES (2, 1, '{T(SnapshotDone)}', 'JobPhaseChanged', 'vault-a', 'vm-1', '{JobId}', 'Take Snapshot', 'Completed');
            INSERT INTO events VALUES (3, 1, '{T(SnapshotDone)}', 'RecoveryPointCreated', 'vault-a', 'vm-1', NULL, 'Point 1', 'Snapshot Daily AppConsistent full');
            INSERT INTO jobs VALUES ('{JobId}', 'vault-a', 'vm-1', 'Backup', NULL, 'InProgress', '{T(Started)}', NULL, NULL, 0);
            INSERT INTO job_phases VALUES (2, '{JobId}', 'Take Snapshot', 'Completed', '{T(SnapshotDone)}');
            INSERT INTO recovery_points VALUES (1, 'vault-a', 'vm-1', '{T(Started)}', 'Daily', 'AppConsistent', 1, 'Snapshot', '{T(SnapshotExpiry)}', '{T(VaultExpiry)}', 0, NULL, NULL);
            INSERT INTO point_tiers VALUES (3, 1, '{T(SnapshotDone)}', 'Snapshot', 'created', 0);
            PRAGMA application_id = {Migrations.ApplicationId};
            PRAGMA user_version = 1;
            """);
    }

    [Fact]
    public void Should_ReadTheJournalJobsAndPoints_When_TheFileHasSchemaVersion1()
    {
        // Given, When
        using var run = RunStore.Open(_file);

        // Then
        run.JournalText().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(3);
        run.JournalText().ShouldContain("Take Snapshot");
        run.Jobs(new JobQuery()).ShouldBe([new JobRecord(JobId, "vault-a", "vm-1", "Backup", null, "InProgress", Started, null, null, 0)]);
        run.Points("vm-1").ShouldBe([new PointRecord(1, "vault-a", "vm-1", Started, "AppConsistent", "Daily", "Snapshot", true, SnapshotExpiry, VaultExpiry, 0)]);
    }

    [Fact]
    public void Should_ReportThePointsCopy_When_TheFileHasSchemaVersion1()
    {
        // Given, When
        var csv = CliRun.Of("report", _file, "points", "--item", "vm-1", "-o", "csv");

        // Then
        csv.ExitCode.ShouldBe(0, csv.Error);
        csv.Out.Split('\n')[1].ShouldStartWith("1,2026-02-03T02:00:00Z,AppConsistent,Snapshot,Full,");
    }

    [Fact]
    public void Should_SayTheCopyIsAsThatVersionRecordedIt_When_ReportingPointsOfAVersion1File()
    {
        // Given a version 1 file whose only point, a snapshot with its transfer to come, was recorded as full

        // When
        var csv = CliRun.Of("report", _file, "points", "--item", "vm-1", "-o", "csv");

        // Then its Copy is reported as recorded, and said to be by that older rule, apart from the CSV
        csv.ExitCode.ShouldBe(0, csv.Error);
        csv.Out.Split('\n')[1].ShouldContain(",Snapshot,Full,");
        csv.Error.ShouldContain($"note: {_file} was begun by a vaultsim before schema 5, so its Copy column is as that version recorded it");
    }

    [Fact]
    public void Should_LeaveTheFileAsItWas_When_AReportReadsAVersion1File()
    {
        // Given
        var before = SHA256.HashData(File.ReadAllBytes(_file));

        // When
        using (var run = RunStore.Open(_file))
        {
            _ = run.Jobs(new JobQuery());
        }

        // Then
        SHA256.HashData(File.ReadAllBytes(_file)).ShouldBe(before);
    }

    [Fact]
    public void Should_LeaveNoTemporaryCopyBehind_When_AReportOfAVersion1FileIsDone()
    {
        // Given
        var before = Directory.EnumerateFiles(Path.GetTempPath(), "vaultsim-*.db*").ToHashSet();

        // When
        SqliteFiles.Execute(_file, "PRAGMA journal_mode = WAL");

        using (var run = RunStore.Open(_file))
        {
            _ = run.Jobs(new JobQuery());
        }

        // Then
        Directory.EnumerateFiles(Path.GetTempPath(), "vaultsim-*.db*").Where(f => !before.Contains(f)).ShouldBeEmpty();
    }

    [Fact]
    public void Should_UpgradeTheFileAndKeepItsHistory_When_AVersion1LabIsContinued()
    {
        // Given, When
        RunRecorder.Continue(_file).Dispose();

        // Then
        using (var connection = new SqliteConnection($"Data Source={_file};Mode=ReadOnly;Pooling=False"))
        {
            connection.Open();
            connection.ExecuteScalar<long>("PRAGMA user_version").ShouldBe(Migrations.Current);
            connection.QuerySingle<string>("SELECT snapshot_status || ' ' || snapshot_end FROM jobs").ShouldBe($"Completed {TimeColumn.ToTicks(SnapshotDone)}");
            connection.QuerySingle<long>("SELECT created_at FROM recovery_points").ShouldBe(TimeColumn.ToTicks(SnapshotDone));
        }

        using var run = RunStore.Open(_file);
        run.JournalText().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(3);
        run.AllPoints().Count.ShouldBe(1);
    }

    [Fact]
    public void Should_StillSayTheCopyIsByTheOlderRule_When_AVersion1LabWasContinued()
    {
        // Given, When the lab is continued, which upgrades the file in place
        RunRecorder.Continue(_file).Dispose();

        // Then its first points were still recorded by the older rule
        using var run = RunStore.Open(_file);
        run.IsFullAsRecordedByOlderVaultsim.ShouldBeTrue();
    }

    [Fact]
    public void Should_NameTheEventsRow_When_ATimeOfAVersion1EventWasEditedByHand()
    {
        // Given an event of the journal a version 1 file keeps as rows, which a report of its stopped lab folds again
        SqliteFiles.Execute(_file, "UPDATE events SET at = '3 February' WHERE seq = 2");
        var before = SHA256.HashData(File.ReadAllBytes(_file));

        // When
        var outcome = CliRun.Of("report", _file, "jobs");

        // Then
        outcome.ExitCode.ShouldBe(2);
        outcome.Error.ShouldEndWith($"vaultsim: {_file}: table 'events', column 'at', in the row with seq 2: found '3 February', expected an ISO 8601 instant with nine fraction digits, such as 2026-03-02T00:00:00.000000000Z (was it edited?); it was left untouched. Restore it from a copy, or record the run again.\n");
        SHA256.HashData(File.ReadAllBytes(_file)).ShouldBe(before);
    }

    [Fact]
    public void Should_StillReadIt_When_ItsOwnerAddedATableOfTheirOwn()
    {
        // Given a table no version of the schema has, which the check of the version's tables leaves out
        SqliteFiles.Execute(_file, "CREATE TABLE notes (text TEXT)");

        // When
        var outcome = CliRun.Of("report", _file, "jobs");

        // Then
        outcome.ExitCode.ShouldBe(0, outcome.Error);
        outcome.Out.ShouldContain(JobId);
    }
}
