using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary>A run recorded with <c>--until</c> is complete up to that time; reading it says where its figures stop, as an interrupted run's reading does.</summary>
public sealed class StoppedRunNoteTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _db;

    public StoppedRunNoteTests()
    {
        // demo runs from 2 to 5 March; stopped after its first day.
        _db = _folder.File("run.db");
        CliRun.Of("run", Path.Combine(RepositoryFiles.Scenarios, "demo.yaml"), "--db", _db, "--until", "+1d").ExitCode.ShouldBe(0);
    }

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("jobs")]
    [InlineData("items")]
    public void Should_SayWhereItsFiguresStop_When_ReportingARunStoppedByUntil(string what)
    {
        // When
        var run = CliRun.Of("report", _db, what);

        // Then
        run.ExitCode.ShouldBe(0);
        run.Error.ShouldBe($"note: {_db} holds a run of 'demo' stopped by --until at 2026-03-03T00:00:00Z, before the scenario's end at 2026-03-05T00:00:00Z; figures stop there.\n");
    }
}
