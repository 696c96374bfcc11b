using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

/// <summary>Why <c>report points</c> says a killed run's points are kept past their dates: the item's state when the run stopped, not when its items were last written.</summary>
public sealed class KilledRunKeptPointsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_SayThePointsAreKeptWhileProtectionIsStopped_When_TheRunWasKilledAfterTheStop()
    {
        // Given a run past 10 May, when vm-api-01's protection stops retaining its data forever, left as a kill leaves
        // it: incomplete, its items as they were written at the start (IRPending), every event committed
        var db = _folder.File("killed.db");
        var scenario = Path.Combine(RepositoryFiles.Scenarios, "stop-retain-then-resume.yaml");
        CliRun.Of("run", scenario, "--until", "2026-06-10T00:00:00Z", "--db", db).ExitCode.ShouldBe(0);
        SqliteFiles.Execute(db, "UPDATE runs SET status = 'incomplete', items_as_of = '2026-05-01T00:00:00Z'; UPDATE items SET protection_state = 'IRPending', last_backup_status = 'IRPending'");

        // When
        var report = CliRun.Of("report", db, "points", "--item", "vm-api-01");

        // Then the point of 1 May, past its 30 days, is kept because protection is stopped, not by a transfer
        report.ExitCode.ShouldBe(0, report.Error);
        report.Out.Split('\n')[2].ShouldBe("1     2026-05-01T03:49:10Z  AppConsistent  VaultStandard             Full         kept (protection stopped)");
    }

    [Fact]
    public void Should_SayTheJobsAndPointsGoFurther_When_AKilledRunsItemsAreReported()
    {
        // Given a run recorded to 10 June and marked as a kill leaves it: incomplete, its items last written on 1 May
        var db = _folder.File("killed.db");
        var scenario = Path.Combine(RepositoryFiles.Scenarios, "stop-retain-then-resume.yaml");
        CliRun.Of("run", scenario, "--until", "2026-06-10T00:00:00Z", "--db", db).ExitCode.ShouldBe(0);
        SqliteFiles.Execute(db, "UPDATE runs SET status = 'incomplete', items_as_of = '2026-05-01T00:00:00.000000000Z'");

        // When
        var report = CliRun.Of("report", db, "items");

        // Then, IRPending items beside weeks of completed jobs not taken for a damaged file
        report.ExitCode.ShouldBe(0, report.Error);
        report.Error.ShouldEndWith("note: the items are as they were at 2026-05-01T00:00:00Z, when they were last recorded; the run's jobs and points go on to 2026-06-10T00:00:00Z.\n");
    }
}
