using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary><c>vaultsim report FILE points</c> of an item whose backup data was deleted for good says so, rather than listing nothing without a word.</summary>
public sealed class PurgedPointsReportTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _db;

    public PurgedPointsReportTests()
    {
        // vm-gone-01's data is deleted on 8 June; its soft delete ends, and it is purged, 14 days later.
        _db = _folder.File("run.db");
        CliRun.Of("run", Path.Combine(RepositoryFiles.Scenarios, "stop-delete-soft-delete-undelete.yaml"), "--db", _db).ExitCode.ShouldBe(0);
    }

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("table")]
    [InlineData("json")]
    public void Should_SayWhenItsPointsWentWithItsData_When_TheItemWasPurged(string format)
    {
        // When
        var run = CliRun.Of("report", _db, "points", "--item", "vm-gone-01", "--output", format);

        // Then
        run.ExitCode.ShouldBe(0);
        run.Error.ShouldBe("note: the backup data of vm-gone-01 in vault-sea was deleted for good (purged) at 2026-06-22T10:00:30Z, and its 8 recovery points with it.\n");
        run.Out.ShouldBe(format == "json" ? "[]\n" : "Name  Time  Consistency  Tier  Copy  Expiry\n----  ----  -----------  ----  ----  ------\n");
    }

    [Fact]
    public void Should_AddNoNote_When_TheItemWasUndeletedBeforeItsPurge()
    {
        // When
        var run = CliRun.Of("report", _db, "points", "--item", "vault-sea/vm-keep-01");

        // Then
        run.ExitCode.ShouldBe(0);
        run.Error.ShouldBeEmpty();
        run.Out.ShouldContain("VaultStandard");
    }
}
