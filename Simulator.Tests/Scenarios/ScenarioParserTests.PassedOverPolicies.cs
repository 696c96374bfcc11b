using Simulator.Scenarios;
using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary>A vault's policy list exported from Azure holds policies of workloads vaultsim does not simulate, which
/// its import passes over: a scenario that names one is told why the vault has no such policy.</summary>
public sealed partial class ScenarioParserTests
{
    [Theory]
    [InlineData("vms:\n  - name: vm-sql-01\n    vault: vault-a\n    policy: HourlyLogBackup\n", "12:13: vms[0].policy: vault 'vault-a' has no policy 'HourlyLogBackup'.")]
    [InlineData("vms:\n  - name: vm-sql-01\n    region: westeurope\ntimeline:\n  - at: +1h\n    do: configureProtection\n    item: vm-sql-01\n    vault: vault-a\n    policy: hourlylogbackup\n", "17:13: timeline[0].policy: no policy named 'hourlylogbackup' is defined in vault 'vault-a'.")]
    public void Should_SayTheImportPassedThePolicyOver_When_AVmNamesASqlPolicyOfAnImportedList(string world, string refusal)
    {
        // Given the sample 'az backup policy list' of a vault that backs up SQL in a VM too, imported whole
        using var folder = new Support.TempFolder();
        System.IO.File.Copy(Path.Combine(AppContext.BaseDirectory, "Policies", "Samples", "vault-list.json"), folder.File("vault-list.json"));
        var scenario = Support.PolicySamples.ScenarioImporting(folder, "vault-list.json");
        System.IO.File.AppendAllText(scenario, "\n" + world);

        // When
        var error = Should.Throw<ScenarioLoadException>(() => ScenarioParser.Load(scenario));

        // Then
        error.Errors.ShouldHaveSingleItem().ToString().ShouldBe($"{scenario}:{refusal}"
            + " vault-list.json lists 'HourlyLogBackup', but as an AzureWorkload policy (SQL Server and SAP HANA databases in Azure VMs),"
            + " which vaultsim does not simulate, so its import passed it over. Its policies: DefaultPolicy, EnhancedHourly6.");
    }
}
