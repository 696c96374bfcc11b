using System.Text.Json;
using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary>An editor bounds an expectation's positions and counts where the parser does: a position is 1 to 1,000,000
/// from the oldest or -1 to -1,000,000 from the newest, never 0; a count fits a 32-bit number.</summary>
public sealed partial class ScenarioSchemaTests
{
    private static readonly long[] Positions = [-99_999_999_999, -1_000_001, -1_000_000, -1, 0, 1, 7, 1_000_000, 1_000_001, 2_147_483_647, 2_147_483_648];

    [Theory]
    [InlineData("job")]
    [InlineData("point")]
    public void Should_TakeThePositionsTheParserTakes(string subject)
    {
        // Given
        var nth = ItemsOf("expect").GetProperty("properties").GetProperty(subject).GetProperty("properties").GetProperty("nth");
        var assertion = subject == "job" ? "status: Completed" : "tier: Snapshot";

        // When
        var disagreements = Positions
            .Select(n => (Value: n, Parser: ParsesExpectation($"{subject}: {{ item: vm-web-01, nth: {n} }}\n    {assertion}"), Schema: AcceptsInteger(nth, n)))
            .Where(r => r.Parser != r.Schema)
            .Select(r => $"{subject}.nth: {r.Value}: parser {r.Parser}, schema {r.Schema}")
            .ToList();

        // Then
        disagreements.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("count")]
    [InlineData("min")]
    [InlineData("max")]
    public void Should_BoundAnExpectedCountAsTheParserDoes(string field)
    {
        // Given
        var count = ItemsOf("expect").GetProperty("properties").GetProperty(field);

        // When
        var disagreements = Positions
            .Select(n => (Value: n, Parser: ParsesExpectation($"jobs: {{ item: vm-web-01 }}\n    {field}: {n}"), Schema: AcceptsInteger(count, n)))
            .Where(r => r.Parser != r.Schema)
            .Select(r => $"{field}: {r.Value}: parser {r.Parser}, schema {r.Schema}")
            .ToList();

        // Then
        disagreements.ShouldBeEmpty();
    }

    /// <summary>Whether a schema takes a whole number, by the keywords its number choices use: <c>type</c>, the bounds,
    /// <c>not</c> with <c>const</c>, and <c>oneOf</c> (exactly one choice).</summary>
    private static bool AcceptsInteger(JsonElement schema, long value) =>
        (!schema.TryGetProperty("type", out var type) || type.GetString() is "integer" or "number")
        && (!schema.TryGetProperty("enum", out var values) || values.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.Number && v.GetInt64() == value))
        && (!schema.TryGetProperty("const", out var constant) || (constant.ValueKind == JsonValueKind.Number && constant.GetInt64() == value))
        && (!schema.TryGetProperty("minimum", out var min) || value >= min.GetDouble())
        && (!schema.TryGetProperty("maximum", out var max) || value <= max.GetDouble())
        && (!schema.TryGetProperty("not", out var not) || !AcceptsInteger(not, value))
        && (!schema.TryGetProperty("oneOf", out var oneOf) || oneOf.EnumerateArray().Count(choice => AcceptsInteger(choice, value)) == 1);

    private static bool ParsesExpectation(string expectation) =>
        Record.Exception(() => ScenarioParser.Parse(
            $"{ThroughputWorld}\nvms:\n  - name: vm-web-01\n    vault: vault-weu\nexpect:\n  - {expectation}\n", "check.yaml")) is null;
}
