using System.Text.Json;
using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary>An editor bounds the duration settings where the parser does: 1s (0s for a start delay) to 1d.</summary>
public sealed partial class ScenarioSchemaTests
{
    [Theory]
    [InlineData("maxStartDelay")]
    [InlineData("snapshotDuration")]
    [InlineData("operationDuration")]
    public void Should_BoundEachDurationSettingAsTheParserDoes(string setting)
    {
        // Given: values on both sides of 0s, 1s and 1d, written in each unit
        string[] values = ["0s", "0m", "0d0h0m0s", "1s", "59s", "2h", "23h59m59s", "1d", "24h", "1440m", "86400s", "0001d",
            "1d0h0m0s", "1d1s", "1d0h0m01s", "24h1s", "25h", "1440m1s", "1441m", "86401s", "2d", "10d", "100h", "99999s"];
        var schema = Schema.GetProperty("properties").GetProperty("settings").GetProperty("properties").GetProperty(setting);

        // When
        var disagreements = values
            .Select(v => (Value: v, Parser: Record.Exception(() => ScenarioParser.Parse($"{ThroughputWorld}\nsettings:\n  {setting}: {v}\n", "check.yaml")) is null, Schema: AcceptsText(schema, v)))
            .Where(r => r.Parser != r.Schema)
            .Select(r => $"{setting}: '{r.Value}': parser {r.Parser}, schema {r.Schema}")
            .ToList();

        // Then
        disagreements.ShouldBeEmpty();
    }

    /// <summary>Whether a string schema takes the text, by the keywords a string choice of this schema uses: <c>pattern</c>,
    /// <c>not</c> and <c>anyOf</c> (besides those <see cref="Accepts"/> reads).</summary>
    private static bool AcceptsText(JsonElement schema, string value) =>
        Accepts(schema, value)
        && (!schema.TryGetProperty("not", out var not) || !AcceptsText(not, value))
        && (!schema.TryGetProperty("anyOf", out var anyOf) || anyOf.EnumerateArray().Any(choice => AcceptsText(choice, value)));
}
