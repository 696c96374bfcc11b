using Simulator.Core.Policies.AzureJson;
using Simulator.Tui.Cli;

namespace Simulator.Tests.Policies;

/// <summary>Policies of workloads vaultsim does not simulate (SQL in VMs, Azure Files), as a vault's exports hold them.</summary>
public sealed class PolicyWorkloadTests
{
    private const string SqlPolicy = """
        {
          "name": "SqlPolicy",
          "properties": {
            "backupManagementType": "AzureWorkload",
            "workLoadType": "SQLDataBase",
            "settings": { "timeZone": "UTC", "issqlcompression": false },
            "subProtectionPolicy": []
          }
        }
        """;

    [Fact]
    public void Should_SayTheWorkloadIsNotSimulated_When_ALonePolicyIsASqlPolicy()
    {
        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.ImportAll(SqlPolicy, "sql.json"));

        // Then
        error.Message.ShouldBe("sql.json:4:29: properties.backupManagementType: 'AzureWorkload' (SQL Server and SAP HANA databases in Azure VMs) is not simulated; vaultsim simulates AzureIaasVM (Azure VM) and MAB (MARS agent) policies");
    }

    [Fact]
    public void Should_ReadTheVmPolicies_When_AListAlsoHoldsPoliciesOfOtherWorkloads()
    {
        // Given what 'az backup policy list' prints for a vault that also backs up SQL databases
        var vm = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Policies", "Samples", "standard-daily.json"));
        var json = $"[{SqlPolicy}, {vm}]";

        // When
        var policies = AzurePolicyJson.ImportAll(json, "list.json");

        // Then
        policies.Select(p => p.Name).ShouldBe(["testing123"]);
        AzurePolicyJson.Place(json, "list.json", 0, "name").ShouldBe("list.json:13:9");
    }

    [Fact]
    public void Should_SayThePolicyIsNotSimulated_When_PreviewAsksForAListsSqlPolicy()
    {
        // Given
        var vm = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Policies", "Samples", "standard-daily.json"));
        var path = Path.Combine(Path.GetTempPath(), $"vaultsim-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, $"[{SqlPolicy}, {vm}]");
        using var output = new StringWriter();
        using var error = new StringWriter();

        // When
        var code = VaultsimCli.Run(["policy", "preview", path, "--policy", "sqlpolicy"], new CliIo(output, error, false));

        // Then
        code.ShouldBe(ExitCodes.InvalidInput);
        error.ToString().ShouldContain($"--policy: 'SqlPolicy' in {path} is an AzureWorkload policy (SQL Server and SAP HANA databases in Azure VMs), which vaultsim does not simulate; the only allowed value is 'testing123'.");
    }

    [Fact]
    public void Should_PreviewTheVmPolicyOfTheSampleList_When_NoPolicyIsNamed()
    {
        // Given
        var path = Path.Combine(AppContext.BaseDirectory, "Policies", "Samples", "vault-list.json");
        using var output = new StringWriter();
        using var error = new StringWriter();

        // When
        var code = VaultsimCli.Run(["policy", "preview", path, "--from", "2026-03-28", "--count", "8"], new CliIo(output, error, false));

        // Then the day's last snapshot, on the last day of March, is kept 12 months
        code.ShouldBe(ExitCodes.Ok, error.ToString());
        output.ToString().ShouldContain("2026-03-31 13:00Z  2026-03-31 15:00 +02:00  shifted (set 14:00)  yes    Monthly  2027-03-31 13:00Z   2026-04-07 13:00Z");
    }

    [Fact]
    public void Should_SayHowToExportThePolicy_When_TheFileIsPowerShellsObject()
    {
        // Given Get-AzRecoveryServicesBackupProtectionPolicy | ConvertTo-Json, which has no properties object
        const string json = """
            {
              "SchedulePolicy": { "ScheduleRunFrequency": 1, "ScheduleRunTimes": [ "2026-01-15T02:30:00Z" ] },
              "RetentionPolicy": { "IsDailyScheduleEnabled": true },
              "Name": "DefaultPolicy",
              "WorkloadType": 1
            }
            """;

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.ImportAll(json, "ps.json"));

        // Then
        error.Message.ShouldBe("ps.json:1:1: properties: is missing; this is Azure PowerShell's policy object (SchedulePolicy at the top, enums as numbers), which vaultsim does not read; export the policy with 'az backup policy show -o json', or the REST API's GET (Invoke-AzRestMethod)");
    }

    [Fact]
    public void Should_SayItIsPreviewOutput_When_ThePreviewsOwnJsonIsPreviewed()
    {
        // Given what 'policy preview -o json' printed, given back to it
        const string json = """
            { "policy": "DefaultPolicy", "kind": "Standard", "timeZone": "UTC", "runs": [ { "runUtc": "2026-11-25T04:30:00Z" } ] }
            """;

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.ImportAll(json, "preview.json"));

        // Then
        error.Message.ShouldBe("preview.json:1:1: name: is missing; this is what 'vaultsim policy preview -o json' prints (a policy's runs), not a policy; preview the policy file it was made from");
    }
}
