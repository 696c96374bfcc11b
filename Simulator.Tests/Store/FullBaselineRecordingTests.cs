using Dapper;
using Microsoft.Data.Sqlite;
using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

/// <summary>A recorded run keeps the point that took over an expired full copy as the full copy (domain.md §5.4).</summary>
public sealed class FullBaselineRecordingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_RecordTheNewBaselineAsFullWithTheWholeSize_When_TheFullPointExpired()
    {
        // Given sixty days of DefaultPolicy on a 128 GB VM: its full copy expired after thirty, twice over
        var db = _folder.File("steady.db");
        var scenario = Path.Combine(RepositoryFiles.Scenarios, "default-policy-steady-state.yaml");

        // When
        CliRun.Of("run", scenario, "--db", db).ExitCode.ShouldBe(0);

        // Then the oldest point still in the vault is the full copy, as large as the VM's data
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var alive = connection.Query<(long IsFull, double Size)>("SELECT is_full, vault_size_gb FROM recovery_points WHERE deleted_at IS NULL AND vaulted_at IS NOT NULL ORDER BY id").ToList();
        alive[0].ShouldBe((1L, 128.0));
        alive.Skip(1).ShouldAllBe(p => p.IsFull == 0);
    }

    [Theory]
    [InlineData("2026-01-06T06:00:00Z", "Incremental", "Snapshot")]
    [InlineData("2026-01-06T12:00:00Z", "Full", "SnapshotAndVaultStandard")]
    public void Should_ReportASnapshotOnlyPointAsIncremental_When_ItsTransferWasSkippedBehindTheFirstFullCopy(string until, string firstCopy, string firstTier)
    {
        // Given a 1 TB first copy taking 31 hours, so that the second day's point stays a snapshot (D5)
        var db = _folder.File("overlap.db");
        CliRun.Of("run", Path.Combine(RepositoryFiles.Scenarios, "long-transfer-overlap.yaml"), "--db", db, "--until", until).ExitCode.ShouldBe(0);

        // When
        var csv = CliRun.Of("report", db, "points", "--item", "vm-big-01", "-o", "csv");

        // Then the first point is full once its copy is in the vault, and the snapshot-only one never is
        var rows = csv.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        rows[1].ShouldContain($",{firstTier},{firstCopy},");
        rows[2].ShouldContain(",Snapshot,Incremental,");
    }

    [Fact]
    public void Should_SayTheCopyIsAsAnOlderVaultsimRecordedIt_When_AVersion4FileIsReported()
    {
        // Given a run file as a version 4 vaultsim wrote it: the same tables, without the version that began the run
        var db = _folder.File("v4.db");
        CliRun.Of("run", Path.Combine(RepositoryFiles.Scenarios, "default-policy-steady-state.yaml"), "--db", db).ExitCode.ShouldBe(0);
        SqliteFiles.Execute(db, "DROP TABLE purges; DROP TABLE policy_files; ALTER TABLE runs DROP COLUMN first_version; PRAGMA user_version = 4;");
        var before = File.ReadAllBytes(db);

        // When
        var json = CliRun.Of("report", db, "points", "--item", "vm-steady-01", "-o", "json");

        // Then the points are reported as recorded, with a note on the error stream, and the file is left as it was
        json.ExitCode.ShouldBe(0, json.Error);
        System.Text.Json.JsonDocument.Parse(json.Out).RootElement.GetArrayLength().ShouldBeGreaterThan(0);
        json.Error.ShouldContain($"note: {db} was begun by a vaultsim before schema 5, so its Copy column is as that version recorded it");
        File.ReadAllBytes(db).ShouldBe(before);
    }

    [Fact]
    public void Should_AddNoNoteOnTheCopy_When_ThisVersionRecordedTheRun()
    {
        // Given
        var db = _folder.File("steady.db");
        CliRun.Of("run", Path.Combine(RepositoryFiles.Scenarios, "default-policy-steady-state.yaml"), "--db", db).ExitCode.ShouldBe(0);

        // When
        var table = CliRun.Of("report", db, "points", "--item", "vm-steady-01");

        // Then
        table.ExitCode.ShouldBe(0, table.Error);
        table.Error.ShouldBeEmpty();
    }

    [Fact]
    public void Should_SayWhichPointHoldsTheFullCopy_When_ReportingPointsInEveryFormat()
    {
        // Given sixty days of DefaultPolicy: the point that took over the expired full copy is the oldest kept
        var db = _folder.File("steady.db");
        CliRun.Of("run", Path.Combine(RepositoryFiles.Scenarios, "default-policy-steady-state.yaml"), "--db", db).ExitCode.ShouldBe(0);

        // When
        var table = CliRun.Of("report", db, "points", "--item", "vm-steady-01");
        var json = CliRun.Of("report", db, "points", "--item", "vm-steady-01", "-o", "json");
        var csv = CliRun.Of("report", db, "points", "--item", "vm-steady-01", "-o", "csv");

        // Then
        var lines = table.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("Name  Time                  Consistency           Tier                      Copy         Expiry");
        lines[2].ShouldContain("  VaultStandard             Full         ");
        lines.Skip(3).ShouldAllBe(l => l.Contains("  Incremental  "));
        var copies = System.Text.Json.JsonSerializer.Deserialize<List<Dictionary<string, System.Text.Json.JsonElement>>>(json.Out)!.Select(p => p["copy"].GetString()).ToList();
        copies[0].ShouldBe("Full");
        copies.Skip(1).ShouldAllBe(c => c == "Incremental");
        var rows = csv.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        rows[0].ShouldStartWith("Name,Time,Consistency,Tier,Copy,Expiry,");
        rows[1].ShouldContain(",VaultStandard,Full,");
        rows.Skip(2).ShouldAllBe(r => r.Contains(",Incremental,"));
    }
}
