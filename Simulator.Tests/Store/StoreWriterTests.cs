using System.Data;
using Dapper;
using Simulator.Store;
using Simulator.Store.Recording;
using Simulator.Store.Rows;
using Simulator.Store.Schema;
using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

/// <summary>The writer's close: what is queued is written, the file leaves WAL, and the connection goes whatever fails.</summary>
public sealed class StoreWriterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_CloseTheConnectionAndSayWhy_When_TheFileCannotLeaveWal()
    {
        // Given a writer on a run file in WAL, with nothing left to write, and the file then removed: SQLite refuses to
        // write to a file that has moved (SQLITE_READONLY_DBMOVED), so taking it out of WAL fails for another reason
        // than another connection holding it (which leaves it in WAL without an error)
        var file = _folder.File("run.db");
        RunRecorder.Create(file, new RunHeader("lab", "lab.yaml", "name: lab", 1, default, default, RunMode.Headless)).Dispose();
        var connection = Database.OpenReadWrite(file, create: false);
        connection.ExecuteScalar<string>("PRAGMA journal_mode = WAL").ShouldBe("wal");
        var writer = new StoreWriter(file, connection, new BatchWriter(connection, recordedEvents: 0));
        File.Delete(file);

        // When
        var thrown = Should.Throw<RunStoreException>(writer.Close);

        // Then the error names the file and SQLite's reason, and the connection is closed all the same
        thrown.Path.ShouldBe(file);
        thrown.Problem.ShouldStartWith("every batch was committed, but the file could not leave WAL: ");
        thrown.Problem.ShouldContain("readonly database");
        connection.State.ShouldBe(ConnectionState.Closed);
    }

    [Fact]
    public void Should_SayTheDiskIsFullAndWhatTheFileStillHolds_When_AWriteFailsForWantOfSpace()
    {
        // Given a writer on a run file that may not grow by a page, as a full disk leaves it (SQLite's SQLITE_FULL)
        var file = _folder.File("run.db");
        RunRecorder.Create(file, new RunHeader("lab", "lab.yaml", "name: lab", 1, default, default, RunMode.Headless)).Dispose();
        var connection = Database.OpenReadWrite(file, create: false);
        connection.Execute($"PRAGMA max_page_count = {connection.ExecuteScalar<long>("PRAGMA page_count")}");
        var writer = new StoreWriter(file, connection, new BatchWriter(connection, recordedEvents: 0));

        // When a person's action, long enough to need a page more, is written
        writer.Enqueue(new ActionRow(1, "2026-03-02T00:00:00Z", "note", new string('x', 200_000), 0));
        var thrown = Should.Throw<RunStoreException>(writer.Close);

        // Then it is told in the words a failed start gets, with what the file still holds: no batch of this recording
        thrown.Problem.ShouldBe("recording stopped, can't record into the file: the disk is full. Free some space, or use a file on another disk. No batch had been committed, so the file holds the run's start alone, marked incomplete.");
    }

    [Fact]
    public void Should_SayTheBatchesCommittedStay_When_TheDiskFillsAfterSome()
    {
        // Given a writer that committed a person's note, on a file that may then not grow by a page
        var file = _folder.File("run.db");
        RunRecorder.Create(file, new RunHeader("lab", "lab.yaml", "name: lab", 1, default, default, RunMode.Headless)).Dispose();
        var connection = Database.OpenReadWrite(file, create: false);
        var batches = new BatchWriter(connection, recordedEvents: 0);
        batches.Add(new ActionRow(1, "2026-03-02T00:00:00Z", "note", "short", 0));
        batches.Commit();
        connection.Execute($"PRAGMA max_page_count = {connection.ExecuteScalar<long>("PRAGMA page_count")}");
        var writer = new StoreWriter(file, connection, batches);

        // When a note long enough to need a page more is written
        writer.Enqueue(new ActionRow(2, "2026-03-02T00:00:00Z", "note", new string('x', 200_000), 0));
        var thrown = Should.Throw<RunStoreException>(writer.Close);

        // Then what was committed is said to stay, and how to read it
        thrown.Problem.ShouldBe($"recording stopped, can't record into the file: the disk is full. Free some space, or use a file on another disk. The batches committed before it stay in the file, its run marked incomplete: 'vaultsim report {file} jobs' reads them.");
    }

    [Fact]
    public void Should_AddNoBatchRow_When_ATransactionHoldsNoEvents()
    {
        // Given a run file, and a person's action and a go-to committed without events, as the final rows may be when
        // the writer has caught up with the engine (and are not when it is behind)
        var file = _folder.File("run.db");
        RunRecorder.Create(file, new RunHeader("lab", "lab.yaml", "name: lab", 1, default, default, RunMode.Headless)).Dispose();
        using var connection = Database.OpenReadWrite(file, create: false);
        using var batches = new BatchWriter(connection, recordedEvents: 0);
        batches.Add(new ActionRow(1, "2026-03-02T00:00:00Z", "note", "short", 0));
        batches.Add(new ReachedTime("2026-03-03T00:00:00Z"));

        // When
        batches.Commit();

        // Then both are in the file, and the batches name only events, so two recordings of one run are the same bytes
        batches.Commits.ShouldBe(1);
        connection.ExecuteScalar<long>("SELECT count(*) FROM actions").ShouldBe(1);
        connection.ExecuteScalar<string>("SELECT reached FROM runs").ShouldBe("2026-03-03T00:00:00Z");
        connection.ExecuteScalar<long>("SELECT count(*) FROM batches").ShouldBe(0);
    }
}
