using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary>An editor refuses a scenario's duration and an RPO's maxAge under a minute, as the parser does.</summary>
public sealed partial class ScenarioSchemaTests
{
    private static readonly string[] NearAMinute = ["0s", "1s", "59s", "0m", "0d0h0m59s", "00059s", "0h59s", "60s", "1m", "0h1m", "0d0h0m60s", "2h", "1d"];

    [Fact]
    public void Should_BoundTheScenariosDurationAsTheParserDoes()
    {
        // Given
        var schema = Schema.GetProperty("properties").GetProperty("duration");

        // When
        var disagreements = NearAMinute
            .Select(d => (Value: d, Parser: Record.Exception(() => ScenarioParser.Parse($"name: check\nstart: 2026-01-05T00:00:00Z\nduration: {d}\n", "check.yaml")) is null, Schema: AcceptsText(schema, d)))
            .Where(r => r.Parser != r.Schema)
            .Select(r => $"duration: '{r.Value}': parser {r.Parser}, schema {r.Schema}")
            .ToList();

        // Then
        disagreements.ShouldBeEmpty();
    }

    [Fact]
    public void Should_BoundAnRposMaxAgeAsTheParserDoes()
    {
        // Given
        var schema = ItemsOf("expect").GetProperty("properties").GetProperty("maxAge");

        // When
        var disagreements = NearAMinute
            .Select(d => (Value: d, Parser: ParsesExpectation($"rpo: {{ item: vm-web-01 }}\n    maxAge: {d}"), Schema: AcceptsText(schema, d)))
            .Where(r => r.Parser != r.Schema)
            .Select(r => $"maxAge: '{r.Value}': parser {r.Parser}, schema {r.Schema}")
            .ToList();

        // Then
        disagreements.ShouldBeEmpty();
    }
}
