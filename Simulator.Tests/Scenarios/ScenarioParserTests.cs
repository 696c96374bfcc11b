using Simulator.Scenarios;
using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary>What checking a scenario file reports: each mistake once, at its root, with its file, line and field.</summary>
public sealed partial class ScenarioParserTests
{
    private const string File = "check.yaml";

    /// <summary>A valid header and world for the tests to add a mistake to: one vault with a Gold policy, one VM, a fleet of three.</summary>
    private const string World = """
        name: check
        start: 2026-01-05T00:00:00Z
        duration: 7d
        vaults:
          - name: vault-weu
            region: westeurope
            policies:
              - name: Gold
                schedule: { frequency: Daily, times: ["02:00"] }
                retention: { daily: { days: 30 } }
        vms:
          - name: vm-web-01
            vault: vault-weu
            policy: Gold
        fleets:
          - name: web
            count: 3
            vault: vault-weu

        """;

    private static IReadOnlyList<ScenarioError> ErrorsOf(string text) =>
        Should.Throw<ScenarioLoadException>(() => ScenarioParser.Parse(text, File)).Errors;

    private static string Describe(IEnumerable<ScenarioError> errors) => string.Join("\n", errors);

    /// <summary>The one mistake of a scenario file importing the daily sample policy changed as given, saved as <paramref name="jsonFile"/>; and the scenario's path, which the mistake starts with.</summary>
    private static (string Scenario, string Error) ImportedSampleError(string jsonFile, string find, string replace)
    {
        using var folder = new Support.TempFolder();
        System.IO.File.WriteAllText(folder.File(jsonFile), Support.PolicySamples.StandardDaily(find, replace));
        var scenario = Support.PolicySamples.ScenarioImporting(folder, jsonFile);
        var error = Should.Throw<ScenarioLoadException>(() => ScenarioParser.Load(scenario));
        return (scenario, error.Errors.ShouldHaveSingleItem().ToString());
    }
}
