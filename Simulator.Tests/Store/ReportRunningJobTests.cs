using System.Text.Json;
using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

/// <summary><c>vaultsim report FILE jobs</c> of a run stopped while a job still ran.</summary>
public sealed class ReportRunningJobTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _db;

    public ReportRunningJobTests()
    {
        // A day and three hours in, vm-big-01's first transfer, of a day and more, still runs
        _db = _folder.File("run.db");
        CliRun.Of("run", Path.Combine(RepositoryFiles.Scenarios, "long-transfer-overlap.yaml"), "--until", "+1d3h", "--db", _db).ExitCode.ShouldBe(0);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_GiveNoTransferSize_When_TheJobStillRan()
    {
        // When
        var report = CliRun.Of("report", _db, "jobs", "--status", "InProgress", "-o", "json");

        // Then its size is not known, as its end is not: the file keeps what a job sent when it ends, and 0 read as
        // a day's transfer having sent nothing
        report.ExitCode.ShouldBe(0, report.Error);
        var jobs = JsonSerializer.Deserialize<List<Dictionary<string, JsonElement>>>(report.Out)!;
        jobs.ShouldNotBeEmpty();
        jobs.ShouldAllBe(j => j["endTimeUtc"].ValueKind == JsonValueKind.Null && j["transferGb"].ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public void Should_LeaveTheTransferSizeEmpty_When_TheJobStillRanAndTheOutputIsCsv()
    {
        // When
        var report = CliRun.Of("report", _db, "jobs", "--status", "InProgress", "-o", "csv");

        // Then
        report.ExitCode.ShouldBe(0, report.Error);
        var rows = report.Out.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(row => row.EndsWith(",Scheduled,,,", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_StillGiveTheTransferSize_When_TheJobEnded()
    {
        // When
        var report = CliRun.Of("report", _db, "jobs", "--status", "Completed", "-o", "json");

        // Then
        var jobs = JsonSerializer.Deserialize<List<Dictionary<string, JsonElement>>>(report.Out)!;
        jobs.ShouldNotBeEmpty();
        jobs.ShouldAllBe(j => j["transferGb"].ValueKind == JsonValueKind.Number);
    }
}
