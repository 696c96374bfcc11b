using Dapper;
using Microsoft.Data.Sqlite;
using NodaTime;
using Simulator.Scenarios.Model;
using Simulator.Store.Reading;
using Simulator.Store.Recording;
using Simulator.Store.Schema;
using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

/// <summary>A run file of schema version 2, whose rows named their vault and item by text: read through version 3's numbers.</summary>
public sealed class Version2FileTests : IDisposable
{
    private static readonly Instant Started = Instant.FromUtc(2026, 2, 3, 2, 0);
    private static readonly Instant Moved = Instant.FromUtc(2026, 2, 10, 2, 0);
    private static readonly Instant Ended = Instant.FromUtc(2026, 3, 1, 0, 0);
    private static readonly ScenarioAction Backup = new(ActionVerb.BackupNow) { Item = "vm-1" };

    private readonly TempFolder _folder = new();
    private readonly string _file;

    public Version2FileTests()
    {
        _file = _folder.File("v2.db");
        WriteVersion2File(_file);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>vm-1 backed up in vault-a, then moved to vault-b and backed up there; vm-2 in vault-a; one action taken.</summary>
    private static void WriteVersion2File(string file)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        string T(Instant i) => InstantHandler.Format(i);
        long K(Instant i) => TimeColumn.ToTicks(i);
        connection.Execute(SchemaV1.Sql);
        connection.Execute(SchemaV2.Sql);
        connection.Execute($"""
            INSERT INTO runs (id, scenario_name, scenario_file, scenario_text, seed, start_at, end_at, mode, status, reached, events)
            VALUES (1, 'v2', 'v2.yaml', 'name: v2', 7, '{T(Started)}', '{T(Ended)}', 'interactive', 'complete', '{T(Ended)}', 0);
            INSERT INTO jobs VALUES (1, 'job-1', 'vault-a', 'vm-1', 'Backup', 'Scheduled', 'Completed', {K(Started)}, {K(Started)}, NULL, 1.5, NULL, NULL, NULL, NULL, NULL, NULL);
            INSERT INTO jobs VALUES (2, 'job-2', 'vault-a', 'vm-2', 'Backup', 'Scheduled', 'Failed', {K(Started)}, {K(Started)}, 'UserErrorVmNotFoundV2', 0, NULL, NULL, NULL, NULL, NULL, NULL);
            INSERT INTO jobs VALUES (3, 'job-3', 'vault-b', 'vm-1', 'Backup', 'OnDemand', 'Completed', {K(Moved)}, {K(Moved)}, NULL, 2.5, NULL, NULL, NULL, NULL, NULL, NULL);
            INSERT INTO recovery_points VALUES (1, 'vault-b', 'vm-1', {K(Moved)}, 'Daily', 'AppConsistent', 1, 'VaultStandard', NULL, {K(Ended)}, 2.5, {K(Moved)}, {K(Moved)}, NULL, NULL, NULL);
            INSERT INTO actions VALUES (1, '{T(Moved)}', 'BackupNow', '{ActionJson.Write(Backup)}');
            PRAGMA application_id = {Migrations.ApplicationId};
            PRAGMA user_version = 2;
            """);
    }

    [Fact]
    public void Should_NameEachJobsVaultAndItem_When_TheFileHasSchemaVersion2()
    {
        using var run = RunStore.Open(_file);

        run.Jobs(new JobQuery()).Select(j => (j.Id, j.Vault, j.Item)).ShouldBe([("job-1", "vault-a", "vm-1"), ("job-2", "vault-a", "vm-2"), ("job-3", "vault-b", "vm-1")]);
        run.Jobs(new JobQuery(Item: "VM-1")).Select(j => j.Id).ShouldBe(["job-1", "job-3"]);
        run.Points("vm-1")!.Select(p => (p.Id, p.Vault)).ShouldBe([(1L, "vault-b")]);
        run.ItemOutcomes().Select(o => (o.Vault, o.Item, o.JobsByStatus.Values.Sum())).ShouldBe([("vault-a", "vm-1", 1L), ("vault-b", "vm-1", 1L), ("vault-a", "vm-2", 1L)]);
    }

    [Fact]
    public void Should_ReplayItsActionsAfterTheEventsOfTheirInstant_When_TheFileHasSchemaVersion2()
    {
        var reopened = RunStore.OpenForReopen(_file);

        reopened.Actions.ShouldBe([new Simulator.Scenarios.Running.PerformedAction(Moved, Backup)]);
        reopened.Actions[0].EventsBefore.ShouldBeNull();
    }

    [Fact]
    public void Should_SayTheFileIsReadThroughAnUpgradedCopy_When_AReportReadsIt()
    {
        var report = CliRun.Of("report", _file, "jobs", "-o", "csv");

        report.ExitCode.ShouldBe(0);
        report.Error.ShouldBe($"note: {_file} was recorded by an earlier vaultsim (schema 2); it is read through an upgraded temporary copy, which takes a while for a large file, and is left as it was.\n");
        report.Out.ShouldContain("job-3");
    }

    [Fact]
    public void Should_NumberEachVaultAndItemOnce_When_AVersion2FileIsUpgraded()
    {
        using (var connection = new SqliteConnection($"Data Source={_file};Pooling=False"))
        {
            connection.Open();
            Migrations.Apply(connection, from: 2);
        }

        using var upgraded = new SqliteConnection($"Data Source={_file};Mode=ReadOnly;Pooling=False");
        upgraded.Open();
        upgraded.Query<(long, string, string)>("SELECT id, vault, item FROM item_keys ORDER BY id").ShouldBe([(1L, "vault-a", "vm-1"), (2L, "vault-a", "vm-2"), (3L, "vault-b", "vm-1")]);
        upgraded.Query<long>("SELECT item_id FROM jobs ORDER BY seq").ShouldBe([1L, 2L, 3L]);
        upgraded.Query<long>("SELECT item_id FROM recovery_points").ShouldBe([3L]);
    }
}
