using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

/// <summary>A table or column taken out of a run file is named as the file names it, never by a query's alias or SQLite's schema prefix.</summary>
public sealed class MissingSchemaNameTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("ALTER TABLE items RENAME COLUMN name TO item_name", "items", "column 'name' in table 'items'")]
    [InlineData("UPDATE runs SET status = 'incomplete'; DROP TABLE item_keys", "jobs", "table 'item_keys'")]
    public void Should_NameItAsTheFileDoes_When_ATableOrColumnWasTakenOut(string edit, string what, string missing)
    {
        // Given a recorded run edited by hand (an incomplete run is read again from its events, through item_keys)
        var path = _folder.File("run.db");
        CliRun.Of("run", StoreScenarios.Fleet, "--db", path).ExitCode.ShouldBe(0);
        SqliteFiles.Execute(path, edit);

        // When
        var outcome = CliRun.Of("report", path, what);

        // Then
        outcome.ExitCode.ShouldBe(2);
        outcome.Error.ShouldEndWith($"vaultsim: {path}: it has no {missing}, which every vaultsim run file holds (was it edited?); it was left untouched. Restore it from a copy, or record the run again.\n");
    }
}
