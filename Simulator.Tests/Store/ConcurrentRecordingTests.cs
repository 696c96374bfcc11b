using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

/// <summary>Two runs recorded into one new file at the same moment: one records, or neither does, and no run is lost.</summary>
public sealed class ConcurrentRecordingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_LeaveTheFileToTheRunThatRecorded_When_TwoRunsStartIntoOneNewFileAtOnce()
    {
        // Before the fix, in about half the tries the run refused removed the file the other was recording into
        for (var attempt = 0; attempt < 6; attempt++)
        {
            // Given a path no file has yet
            var path = _folder.File($"race-{attempt}.db");

            // When two runs of the demo start into it at once
            using var start = new Barrier(2);
            var runs = new[] { 0, 1 }.Select(_ => Task.Run(() =>
            {
                start.SignalAndWait();
                return CliRun.Of("run", Path.Combine(RepositoryFiles.Scenarios, "demo.yaml"), "--db", path);
            })).ToArray();
            var results = runs.Select(r => r.Result).ToList();

            // Then each recorded or was refused in words, and a run that recorded is in the file
            results.ShouldAllBe(r => r.ExitCode == 0 || r.ExitCode == 2);
            results.Where(r => r.ExitCode == 2).ShouldAllBe(r => r.Error.StartsWith($"vaultsim: {path}: ", StringComparison.Ordinal) && !r.Error.Contains("SQLite Error", StringComparison.Ordinal));
            if (results.Any(r => r.ExitCode == 0))
            {
                CliRun.Of("report", path, "items").ExitCode.ShouldBe(0, string.Join(" | ", results.Select(r => r.Error)));
            }
        }
    }
}
