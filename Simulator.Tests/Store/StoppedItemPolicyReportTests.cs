using System.Text.Json;
using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

/// <summary>The policy <c>report items</c> gives an item whose protection was stopped: none, as the portal, the API and the dashboard say.</summary>
public sealed class StoppedItemPolicyReportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string RecordStoppedRetainingForever()
    {
        var db = _folder.File("stopped.db");
        var scenario = Path.Combine(RepositoryFiles.Scenarios, "stop-retain-then-resume.yaml");
        CliRun.Of("run", scenario, "--until", "2026-06-01T00:00:00Z", "--db", db).ExitCode.ShouldBe(0);
        return db;
    }

    [Fact]
    public void Should_GiveNoPolicy_When_ProtectionIsStoppedRetainingDataForever()
    {
        // Given a run stopped while vm-api-01's protection is stopped, its data retained forever
        var db = RecordStoppedRetainingForever();

        // When
        var report = CliRun.Of("report", db, "items", "-o", "json");

        // Then no policy is attached, as the dashboard's Policy column says with its dash
        report.ExitCode.ShouldBe(0, report.Error);
        var item = JsonSerializer.Deserialize<List<Dictionary<string, JsonElement>>>(report.Out)!.Single();
        (item["protectionStatus"].GetString(), item["policy"].ValueKind).ShouldBe(("ProtectionStopped", JsonValueKind.Null));
    }

    [Fact]
    public void Should_LeaveThePolicyFieldEmpty_When_ACsvListsAnItemStoppedRetainingDataForever()
    {
        // Given
        var db = RecordStoppedRetainingForever();

        // When
        var report = CliRun.Of("report", db, "items", "-o", "csv");

        // Then
        report.ExitCode.ShouldBe(0, report.Error);
        report.Out.ReplaceLineEndings("\n").Split('\n')[1].ShouldEndWith(",ProtectionStopped,Healthy,vault-wus,,NotDeleted");
    }
}
