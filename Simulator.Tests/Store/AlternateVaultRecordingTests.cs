using System.Text.Json;
using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

/// <summary>A run where a VM's backup moves to another vault records an item in each vault, and reports tell them apart.</summary>
public sealed class AlternateVaultRecordingTests : IDisposable
{
    private static readonly string Scenario = Path.Combine(RepositoryFiles.Scenarios, "reconfigure-alternate-vault.yaml");

    private readonly TempFolder _folder = new();
    private readonly string _db;

    public AlternateVaultRecordingTests()
    {
        _db = _folder.File("run.db");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_RecordTheVmsItemInEachVault_When_ItsBackupMovedToAnotherVault()
    {
        // Given / When
        var run = CliRun.Of("run", Scenario, "--db", _db);

        // Then
        run.ExitCode.ShouldBe(0, run.Out + run.Error);
        var items = Rows(CliRun.Of("report", _db, "items", "-o", "json"));
        items.Select(i => (i["vault"].GetString(), i["friendlyName"].GetString(), i["protectionState"].GetString()))
            .ShouldBe([("vault-grs", "vm-erp-01", "BackupsSuspended"), ("vault-lrs", "vm-erp-01", "Protected")]);
    }

    [Fact]
    public void Should_AddAVaultColumnToTheTables_When_TheRowsComeFromTwoVaults()
    {
        // Given
        CliRun.Of("run", Scenario, "--db", _db).ExitCode.ShouldBe(0);

        // When
        var items = CliRun.Of("report", _db, "items").Out.Split('\n');
        var oldPoints = CliRun.Of("report", _db, "points", "--item", "vault-grs/vm-erp-01").Out.Split('\n');

        // Then the VM's two items read apart, while one vault's points add no Vault column
        items[0].ShouldEndWith("  Health Status  Vault");
        items[2].ShouldContain("  Healthy            Passed         vault-grs");
        items[3].ShouldContain("  Healthy            Passed         vault-lrs");
        oldPoints[0].ShouldBe("Name  Time                  Consistency    Tier                      Copy  Expiry");
    }

    [Fact]
    public void Should_ListOneVaultsPoints_When_TheItemIsNamedWithItsVault()
    {
        // Given
        CliRun.Of("run", Scenario, "--db", _db).ExitCode.ShouldBe(0);

        // When
        var old = Rows(CliRun.Of("report", _db, "points", "--item", "vault-grs/vm-erp-01", "-o", "json"));
        var all = Rows(CliRun.Of("report", _db, "points", "--item", "vm-erp-01", "-o", "json"));

        // Then the old vault keeps only its newest point (the others expired as per policy); the name alone lists both vaults'
        old.Select(p => p["name"].GetString()).ShouldBe(["10"]);
        all.Count.ShouldBeGreaterThan(30);
    }

    [Fact]
    public void Should_NameEachPointsVault_When_TheNameAloneListsThePointsOfTwoVaults()
    {
        // Given
        CliRun.Of("run", Scenario, "--db", _db).ExitCode.ShouldBe(0);

        // When
        var json = Rows(CliRun.Of("report", _db, "points", "--item", "vm-erp-01", "-o", "json"));
        var csv = CliRun.Of("report", _db, "points", "--item", "vm-erp-01", "-o", "csv").Out.ReplaceLineEndings("\n").Split('\n');

        // Then a program reading either can tell the old vault's point from the new vault's
        json.Where(p => p["vault"].GetString() == "vault-grs").Select(p => p["name"].GetString()).ShouldBe(["10"]);
        json.Count(p => p["vault"].GetString() == "vault-lrs").ShouldBe(json.Count - 1);
        csv[0].Split(',').ShouldContain("Vault");
        csv[1].Split(',').ShouldContain("vault-grs");
    }

    private static List<Dictionary<string, JsonElement>> Rows(CliRun outcome)
    {
        outcome.ExitCode.ShouldBe(0, outcome.Error);
        return JsonSerializer.Deserialize<List<Dictionary<string, JsonElement>>>(outcome.Out)!;
    }
}
