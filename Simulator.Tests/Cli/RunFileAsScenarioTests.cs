using Microsoft.Data.Sqlite;
using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary>A database named where a scenario is meant (<c>vaultsim tui run.db</c>, without --db) is said to be one, with what reads it.</summary>
public sealed class RunFileAsScenarioTests : IDisposable
{
    private static readonly string Scenario = Path.Combine(RepositoryFiles.Scenarios, "demo.yaml");

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("show DB")]
    [InlineData("tui DB")]
    [InlineData("render DB --at +1d")]
    [InlineData("validate DB")]
    [InlineData("run SCENARIO DB")]
    public void Should_SayItIsARunFileAndWhatReadsIt_When_ARunFileIsNamedAsAScenario(string commandLine)
    {
        // Given
        var db = _folder.File("run.db");
        CliRun.Of("run", Scenario, "--db", db).ExitCode.ShouldBe(0);

        // When
        var run = CliRun.Line(commandLine.Replace("DB", db, StringComparison.Ordinal), Scenario);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBe(commandLine.StartsWith("validate", StringComparison.Ordinal) ? "0 valid, 1 invalid\n" : string.Empty);
        run.Error.ShouldBe($"vaultsim: {db}: this is a vaultsim run file, not a scenario; list what its run holds with 'vaultsim report {db} jobs', or open it with 'vaultsim tui --db {db}'.\n");
    }

    [Fact]
    public void Should_SayItIsADatabase_When_AnotherProgramsDatabaseIsNamedAsAScenario()
    {
        // Given
        var db = _folder.File("notes.sqlite");
        using (var connection = new SqliteConnection($"Data Source={db}"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE notes (text TEXT)";
            create.ExecuteNonQuery();
        }

        // When
        var run = CliRun.Of("show", db);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"vaultsim: {db}: this is a SQLite database, not a scenario; name a scenario file (for example scenarios/demo.yaml).\n");
    }
}
