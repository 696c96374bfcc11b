using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

/// <summary><c>vaultsim report</c> asked for the jobs or points of a VM the run has but never protected.</summary>
public sealed class ReportNeverProtectedTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _db;

    public ReportNeverProtectedTests()
    {
        var scenario = _folder.File("unprotected.yaml");
        File.WriteAllText(scenario, """
            name: unprotected
            seed: 3
            start: 2026-01-01T00:00:00Z
            duration: 2d
            vaults:
              - name: vault-a
                region: westeurope
            vms:
              - name: vm-1
                region: westeurope
                vault: vault-a
              - name: vm-2
                region: westeurope
            """);
        _db = _folder.File("run.db");
        CliRun.Of("run", scenario, "--db", _db).ExitCode.ShouldBe(0);
    }

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("jobs")]
    [InlineData("points")]
    public void Should_SayTheVmWasNeverProtected_When_ItsListIsEmptyForThatReason(string list)
    {
        // When
        var report = CliRun.Of("report", _db, list, "--item", "vm-2");

        // Then the empty list is not left to read as backups that ran and left nothing
        report.ExitCode.ShouldBe(0);
        report.Error.ShouldBe("note: the run never protected vm-2 in a vault, so it has no job or recovery point.\n");
    }

    [Fact]
    public void Should_WriteNoNote_When_TheVmWasProtected()
    {
        // When
        var report = CliRun.Of("report", _db, "points", "--item", "vm-1");

        // Then
        report.ExitCode.ShouldBe(0);
        report.Error.ShouldBeEmpty();
    }
}
