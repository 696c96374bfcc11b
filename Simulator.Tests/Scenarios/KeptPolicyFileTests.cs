using Simulator.Scenarios;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Parsing;
using Simulator.Tests.Support;

namespace Simulator.Tests.Scenarios;

/// <summary>A scenario gives the texts of the policy files it imports, and reads them from a run file instead of from beside it.</summary>
public sealed class KeptPolicyFileTests : IDisposable
{
    private const string TwoVaults = """
        name: imports
        start: 2026-01-01T00:00:00Z
        duration: 3d
        vaults:
          - name: vault-a
            region: westeurope
            policies:
              - file: gold.json
          - name: vault-b
            region: westeurope
            policies:
              - file: gold.json
                name: Silver
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_GiveEachImportedFileOnceWithItsText_When_TwoVaultsImportTheSameFile()
    {
        // Given
        var scenario = _folder.File("imports.yaml");
        File.WriteAllText(scenario, TwoVaults);
        File.WriteAllText(_folder.File("gold.json"), PolicySamples.StandardDaily());

        // When
        var definition = ScenarioParser.Load(scenario);

        // Then
        definition.PolicyFiles.ShouldBe([new PolicyFileText("gold.json", PolicySamples.StandardDaily())]);
    }

    [Fact]
    public void Should_ReadTheKeptText_When_NoFileIsBesideTheScenario()
    {
        // Given texts kept by a run file, and no gold.json anywhere
        var kept = new[] { new PolicyFileText("gold.json", PolicySamples.StandardDaily()) };

        // When
        var definition = ScenarioParser.Parse(TwoVaults, _folder.File("imports.yaml"), kept);

        // Then both vaults have the policy, and the definition gives the same texts back to be kept again
        definition.Vaults.Select(v => v.Policies.Count(p => p.Name is "testing123" or "Silver")).ShouldBe([1, 1]);
        definition.PolicyFiles.ShouldBe(kept);
        definition.ImportedFiles.ShouldBeEmpty();
    }

    [Fact]
    public void Should_ReadTheKeptText_When_TheFileBesideTheScenarioSaysOtherwise()
    {
        // Given a gold.json beside the scenario that is not JSON at all
        var scenario = _folder.File("imports.yaml");
        File.WriteAllText(_folder.File("gold.json"), "not json");

        // When
        var definition = ScenarioParser.Parse(TwoVaults, scenario, [new PolicyFileText("gold.json", PolicySamples.StandardDaily())]);

        // Then
        definition.Vaults.Count.ShouldBe(2);
    }

    [Fact]
    public void Should_SayWhichFilesAreKept_When_TheScenarioNamesOneThatIsNot()
    {
        // Given
        var kept = new[] { new PolicyFileText("silver.json", PolicySamples.StandardDaily()), new PolicyFileText("bronze.json", PolicySamples.StandardDaily()) };

        // When
        var error = Should.Throw<ScenarioLoadException>(() => ScenarioParser.Parse(TwoVaults, "imports.yaml", kept));

        // Then
        error.Errors.Select(e => e.ToString()).ShouldBe(
        [
            "imports.yaml:8:15: vaults[0].policies[0].file: gold.json is not among the policy files kept with the scenario in the run file (it keeps bronze.json, silver.json).",
            "imports.yaml:12:15: vaults[1].policies[0].file: gold.json is not among the policy files kept with the scenario in the run file (it keeps bronze.json, silver.json).",
        ]);
    }
}
