using Microsoft.Data.Sqlite;
using Simulator.Store.Schema;
using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

/// <summary>What a person is told when SQLite can't open a run file, by what lies beside it.</summary>
public sealed class SqliteFailureTests : IDisposable
{
    // SQLite's SQLITE_CANTOPEN, as it reports a file it can't open.
    private const int CantOpen = 14;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_SayTheLogNeedsItsShm_When_AFileWithALogButNoShmCantBeOpened()
    {
        // Given a killed recording's file and log copied without the -shm, into a folder where SQLite may make none
        // (told by the failure itself: root may make files anywhere, so the folder is not made read-only here)
        var path = _folder.File("kk.db");
        File.WriteAllBytes(path, [1]);
        File.WriteAllBytes(path + "-wal", [1, 2, 3]);

        // When SQLite could not open it
        var refusal = SqliteFailure.Reading(path, new SqliteException("unable to open database file", CantOpen));

        // Then the person is told what is missing and how to read it, not to check that the file may be read
        refusal.Message.ShouldBe($"{path}: its log 'kk.db-wal' is beside it, but SQLite reads a log only through a 'kk.db-shm' beside them, which it could not make in the file's folder (no file may be made there); it was left untouched. Copy the file and its -wal into a folder that may be written, or copy its -shm beside them too.");
    }

    [Fact]
    public void Should_SayItCantOpenTheFile_When_NoLogLiesBesideIt()
    {
        // Given
        var path = _folder.File("plain.db");
        File.WriteAllBytes(path, [1]);

        // When
        var refusal = SqliteFailure.Reading(path, new SqliteException("unable to open database file", CantOpen));

        // Then
        refusal.Message.ShouldBe($"{path}: SQLite can't open it; it was left untouched. Check that the file may be read (and written, to record into it), or name another file.");
    }
}
