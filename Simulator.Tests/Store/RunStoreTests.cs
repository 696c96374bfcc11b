using Dapper;
using Microsoft.Data.Sqlite;
using NodaTime;
using Simulator.Core.Journal;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Parsing;
using Simulator.Scenarios.Running;
using Simulator.Store;
using Simulator.Store.Reading;
using Simulator.Store.Recording;
using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

/// <summary>Reading a run file that a recording left in WAL: a report put back the rollback journal, unless it must not.</summary>
public sealed class RunStoreTests : IDisposable
{
    private static readonly Duration TwoDays = Duration.FromDays(2);

    private readonly TempFolder _folder = new();
    private readonly string _file;

    public RunStoreTests() => _file = _folder.File("lab.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_ReturnItToARollbackJournalAndLeaveNothingBesideIt_When_AFileLeftInWalIsReadLater()
    {
        // Given a lab closed while a report had its file open, so it stayed in WAL
        var reached = LeaveInWal();

        // When nobody has it open any more, and it is read
        string journal;
        using (var run = RunStore.Open(_file))
        {
            journal = run.JournalText();
            run.Summary.Reached.ShouldBe(reached);
        }

        // Then it is back in the rollback journal, whole, and the read left nothing beside it
        IsWal(_file).ShouldBeFalse();
        Directory.EnumerateFiles(_folder.Path).Select(Path.GetFileName).ShouldBe(["lab.db"]);
        using var again = RunStore.Open(_file);
        again.JournalText().ShouldBe(journal);
        IntegrityCheck(_file).ShouldBe("ok");
    }

    [Fact]
    public void Should_LeaveNothingBesideIt_When_AReportReadsAFileLeftInWal()
    {
        // Given
        LeaveInWal();

        // When
        var report = CliRun.Of("report", _file, "jobs");

        // Then
        report.ExitCode.ShouldBe(0, report.Error);
        Directory.EnumerateFiles(_folder.Path).Select(Path.GetFileName).ShouldBe(["lab.db"]);
    }

    [Fact]
    public void Should_KeepEveryCommittedEvent_When_AKilledRecordingsFileIsReadLater()
    {
        // Given the file and log a killed lab leaves: copied while its writer is idle, with every event committed
        var lab = Lab.Start(_file);
        var killed = KilledRecording.Copy(_file, _folder.File("killed.db"));
        new FileInfo(killed + "-wal").Length.ShouldBeGreaterThan(0, "the log must hold commits the file does not");

        // When
        using (var run = RunStore.Open(killed))
        {
            // Then nothing committed is lost as the log goes back into the file
            run.JournalText().ShouldBe(JournalFormatter.Format(lab.Published));
            run.Reopen().Actions.Count.ShouldBe(1);
        }

        IsWal(killed).ShouldBeFalse();
        File.Exists(killed + "-wal").ShouldBeFalse();
        File.Exists(killed + "-shm").ShouldBeFalse();
        IntegrityCheck(killed).ShouldBe("ok");
        lab.Recorder.Suspend(lab.Session.Simulation);
    }

    [Fact]
    public void Should_ReadEveryCommittedEventAndLeaveNoShm_When_AKilledRecordingsFileIsReadOnly()
    {
        // Given the file and log a killed lab leaves, the file marked read-only, so that no read may put it back
        var lab = Lab.Start(_file);
        var killed = KilledRecording.Copy(_file, _folder.File("killed.db"));
        File.SetAttributes(killed, FileAttributes.ReadOnly);
        var before = (FileSnapshot.Of(killed), FileSnapshot.Of(killed + "-wal"));

        // When a report reads it
        var report = CliRun.Of("report", killed, "jobs");

        // Then it reads through the log, and takes away the -shm SQLite made for the read
        report.ExitCode.ShouldBe(0, report.Error);
        report.Out.ShouldContain(lab.Published.OfType<JobStarted>().Last().Id);
        File.Exists(killed + "-shm").ShouldBeFalse();
        (FileSnapshot.Of(killed), FileSnapshot.Of(killed + "-wal")).ShouldBe(before);
        File.SetAttributes(killed, FileAttributes.Normal);
        lab.Recorder.Suspend(lab.Session.Simulation);
    }

    [Fact]
    public void Should_ReadItAndLeaveTheRecordingUndisturbed_When_ARecordingHasTheFileOpen()
    {
        // Given a lab recording, its file open in WAL and its writer idle
        var lab = Lab.Start(_file);
        var log = File.ReadAllBytes(_file + "-wal");

        // When it is read meanwhile
        using (var run = RunStore.Open(_file))
        {
            run.Summary.IsComplete.ShouldBeFalse();
            run.JournalText().ShouldBe(JournalFormatter.Format(lab.Published));
        }

        // Then the file stays in WAL, its log as it was, and the recording goes on to its end
        IsWal(_file).ShouldBeTrue();
        File.ReadAllBytes(_file + "-wal").ShouldBe(log);
        lab.Session.RunToEnd();
        lab.Recorder.Complete(lab.Session);
        using var finished = RunStore.Open(_file);
        finished.Summary.IsComplete.ShouldBeTrue();
        finished.JournalText().ShouldBe(JournalFormatter.Format(lab.Published));
        IntegrityCheck(_file).ShouldBe("ok");
    }

    [Fact]
    public void Should_ReadItAndLeaveItInWal_When_AnotherConnectionHasTheFileOpen()
    {
        // Given a file left in WAL, and another program holding it open
        var reached = LeaveInWal();
        using var other = new SqliteConnection($"Data Source={_file};Pooling=False");
        other.Open();
        other.ExecuteScalar<long>("SELECT count(*) FROM runs").ShouldBe(1);

        // When
        using (var run = RunStore.Open(_file))
        {
            run.Summary.Reached.ShouldBe(reached);
        }

        // Then the other program can still write to it, in WAL
        IsWal(_file).ShouldBeTrue();
        other.Execute("CREATE TABLE notes (text TEXT)");
        other.Execute("INSERT INTO notes VALUES ('still mine')");
        other.ExecuteScalar<string>("PRAGMA journal_mode").ShouldBe("wal");
    }

    [Fact]
    public void Should_ReadItWithoutChangingIt_When_AFileLeftInWalIsReadOnly()
    {
        // Given
        var reached = LeaveInWal();
        File.SetAttributes(_file, FileAttributes.ReadOnly);
        var before = FileSnapshot.Of(_file);

        // When
        using (var run = RunStore.Open(_file))
        {
            run.Summary.Reached.ShouldBe(reached);
            run.JournalText().ShouldNotBeEmpty();
        }

        // Then
        FileSnapshot.Of(_file).ShouldBe(before);
        IsWal(_file).ShouldBeTrue();
    }

    [Fact]
    public void Should_LeaveNothingBesideIt_When_AReadOnlyFileInWalWithAnEmptyLogIsRead()
    {
        // Given a recorded run that another tool put back in WAL, closed (so nothing is beside it), and made read-only
        var text = File.ReadAllText(StoreScenarios.Fleet);
        RecordedRun.Run(_file, ScenarioParser.Parse(text, StoreScenarios.Fleet), text);
        using (var tool = new SqliteConnection($"Data Source={_file};Pooling=False"))
        {
            tool.Open();
            tool.ExecuteScalar<string>("PRAGMA journal_mode = WAL").ShouldBe("wal");
        }

        File.Exists(_file + "-wal").ShouldBeFalse();
        File.SetAttributes(_file, FileAttributes.ReadOnly);
        var before = FileSnapshot.Of(_file);

        // When a report reads it
        var report = CliRun.Of("report", _file, "items");

        // Then it is read, and no -wal or -shm is left that this reader could not remove (SQLite made both before)
        report.ExitCode.ShouldBe(0, report.Error);
        File.Exists(_file + "-wal").ShouldBeFalse();
        File.Exists(_file + "-shm").ShouldBeFalse();
        FileSnapshot.Of(_file).ShouldBe(before);
    }

    [Fact]
    public void Should_LeaveNothingBesideIt_When_AnotherProgramsDatabaseInWalIsRefused()
    {
        // Given another program's database in WAL, closed, so nothing is beside it
        using (var other = new SqliteConnection($"Data Source={_file};Pooling=False"))
        {
            other.Open();
            other.ExecuteScalar<string>("PRAGMA journal_mode = WAL").ShouldBe("wal");
            other.Execute("CREATE TABLE notes (text TEXT)");
        }

        var before = FileSnapshot.Of(_file);

        // When a report is asked of it
        var report = CliRun.Of("report", _file, "jobs");

        // Then it is refused as untouched, and is: SQLite's -wal and -shm for the reader were left behind before
        report.ExitCode.ShouldBe(2);
        report.Error.ShouldContain("not a vaultsim run file");
        File.Exists(_file + "-wal").ShouldBeFalse();
        File.Exists(_file + "-shm").ShouldBeFalse();
        FileSnapshot.Of(_file).ShouldBe(before);
    }

    [Fact]
    public void Should_LeaveNoShmBesideIt_When_AnotherProgramsDatabaseIsRefusedWithItsLog()
    {
        // Given another program's database in WAL, copied with its log but without the -shm its connection had
        var source = _file + ".source";
        using (var other = new SqliteConnection($"Data Source={source};Pooling=False"))
        {
            other.Open();
            other.ExecuteScalar<string>("PRAGMA journal_mode = WAL").ShouldBe("wal");
            other.Execute("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('kept')");
            File.Copy(source, _file);
            File.Copy(source + "-wal", _file + "-wal");
        }

        var before = (FileSnapshot.Of(_file), FileSnapshot.Of(_file + "-wal"));

        // When a report is asked of it
        var report = CliRun.Of("report", _file, "jobs");

        // Then it is refused, and the -shm SQLite made for the read is gone with it
        report.ExitCode.ShouldBe(2);
        report.Error.ShouldContain("not a vaultsim run file");
        File.Exists(_file + "-shm").ShouldBeFalse();
        (FileSnapshot.Of(_file), FileSnapshot.Of(_file + "-wal")).ShouldBe(before);
    }

    [Fact]
    public void Should_SayItsLogIsMissingAndLeaveItInWal_When_AnUnfinishedRecordingsFileIsCopiedWithoutIt()
    {
        // Given a lab recording whose batches so far were checkpointed into its file, copied without its log
        var copy = CopiedWithoutItsLog();
        IsWal(copy).ShouldBeTrue();
        var before = FileSnapshot.Of(copy);

        // When a report reads the copy
        var report = CliRun.Of("report", copy, "jobs");

        // Then it reads what the file holds and says the log is missing, and leaves the copy in WAL for its log to follow
        report.ExitCode.ShouldBe(0, report.Error);
        report.Error.ShouldContain($"in the file alone: its log, 'copied.db-wal', which may hold later batches, is not beside it); figures stop there.");
        File.Exists(copy + "-wal").ShouldBeFalse();
        File.Exists(copy + "-shm").ShouldBeFalse();
        FileSnapshot.Of(copy).ShouldBe(before);
    }

    [Fact]
    public void Should_RefuseToContinueTheLabAndLeaveItInWal_When_ItsFileIsCopiedWithoutItsLog()
    {
        // Given a lab whose batches so far were checkpointed, copied without its log
        var copy = CopiedWithoutItsLog();
        var before = FileSnapshot.Of(copy);

        // When it is reopened to go on
        var refused = Should.Throw<RunStoreException>(() => RunStore.OpenForReopen(copy));

        // Then it is refused, as going on would lose the log's batches for good, and the copy is as it was
        refused.Problem.ShouldBe($"this unfinished run's file is in WAL and its log, 'copied.db-wal', which may hold its last batches, is not beside it; continued, they would be lost. Copy the -wal file beside it, or read what the file holds alone with 'vaultsim report {copy} jobs' (a read-write sqlite3 folds the log into the file and deletes it, and leaves no -wal to copy).");
        FileSnapshot.Of(copy).ShouldBe(before);
        IsWal(copy).ShouldBeTrue();
    }

    [Fact]
    public void Should_SayItsLogIsMissing_When_ARecordingsFileInWalHoldsNoRunWithoutIt()
    {
        // Given a file in WAL with no table, as a killed recording leaves its file before the first checkpoint,
        // copied without the -wal that holds what the recording wrote
        using (var recording = new SqliteConnection($"Data Source={_file};Pooling=False"))
        {
            recording.Open();
            recording.ExecuteScalar<string>("PRAGMA journal_mode = WAL").ShouldBe("wal");
        }

        // When a report is asked of it
        var report = CliRun.Of("report", _file, "jobs");

        // Then it says where the run would be, and leaves nothing beside the file
        report.ExitCode.ShouldBe(2);
        report.Error.ShouldBe($"vaultsim: {_file}: the file holds no recorded run, and its log is not beside it: a recording keeps what it writes in '{Path.GetFileName(_file)}-wal' until it closes. If the file was copied from a recording that was killed, copy that -wal file with it.\n");
        File.Exists(_file + "-wal").ShouldBeFalse();
        File.Exists(_file + "-shm").ShouldBeFalse();
    }

    [Fact]
    public void Should_ReadTheRunAsItWasWhenOpened_When_ItsRecordingGoesOnToItsEndMeanwhile()
    {
        // Given a lab recording, and a report that has read its jobs once
        var lab = Lab.Start(_file);
        using var run = RunStore.Open(_file);
        var jobs = run.Jobs(new JobQuery());
        var journal = run.JournalText();

        // When the lab records to its end, and the report reads the jobs again (to write the table it laid out)
        lab.Session.RunToEnd();
        lab.Recorder.Complete(lab.Session);

        // Then it reads what it read before, and the run as it was: a job finished meanwhile would otherwise come with
        // an item the run's keys, read when the report opened, did not have yet
        run.Jobs(new JobQuery()).ShouldBe(jobs);
        run.EachJob(new JobQuery()).ShouldBe(jobs);
        run.JournalText().ShouldBe(journal);
        using var after = RunStore.Open(_file);
        after.Summary.IsComplete.ShouldBeTrue();
        after.Jobs(new JobQuery()).Count.ShouldBeGreaterThan(jobs.Count);
    }

    /// <summary>A lab's file copied to copied.db while it records, without its log, once its batches so far were checkpointed into it.</summary>
    private string CopiedWithoutItsLog()
    {
        var lab = Lab.Start(_file);
        using (var tool = new SqliteConnection($"Data Source={_file};Pooling=False"))
        {
            tool.Open();
            tool.Execute("PRAGMA wal_checkpoint(PASSIVE)");
        }

        var copy = _folder.File("copied.db");
        File.Copy(_file, copy);
        lab.Recorder.Suspend(lab.Session.Simulation);
        return copy;
    }

    /// <summary>Records a lab for two days and closes it while a report has the file open, as happens when a report runs at that moment.</summary>
    private Instant LeaveInWal()
    {
        var text = File.ReadAllText(StoreScenarios.Fleet);
        var definition = ScenarioParser.Parse(text, StoreScenarios.Fleet);
        var recorder = RunRecorder.Create(_file, RunHeader.For(definition, text, RunMode.Interactive));
        var session = new ScenarioSession(definition, journal: recorder.Record);
        recorder.RecordWorld(session.Simulation);
        session.RunUntil(definition.Header.Start + TwoDays);
        using (var report = new SqliteConnection($"Data Source={_file};Mode=ReadOnly;Pooling=False"))
        {
            report.Open();
            report.ExecuteScalar<long>("SELECT count(*) FROM runs").ShouldBe(1);
            recorder.Suspend(session.Simulation);
        }

        IsWal(_file).ShouldBeTrue("the report kept the file in WAL as the lab closed");
        File.Exists(_file + "-shm").ShouldBeTrue("the report's read-only connection leaves its files");
        return session.Simulation.Now;
    }

    /// <summary>True when the file's header says WAL (bytes 18 and 19 are 2), read without opening a connection that could change it.</summary>
    private static bool IsWal(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var header = new byte[20];
        stream.ReadExactly(header);
        return header[18] == 2 && header[19] == 2;
    }

    private static string IntegrityCheck(string file)
    {
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection.ExecuteScalar<string>("PRAGMA integrity_check")!;
    }

    /// <summary>A lab recording, never closed: played two days, a Backup now taken, and everything committed.</summary>
    private sealed record Lab(RunRecorder Recorder, ScenarioSession Session, List<DomainEvent> Published)
    {
        public static Lab Start(string file)
        {
            var text = File.ReadAllText(StoreScenarios.Fleet);
            var definition = ScenarioParser.Parse(text, StoreScenarios.Fleet);
            var published = new List<DomainEvent>();
            var recorder = RunRecorder.Create(file, RunHeader.For(definition, text, RunMode.Interactive));
            var session = new ScenarioSession(definition, journal: e =>
            {
                published.Add(e);
                recorder.Record(e);
            });
            recorder.RecordWorld(session.Simulation);
            session.ActionPerformed += recorder.RecordAction;
            session.RunUntil(definition.Header.Start + TwoDays);

            // An action hands the writer every event before it, so once it is in the file the writer has nothing left.
            session.Perform(new ScenarioAction(ActionVerb.BackupNow) { Item = "web-02", RetainUntil = Instant.FromUtc(2026, 3, 1, 0, 0) });
            KilledRecording.WaitFor(file, "SELECT count(*) FROM actions", 1L).ShouldBeTrue("the writer did not commit the action in time");
            KilledRecording.WaitFor(file, "SELECT events FROM runs", (long)published.Count).ShouldBeTrue("the writer did not commit the events in time");
            return new Lab(recorder, session, published);
        }
    }
}
