using Simulator.Tests.Support;

namespace Simulator.Tests.Scenarios;

/// <summary>An editor checking a bundled scenario against the schema finds nothing to flag, and flags a file the
/// schema can tell is wrong.</summary>
public sealed partial class ScenarioSchemaTests
{
    public static TheoryData<string> BundledScenarioNames() => [.. RepositoryFiles.BundledScenarios().Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(BundledScenarioNames))]
    public void Should_ValidateEveryBundledScenarioAgainstTheSchema(string file)
    {
        // Given
        var scenario = JsonSchemaCheck.FromYaml(File.ReadAllText(Path.Combine(RepositoryFiles.Scenarios, file)));

        // When
        var problems = JsonSchemaCheck.Problems(Schema, scenario);

        // Then
        problems.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("os: Windows", "os: Solaris", "$.vms[0].os: enum")]
    [InlineData("usedGb: 64", "usedGb: '64'", "$.vms[0].usedGb: type")]
    [InlineData("- name: vm-1\n    region", "- region", "$.vms[0]: required")]
    [InlineData("usedGb: 64", "usedGB: 64", "$.vms[0]: additionalProperties")]
    public void Should_FlagAScenarioTheSchemaCanTellIsWrong(string written, string mistake, string flagged)
    {
        // Given
        var text = "name: check\nstart: 2026-01-05T00:00:00Z\nduration: 2d\nvms:\n  - name: vm-1\n    region: westeurope\n    vault: vault-weu\n    os: Windows\n    usedGb: 64\n";

        // When
        var problems = JsonSchemaCheck.Problems(Schema, JsonSchemaCheck.FromYaml(text.Replace(written, mistake)));

        // Then
        problems.ShouldContain(flagged);
    }
}
