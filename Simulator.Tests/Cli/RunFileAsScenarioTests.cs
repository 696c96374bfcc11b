using Microsoft.Data.Sqlite;
using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary>A database or a policy named where a scenario is meant (<c>vaultsim tui run.db</c>, without --db) is said to be one, with what reads it.</summary>
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

    [Fact]
    public void Should_SayItIsARunFile_When_AFolderReadForScenariosHoldsOneWithAScenariosName()
    {
        // Given a folder with a scenario, and a run file saved under a scenario's name beside it
        var folder = Path.Combine(_folder.Path, "lessons");
        Directory.CreateDirectory(folder);
        File.Copy(Scenario, Path.Combine(folder, "a.yaml"));
        var db = Path.Combine(folder, "run.yaml");
        CliRun.Of("run", Scenario, "--db", _folder.File("run.db")).ExitCode.ShouldBe(0);
        File.Copy(_folder.File("run.db"), db);

        // When
        var validate = CliRun.Of("validate", folder);

        // Then the run file is told as one, where it was said to be too large and to be split, and the scenario is checked
        validate.ExitCode.ShouldBe(2);
        validate.Error.ShouldBe($"{db}:1:1: this is a vaultsim run file, not a scenario; list what its run holds with 'vaultsim report {db} jobs', or open it with 'vaultsim tui --db {db}'.\n");
        validate.Out.ShouldEndWith("1 valid, 1 invalid\n");
    }

    [Theory]
    [InlineData("show POLICY")]
    [InlineData("render POLICY --at +1d")]
    [InlineData("validate POLICY")]
    [InlineData("run SCENARIO POLICY")]
    public void Should_SayOnceThatItIsNoScenarioAndWhatReadsAPolicy_When_APolicyJsonFileIsNamedAsAScenario(string commandLine)
    {
        // Given a policy exported as Azure writes it, which YAML would read as a mapping of unknown keys
        var policy = Path.Combine(RepositoryFiles.Root, "samples", "policies", "standard-daily.json");

        // When
        var run = CliRun.Line(commandLine.Replace("POLICY", policy, StringComparison.Ordinal), Scenario);

        // Then one line says what it is and where a policy goes, not a dozen keys the scenario lacks
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"vaultsim: {policy}: a .json file is not a scenario (a scenario is a .yaml or .yml file). A backup policy in JSON is previewed with 'vaultsim policy preview {policy}', or imported into a vault with '- file: {policy}' under the vault's policies.\n");
    }
}
