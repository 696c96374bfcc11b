using System.Text.Json;
using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

/// <summary>The policy <c>report items</c> gives an item, as the dashboard and Azure give it: none once protection is stopped with the data retained.</summary>
public sealed class StoppedItemPolicyReportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Dictionary<string, JsonElement> ItemAt(string scenario, string until, string name)
    {
        var db = _folder.File("run.db");
        CliRun.Of("run", Path.Combine(RepositoryFiles.Scenarios, scenario), "--until", until, "--db", db).ExitCode.ShouldBe(0);
        var report = CliRun.Of("report", db, "items", "-o", "json");
        report.ExitCode.ShouldBe(0, report.Error);
        return JsonSerializer.Deserialize<List<Dictionary<string, JsonElement>>>(report.Out)!.Single(i => i["friendlyName"].GetString() == name);
    }

    [Fact]
    public void Should_ListNoPolicy_When_ProtectionIsStoppedWithTheDataRetainedForever()
    {
        // When vm-api-01 is stopped with its data retained forever
        var item = ItemAt("stop-retain-then-resume.yaml", "2026-06-01T00:00:00Z", "vm-api-01");

        // Then, as domain.md §5.2 says of that stop ("No policy attached") and the dashboard shows, no policy
        (item["protectionState"].GetString(), item["policy"].ValueKind).ShouldBe(("ProtectionStopped", JsonValueKind.Null));
    }

    [Fact]
    public void Should_ListNoPolicy_When_AnItemIsSoftDeleted()
    {
        // When vm-gone-01's data is soft-deleted
        var item = ItemAt("stop-delete-soft-delete-undelete.yaml", "2026-06-10T00:00:00Z", "vm-gone-01");

        // Then no policy is attached to it, as to the item undelete brings back ("data kept with no policy", domain.md §1.4)
        (item["deleteState"].GetString(), item["policy"].ValueKind).ShouldBe(("ToBeDeleted", JsonValueKind.Null));
    }

    [Fact]
    public void Should_ListThePolicy_When_ProtectionIsStoppedAsPerPolicy()
    {
        // When vm-erp-01's backups are suspended, its points still expiring by its policy
        var item = ItemAt("reconfigure-alternate-vault.yaml", "2026-04-10T14:30:00Z", "vm-erp-01");

        // Then the policy that keeps expiring them is still its own
        (item["protectionState"].GetString(), item["policy"].GetString()).ShouldBe(("BackupsSuspended", "DefaultPolicy"));
    }
}
