using System.Text.Json;
using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

/// <summary>A soft-deleted item as a recorded run keeps it: the API's values, which soft delete leaves as the last backup made them.</summary>
public sealed class SoftDeletedItemReportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_KeepTheLastBackupsHealthBesideToBeDeleted_When_AnItemIsSoftDeleted()
    {
        // Given a run stopped while vm-gone-01 is soft-deleted, after a successful last backup
        var db = _folder.File("soft-deleted.db");
        var scenario = Path.Combine(RepositoryFiles.Scenarios, "stop-delete-soft-delete-undelete.yaml");
        CliRun.Of("run", scenario, "--until", "2026-06-10T00:00:00Z", "--db", db).ExitCode.ShouldBe(0);

        // When
        var report = CliRun.Of("report", db, "items", "-o", "json");

        // Then it reads as Azure's own sample of a soft-deleted VM item does: healthy, to be deleted
        report.ExitCode.ShouldBe(0, report.Error);
        var item = JsonSerializer.Deserialize<List<Dictionary<string, JsonElement>>>(report.Out)!.Single(i => i["friendlyName"].GetString() == "vm-gone-01");
        (item["protectionStatus"].GetString(), item["healthStatus"].GetString(), item["deleteState"].GetString()).ShouldBe(("Healthy", "Passed", "ToBeDeleted"));
        item["protectionState"].GetString().ShouldBe("ProtectionStopped");
    }
}
