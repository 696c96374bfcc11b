using Simulator.Scenarios;
using Simulator.Store;
using Simulator.Tests.Support;
using Simulator.Tui.Cli;

namespace Simulator.Tests.Store;

/// <summary>A lab whose file has a cell no vaultsim writes is refused on reopening in the words its reports refuse it with; a finished run shows its replay.</summary>
public sealed partial class LabRecordingTests
{
    /// <summary>A cell the replay does not read, edited by hand: the edit, and the report that refuses it.</summary>
    public static TheoryData<string, string> CellsTheReplayDoesNotRead => new()
    {
        { "UPDATE items SET health = 'Exploded' WHERE name = 'vm-db-01'", "items" },
        { "UPDATE items SET health = x'00' WHERE name = 'vm-web-01'", "items" },
        { "UPDATE jobs SET transfer_gb = 'lots' WHERE seq = (SELECT min(seq) FROM jobs)", "jobs" },
        { "UPDATE jobs SET transfer_gb = -1 WHERE seq = (SELECT min(seq) FROM jobs)", "jobs" },
    };

    [Theory]
    [MemberData(nameof(CellsTheReplayDoesNotRead))]
    public void Should_RefuseTheLabInTheReportsWords_BeforeWritingToIt_When_ACellItsReplayDoesNotReadWasEdited(string edit, string report)
    {
        // Given a closed lab with a cell edited by hand, which its report refuses
        var path = _folder.File("lab.db");
        using (var lab = LabRecording.Start(path, BuiltInScenarios.Demo(), BuiltInScenarios.DemoText))
        {
            lab.Session.RunUntil(Stopped);
        }

        SqliteFiles.Execute(path, edit);
        var reported = CliRun.Of("report", path, report);
        reported.ExitCode.ShouldBe(2);
        var before = FileSnapshot.Of(path);

        // When
        var refused = Should.Throw<RunStoreException>(() => LabRecording.Reopen(path));

        // Then it is refused as the report refuses it, and the lab records nothing into it
        $"vaultsim: {refused.Message}\n".ShouldBe(reported.Error);
        FileSnapshot.Of(path).ShouldBe(before);
    }

    /// <summary>A finished run's cell edited by hand, which the dashboard's replay does not read: the edit, and the report that refuses it.</summary>
    public static TheoryData<string, string> FinishedRunCells => new()
    {
        { "UPDATE data_sources SET type = 'Toaster' WHERE name = 'web-01'", "report FILE items" },
        // Told only of a complete run, whose items are those it ended with
        { "DELETE FROM items WHERE name = 'web-01'", "report FILE items" },
        { "UPDATE recovery_points SET is_full = 2 WHERE id = (SELECT min(p.id) FROM recovery_points p JOIN item_keys k ON k.id = p.item_id WHERE k.item = 'web-01' AND p.deleted_at IS NULL)", "report FILE points --item web-01" },
    };

    [Theory]
    [MemberData(nameof(FinishedRunCells))]
    public void Should_ShowTheFinishedRunsReplay_When_ACellItsReplayDoesNotReadWasEdited(string edit, string report)
    {
        // Given a finished run with a cell edited by hand, which its report refuses
        var path = _folder.File("run.db");
        CliRun.Of("run", StoreScenarios.Fleet, "--db", path).ExitCode.ShouldBe(0);
        SqliteFiles.Execute(path, edit);
        CliRun.Of([.. report.Split(' ').Select(word => word == "FILE" ? path : word)]).ExitCode.ShouldBe(2);
        var before = FileSnapshot.Of(path);

        // When it is opened in the dashboard, read-only
        using var reopened = LabRecording.Reopen(path);
        reopened.CatchUp();

        // Then it shows its replay, which reads no row of the file, and leaves the file as it was
        reopened.IsReadOnly.ShouldBeTrue();
        reopened.Session.IsFinished.ShouldBeTrue();
        FileSnapshot.Of(path).ShouldBe(before);
    }
}
