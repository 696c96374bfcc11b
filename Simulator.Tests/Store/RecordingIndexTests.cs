using Simulator.Store;
using Simulator.Store.Recording;
using Simulator.Store.Schema;
using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

/// <summary>The index of the points alive while a recording writes: kept when the file had no rows, dropped when rows will be replaced.</summary>
public sealed class RecordingIndexTests : IDisposable
{
    private const string Index = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'recovery_points_item'";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_KeepTheIndexOfThePointsAlive_When_ARecordingWritesIntoAFileWithNoRows()
    {
        // Given a new run file, which has the index and no job or point row
        var file = NewRunFile();
        SqliteFiles.Scalar(file, Index).ShouldBe(1);

        // When the recording first writes
        FirstWrite(file);

        // Then it only inserts rows, so the index stays: a killed recording's reports have it too
        SqliteFiles.Scalar(file, Index).ShouldBe(1);
    }

    [Fact]
    public void Should_DropTheIndexOfThePointsAlive_When_ARecordingWritesIntoAFileWhoseRowsItMayReplace()
    {
        // Given a run file holding the row of a point alive, as a suspended lab leaves it
        var file = NewRunFile();
        SqliteFiles.Execute(file, """
            INSERT INTO recovery_points (id, item_id, time, tag, consistency, is_full, tier, vault_expiry, vault_size_gb, created_at)
            VALUES (1, 1, 0, 'Daily', 'AppConsistent', 1, 'Snapshot', 0, 0, 0)
            """);

        // When the recording first writes
        FirstWrite(file);

        // Then the index is gone until the close: replacing a row of an indexed table costs a statement journal
        SqliteFiles.Scalar(file, Index).ShouldBe(0);
    }

    private string NewRunFile()
    {
        var file = _folder.File("run.db");
        RunRecorder.Create(file, new RunHeader("lab", "lab.yaml", "name: lab", 1, default, default, RunMode.Headless)).Dispose();
        return file;
    }

    private static void FirstWrite(string file)
    {
        using var connection = Database.OpenReadWrite(file, create: false);
        using var batches = new BatchWriter(connection, recordedEvents: 0);
        batches.Add(new ReachedTime("2026-03-01T00:00:00.000000000Z"));
        batches.Commit();
    }
}
