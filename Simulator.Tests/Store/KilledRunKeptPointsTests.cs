using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

/// <summary>Reports of a killed run: why <c>report points</c> says its points are kept past their dates (the item's state when the run stopped, not when its items were last written), and what <c>report items</c> says of that moment.</summary>
public sealed class KilledRunKeptPointsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_SayThePointsAreKeptWhileProtectionIsStopped_When_TheRunWasKilledAfterTheStop()
    {
        // Given a run past 10 May, when vm-api-01's protection stops retaining its data forever
        var db = KilledRun();

        // When
        var report = CliRun.Of("report", db, "points", "--item", "vm-api-01");

        // Then the point of 1 May, past its 30 days, is kept because protection is stopped, not by a transfer
        report.ExitCode.ShouldBe(0, report.Error);
        report.Out.Split('\n')[2].ShouldBe("1     2026-05-01T03:49:10Z  AppConsistent  VaultStandard             Full         kept (protection stopped)");
    }

    [Fact]
    public void Should_SayTheJobsAndPointsGoFurther_When_AKilledRunsItemsAreReported()
    {
        // Given the same run, its events to 10 June, its items last written on 1 May
        var db = KilledRun();

        // When
        var report = CliRun.Of("report", db, "items");

        // Then, IRPending items beside weeks of completed jobs not taken for a damaged file
        report.ExitCode.ShouldBe(0, report.Error);
        report.Error.ShouldEndWith("note: the items are as they were at 2026-05-01T00:00:00Z, when they were last recorded; the run's jobs and points go on to 2026-06-10T00:00:00Z.\n");
    }

    /// <summary>stop-retain-then-resume recorded to 10 June, left as a kill leaves a file: incomplete, every event committed, its items as written on 1 May (IRPending).</summary>
    private string KilledRun()
    {
        var db = _folder.File("killed.db");
        var scenario = Path.Combine(RepositoryFiles.Scenarios, "stop-retain-then-resume.yaml");
        CliRun.Of("run", scenario, "--until", "2026-06-10T00:00:00Z", "--db", db).ExitCode.ShouldBe(0);
        SqliteFiles.Execute(db, "UPDATE runs SET status = 'incomplete', items_as_of = '2026-05-01T00:00:00.000000000Z'; UPDATE items SET protection_state = 'IRPending', last_backup_status = 'IRPending'");
        return db;
    }
}
