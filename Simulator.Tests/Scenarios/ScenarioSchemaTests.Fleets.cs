using System.Globalization;
using System.Text.Json;
using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary>An editor bounds a fleet's ranges and shares where the parser does, so a fleet it lets through is not refused
/// on the run.</summary>
public sealed partial class ScenarioSchemaTests
{
    private static readonly double[] FleetValues = [-1, 0, 0.0005, 0.001, 0.5, 1, 30, 100_000, 100_000.5, 1_000_000, 1_000_001];

    [Theory]
    [InlineData("usedGb")]
    [InlineData("churnGb")]
    [InlineData("throughputMBps")]
    public void Should_BoundEachNumberOfAFleetsRangeAsTheParserDoes(string field)
    {
        // Given: the value as the range's minimum and as its maximum
        var items = ItemsOf("fleets").GetProperty("properties").GetProperty(field).GetProperty("items");

        // When
        var disagreements = FleetValues.SelectMany(v => new[] { $"[{Number(v)}, {Number(Math.Max(v, 1_000_000))}]", $"[{Number(Math.Min(v, 0))}, {Number(v)}]" }
                .Select(range => (Value: v, Range: range)))
            .Select(r => (r.Range, Parser: ParsesFleet($"{field}: {r.Range}"), Schema: RangeFits(items, r.Range)))
            .Where(r => r.Parser != r.Schema)
            .Select(r => $"{field}: {r.Range}: parser {r.Parser}, schema {r.Schema}")
            .Distinct()
            .ToList();

        // Then
        disagreements.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("windows")]
    [InlineData("linux")]
    public void Should_BoundAFleetsOsShareAsTheParserDoes(string os)
    {
        // Given
        var share = ItemsOf("fleets").GetProperty("properties").GetProperty("os").GetProperty("properties").GetProperty(os);

        // When
        var disagreements = FleetValues.Where(v => v > 0)
            .Select(v => (Value: v, Parser: ParsesFleet($"os: {{ {os}: {Number(v)} }}"), Schema: Within(share, v)))
            .Where(r => r.Parser != r.Schema)
            .Select(r => $"os.{os}: {Number(r.Value)}: parser {r.Parser}, schema {r.Schema}")
            .ToList();

        // Then
        disagreements.ShouldBeEmpty();
    }

    private static bool RangeFits(JsonElement items, string range) =>
        range.Trim('[', ']').Split(',').All(v => Within(items, double.Parse(v, CultureInfo.InvariantCulture)));

    private static bool ParsesFleet(string keys) =>
        Record.Exception(() => ScenarioParser.Parse($"{ThroughputWorld}\nfleets:\n  - name: web\n    count: 2\n    namePattern: \"vm-{{n:00}}\"\n    vault: vault-weu\n    {keys}\n", "check.yaml")) is null;
}
