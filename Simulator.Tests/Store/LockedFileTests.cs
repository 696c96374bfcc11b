using Dapper;
using Microsoft.Data.Sqlite;
using Simulator.Scenarios.Parsing;
using Simulator.Store.Recording;
using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

/// <summary>A run file another program holds locked is refused, saying so, and left as it was.</summary>
public sealed class LockedFileTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _file;

    public LockedFileTests() => _file = _folder.File("run.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_SayAnotherProgramHasItLocked_When_AReportReadsAFileHeldInAnExclusiveTransaction()
    {
        // Given a recorded run that another program (sqlite3, a backup tool) holds in an exclusive transaction
        var text = File.ReadAllText(StoreScenarios.Fleet);
        RecordedRun.Run(_file, ScenarioParser.Parse(text, StoreScenarios.Fleet), text);
        var before = FileSnapshot.Of(_file);
        using var other = new SqliteConnection($"Data Source={_file};Pooling=False");
        other.Open();
        other.Execute("BEGIN EXCLUSIVE");

        // When
        var report = CliRun.Of("report", _file, "jobs");

        // Then it is refused, in a few seconds rather than Microsoft.Data.Sqlite's thirty (not timed here: see Database.BusyWaitSeconds)
        report.ExitCode.ShouldBe(2);
        report.Error.ShouldBe($"vaultsim: {_file}: another program has the file locked; it was left untouched. Try again once it has let go of the file.\n");
        other.Execute("ROLLBACK");
        FileSnapshot.Of(_file).ShouldBe(before);
    }
}
