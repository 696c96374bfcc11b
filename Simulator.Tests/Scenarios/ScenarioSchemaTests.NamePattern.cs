using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary>An editor flags a fleet's name pattern the parser refuses: one without a counter, or with a brace that is
/// no placeholder.</summary>
public sealed partial class ScenarioSchemaTests
{
    [Theory]
    [InlineData("vm-{n}")]
    [InlineData("vm-{word}-{n:00}")]
    [InlineData("{name}-{region}-{n:000}")]
    [InlineData("vm-web")]
    [InlineData("vm-{WORD}-{n}")]
    [InlineData("vm-{n:}")]
    [InlineData("vm-{n:0a}")]
    [InlineData("vm-{n}}")]
    [InlineData("vm-{{n}")]
    [InlineData("vm-{name}")]
    public void Should_TakeTheNamePatternsTheParserTakes(string pattern)
    {
        // Given
        var schema = ItemsOf("fleets").GetProperty("properties").GetProperty("namePattern");

        // When
        var parsed = Record.Exception(() => ScenarioParser.Parse(
            $"{ThroughputWorld}\nfleets:\n  - name: web\n    count: 2\n    namePattern: \"{pattern}\"\n    vault: vault-weu\n", "check.yaml"));

        // Then
        AcceptsText(schema, pattern).ShouldBe(parsed is null, parsed?.Message);
    }
}
