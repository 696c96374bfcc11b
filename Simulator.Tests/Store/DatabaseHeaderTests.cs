using System.Text;
using Microsoft.Data.Sqlite;
using Simulator.Store.Schema;
using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

public sealed class DatabaseHeaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string? DescribeFile(string path) => DatabaseHeader.Describe(DatabaseHeader.ReadStart(path));

    [Fact]
    public void Should_SayARunFile_When_TheFileHoldsARecordedRun()
    {
        // Given
        var db = _folder.File("run.db");
        CliRun.Of("run", StoreScenarios.Fleet, "--db", db).ExitCode.ShouldBe(0);

        // When, Then
        DescribeFile(db).ShouldBe("a vaultsim run file");
    }

    [Fact]
    public void Should_SayASqliteDatabase_When_TheFileIsAnotherProgramsDatabase()
    {
        // Given
        var db = _folder.File("notes.db");
        SqliteFiles.Execute(db, "CREATE TABLE notes (text TEXT);");

        // When, Then
        DescribeFile(db).ShouldBe("a SQLite database");
    }

    [Fact]
    public void Should_SayAWriteAheadLog_When_TheFileIsADatabasesWal()
    {
        // Given a database in WAL mode, its log still beside it while the connection is open
        var db = _folder.File("notes.db");
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA journal_mode = 'wal'; CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('keep me');";
            command.ExecuteNonQuery();
        }

        // When, Then
        DescribeFile(db + "-wal").ShouldBe("a SQLite database's write-ahead log (its -wal file)");
    }

    [Fact]
    public void Should_SayARollbackJournal_When_TheBytesStartAsOneDoes() =>
        DatabaseHeader.Describe([0xD9, 0xD5, 0x05, 0xF9, 0x20, 0xA1, 0x63, 0xD7, 0, 0, 0, 0]).ShouldBe("a SQLite database's rollback journal (its -journal file)");

    [Theory]
    [InlineData("")]
    [InlineData("SQLite format")]
    [InlineData("{ \"passed\": 1 }")]
    [InlineData("<?xml version=\"1.0\" encoding=\"utf-8\"?>")]
    public void Should_SayNothing_When_TheBytesAreNotSqlites(string text) =>
        DatabaseHeader.Describe(Encoding.UTF8.GetBytes(text)).ShouldBeNull();
}
