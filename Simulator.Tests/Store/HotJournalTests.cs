using Dapper;
using Microsoft.Data.Sqlite;
using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

/// <summary>A run file beside the journal of a change a killed program left unfinished (a "hot" journal) is refused for what it is.</summary>
public sealed class HotJournalTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Commands => new() { "run", "report", "diff" };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Should_SayAChangeWasLeftUnfinishedAndLeaveBothFilesUntouched_When_AHotJournalIsBesideIt(string command)
    {
        // Given a run file and its journal as a program killed in the middle of changing it leaves them
        var path = RunWithHotJournal();
        var before = (FileSnapshot.Of(path), FileSnapshot.Of(path + "-journal"));

        // When
        var outcome = command switch
        {
            "run" => CliRun.Of("run", StoreScenarios.Fleet, "--db", path),
            "report" => CliRun.Of("report", path, "jobs"),
            _ => CliRun.Of("diff", path, path),
        };

        // Then the message says what is wrong with the file, not that it can't be written (it can)
        outcome.ExitCode.ShouldBe(2);
        outcome.Error.ShouldBe($"vaultsim: {path}: a program was stopped while it changed the file, and its journal {path}-journal holds what must be undone before the file can be read; it was left untouched. "
            + "Open it once with a program that may write it, such as the sqlite3 shell, which undoes the change; or restore it from a copy.\n");
        outcome.Out.ShouldBeEmpty();
        (FileSnapshot.Of(path), FileSnapshot.Of(path + "-journal")).ShouldBe(before);
    }

    /// <summary>A recorded run changed behind vaultsim's back in a rollback journal, copied with its journal before the change commits.</summary>
    /// <remarks>A one-page cache makes SQLite write changed pages into the file before the commit, as a big change does; the journal then holds the old ones.</remarks>
    private string RunWithHotJournal()
    {
        var original = _folder.File("original.db");
        CliRun.Of("run", StoreScenarios.Fleet, "--db", original).ExitCode.ShouldBe(0);
        using (var connection = new SqliteConnection($"Data Source={original};Pooling=False"))
        {
            connection.Open();
            connection.Execute("PRAGMA cache_size = 1");
            using var transaction = connection.BeginTransaction();
            connection.Execute("UPDATE jobs SET status = 'Changing'; UPDATE recovery_points SET tier = 'Changing'", transaction: transaction);
            File.Exists(original + "-journal").ShouldBeTrue();

            var path = _folder.File("run.db");
            File.Copy(original, path);
            File.Copy(original + "-journal", path + "-journal");
            return path;
        }
    }
}
