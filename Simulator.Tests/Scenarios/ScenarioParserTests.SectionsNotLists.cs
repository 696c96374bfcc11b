namespace Simulator.Tests.Scenarios;

/// <summary>A world section that is no list (<c>vaults:</c> with nothing, a mapping, a name): one mistake, not one per reference.</summary>
public sealed partial class ScenarioParserTests
{
    [Theory]
    [InlineData("vaults:\n  - name: vault-weu\n    region: westeurope\n", "vaults:\n    name: vault-weu\n    region: westeurope\n", "vaults", "expected a list, found a mapping.")]
    [InlineData("vms:\n  - name: vm-web-01\n", "vms:\n    name: vm-web-01\n", "vms", "expected a list, found a mapping.")]
    [InlineData("fleets:\n  - name: web\n", "fleets:\n    name: web\n", "fleets", "expected a list, found a mapping.")]
    public void Should_ReportOnlyTheSection_When_ItIsNoList(string find, string replace, string field, string message)
    {
        // Given: the steps and checks name what the section meant to define
        var text = World.Replace("    policies:\n      - name: Gold\n        schedule: { frequency: Daily, times: [\"02:00\"] }\n        retention: { daily: { days: 30 } }\n", string.Empty, StringComparison.Ordinal)
            .Replace("    policy: Gold\n", string.Empty, StringComparison.Ordinal)
            .Replace(find, replace, StringComparison.Ordinal) + """
            timeline:
              - at: 2026-01-06T10:00:00Z
                do: setSoftDelete
                vault: vault-weu
                enabled: false
            expect:
              - item: vm-web-01
                protectionState: Protected
              - item: web-001
                protectionState: Protected
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe(field);
        error.Message.ShouldBe(message);
    }
}
