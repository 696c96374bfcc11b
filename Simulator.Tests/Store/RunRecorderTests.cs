using Simulator.Store.Schema;
using Dapper;
using Microsoft.Data.Sqlite;
using Simulator.Core.Journal;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Parsing;
using Simulator.Store;
using Simulator.Store.Reading;
using Simulator.Store.Recording;
using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

public sealed class RunRecorderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Record(string name = "run.db")
    {
        var file = _folder.File(name);
        var text = File.ReadAllText(StoreScenarios.Fleet);
        RecordedRun.Run(file, ScenarioParser.Parse(text, StoreScenarios.Fleet), text);
        return file;
    }

    private static SqliteConnection Connect(string file)
    {
        var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    [Fact]
    public void Should_HoldTheSameJournal_When_ARunIsRecorded()
    {
        // Given
        var expected = JournalFormatter.Format(StoreScenarios.Journal(StoreScenarios.Fleet));

        // When
        var file = Record();

        // Then
        using var run = RunStore.Open(file);
        run.JournalText().ShouldBe(expected);
        run.Summary.Events.ShouldBe(expected.Count(c => c == '\n'));
    }

    [Fact]
    public void Should_StoreTheHeaderAndMarkTheRunComplete_When_TheScenarioReachesItsEnd()
    {
        // Given
        var definition = ScenarioParser.Load(StoreScenarios.Fleet);

        // When
        var file = Record();

        // Then
        using var run = RunStore.Open(file);
        run.Summary.ShouldBe(new RunSummary("store-fleet", StoreScenarios.Fleet, 7, definition.Header.Start, definition.Header.End, RunMode.Headless, IsComplete: true,
            definition.Header.End, run.Summary.Events, Checks: 0, FailedChecks: 0));
        RunStore.OpenForReopen(file).ScenarioText.ShouldBe(File.ReadAllText(StoreScenarios.Fleet));
    }

    [Fact]
    public void Should_RecordEveryJobWithItsPhasesInOneRow_When_ARunIsRecorded()
    {
        // Given
        var journal = StoreScenarios.Journal(StoreScenarios.Fleet);
        var phases = journal.OfType<JobPhaseChanged>().GroupBy(p => (p.Id, p.Phase)).ToDictionary(g => g.Key, g => g.Last().Status);
        string Phase(string id, string phase) => phases.GetValueOrDefault((id, phase), "-");

        // When
        var file = Record();

        // Then
        using var connection = Connect(file);
        connection.Query<string>("SELECT id FROM jobs ORDER BY seq").ShouldBe(journal.OfType<JobStarted>().Select(j => j.Id));
        connection.Query<string>("SELECT id || ' ' || status FROM jobs WHERE end_at IS NOT NULL ORDER BY id")
            .ShouldBe(journal.OfType<JobFinished>().Select(j => $"{j.Id} {j.Status}").Order(StringComparer.Ordinal));
        connection.Query<string>("SELECT id || ' ' || coalesce(snapshot_status, '-') || ' ' || coalesce(transfer_status, '-') FROM jobs ORDER BY seq")
            .ShouldBe(journal.OfType<JobStarted>().Select(j => $"{j.Id} {Phase(j.Id, "Take Snapshot")} {Phase(j.Id, "Transfer data to vault")}"));
    }

    [Fact]
    public void Should_RecordEachPointsTierHistoryInOneRow_When_ARunIsRecorded()
    {
        // Given
        var journal = StoreScenarios.Journal(StoreScenarios.Fleet);
        var changes = journal.OfType<RecoveryPointTierChanged>().ToLookup(t => t.PointId);
        var expected = journal.OfType<RecoveryPointCreated>().Select(c =>
            $"{c.PointId} {changes[c.PointId].Select(t => t.Tier).LastOrDefault(c.SnapshotExpiry is null ? "VaultStandard" : "Snapshot")} " +
            $"{changes[c.PointId].Any(t => t.Reason is RecoveryPointTierChanged.TransferredToVault or RecoveryPointTierChanged.FullCopyTransferredToVault)} {changes[c.PointId].Any(t => t.Reason == RecoveryPointTierChanged.SnapshotExpired)}");

        // When
        var file = Record();

        // Then
        using var connection = Connect(file);
        connection.Query<string>("""
            SELECT id || ' ' || tier || ' ' || iif(vaulted_at IS NULL, 'False', 'True') || ' ' || iif(snapshot_expired_at IS NULL, 'False', 'True')
            FROM recovery_points ORDER BY id
            """).ShouldBe(expected);
        connection.ExecuteScalar<long>("SELECT count(*) FROM recovery_points WHERE deleted_at IS NOT NULL").ShouldBe(journal.OfType<RecoveryPointDeleted>().Count());
    }

    [Fact]
    public void Should_NameEachRowsItemByItsNumber_When_ARunIsRecorded()
    {
        // Given
        var journal = StoreScenarios.Journal(StoreScenarios.Fleet);
        var named = journal.OfType<JobStarted>().Select(j => (j.VaultName, j.ItemName)).Distinct()
            .OrderBy(n => n.VaultName, StringComparer.Ordinal).ThenBy(n => n.ItemName, StringComparer.Ordinal).ToList();

        // When
        var file = Record();

        // Then every item with a job has one number, which its rows carry instead of the names
        using var connection = Connect(file);
        connection.Query<(string, string)>("SELECT vault, item FROM item_keys WHERE id IN (SELECT item_id FROM jobs) ORDER BY vault, item").ShouldBe(named);
        connection.Query<string>("SELECT name FROM pragma_table_info('jobs')").ShouldNotContain("item");
        connection.Query<string>("SELECT name FROM pragma_table_info('recovery_points')").ShouldNotContain("item");
    }

    [Fact]
    public void Should_UseTheVersionedSchemaAndARollbackJournal_When_ARecordedFileIsClosed()
    {
        // Given, When
        var file = Record();

        // Then
        using var connection = Connect(file);
        connection.ExecuteScalar<long>("PRAGMA user_version").ShouldBe(Migrations.Current);
        connection.ExecuteScalar<string>("PRAGMA journal_mode").ShouldBe("delete", "WAL is for recording; readers of a WAL file leave files beside it");
        connection.ExecuteScalar<string>("PRAGMA integrity_check").ShouldBe("ok");
        connection.ExecuteScalar<long>("SELECT count(*) FROM pragma_foreign_key_check").ShouldBe(0);
    }

    [Fact]
    public void Should_RecordTheWorldAtTheStartAndTheItemsAtTheEnd_When_ARunIsRecorded()
    {
        // Given, When
        var file = Record();

        // Then
        using var connection = Connect(file);
        connection.Query<string>("SELECT name FROM vaults").ShouldBe(["vault-store"]);
        connection.Query<string>("SELECT name FROM policies").ShouldBe(["DefaultPolicy"]);
        connection.ExecuteScalar<long>("SELECT count(*) FROM data_sources").ShouldBe(16);
        connection.Query<string>("SELECT protection_state FROM items WHERE name = @name", new { name = StoreScenarios.CyrillicName }).ShouldBe(["Protected"]);
    }

    [Fact]
    public void Should_CommitEventsWhileTheLabRuns_When_ASmallLabPublishesFewerEventsThanABuffer()
    {
        // Given
        var text = File.ReadAllText(StoreScenarios.Fleet);
        var definition = ScenarioParser.Parse(text, StoreScenarios.Fleet);
        var file = _folder.File("lab.db");
        using var recorder = RunRecorder.Create(file, RunHeader.For(definition, text, RunMode.Interactive));
        var published = 0L;
        var session = new global::Simulator.Scenarios.Running.ScenarioSession(definition, journal: e =>
        {
            published++;
            recorder.Record(e);
        });
        recorder.RecordWorld(session.Simulation);
        var withTheWorld = published;

        // When
        session.RunUntil(definition.Header.Start + NodaTime.Duration.FromDays(2));
        var committed = 0L;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (committed <= withTheWorld && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            Thread.Sleep(20);
            using var run = RunStore.Open(file);
            committed = run.Summary.Events;
        }

        // Then
        published.ShouldBeLessThan(1_024, "the lab must publish fewer events than a buffer holds");
        committed.ShouldBeGreaterThan(withTheWorld);
        recorder.Suspend(session.Simulation);
    }

    [Fact]
    public void Should_LeaveNothingBesideTheFile_When_AFinishedRunIsRead()
    {
        // Given
        var file = Record();

        // When
        using (var run = RunStore.Open(file))
        {
            run.JournalText().ShouldNotBeEmpty();
        }

        // Then
        Directory.EnumerateFiles(_folder.Path).Select(Path.GetFileName).ShouldBe(["run.db"]);
    }

    [Fact]
    public void Should_CloseTheRecordingAndKeepItReadable_When_AReportHasTheFileOpenAsItEnds()
    {
        // Given
        var text = File.ReadAllText(StoreScenarios.Fleet);
        var definition = ScenarioParser.Parse(text, StoreScenarios.Fleet);
        var file = _folder.File("lab.db");
        var recorder = RunRecorder.Create(file, RunHeader.For(definition, text, RunMode.Interactive));
        var session = new global::Simulator.Scenarios.Running.ScenarioSession(definition, journal: recorder.Record);
        recorder.RecordWorld(session.Simulation);
        session.RunUntil(definition.Header.Start + NodaTime.Duration.FromDays(2));
        using var report = Connect(file);
        report.ExecuteScalar<long>("SELECT count(*) FROM runs").ShouldBe(1);

        // When
        recorder.Suspend(session.Simulation);

        // Then
        report.ExecuteScalar<string>("PRAGMA journal_mode").ShouldBe("wal", "the report's connection keeps the file in WAL");
        using var run = RunStore.Open(file);
        run.Summary.Reached.ShouldBe(session.Simulation.Now);
    }

    [Fact]
    public void Should_RefuseAnActionWithANewPolicy_When_RecordingWhatPeopleDid()
    {
        // Given
        var action = new ScenarioAction(ActionVerb.UpdatePolicy) { Vault = "vault-store", NewPolicy = Simulator.Core.Policies.BackupPolicy.Default(default) };
        using var recorder = RunRecorder.Create(_folder.File("lab.db"), new RunHeader("lab", "lab.yaml", "name: lab", 1, default, default, RunMode.Interactive));

        // When
        var refused = Should.Throw<ArgumentException>(() => recorder.RecordAction(new global::Simulator.Scenarios.Running.PerformedAction(default, action)));

        // Then
        refused.Message.ShouldContain("new policy");
    }

    [Fact]
    public void Should_LeaveNoFileBehind_When_ARecordingThatCreatedItIsDiscarded()
    {
        // Given
        var file = _folder.File("never.db");
        var recorder = RunRecorder.Create(file, new RunHeader("lab", "lab.yaml", "name: lab", 1, default, default, RunMode.Headless));

        // When
        recorder.Discard();

        // Then
        Directory.EnumerateFiles(_folder.Path).ShouldBeEmpty();
    }
}
