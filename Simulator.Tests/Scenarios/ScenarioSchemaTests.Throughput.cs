using System.Globalization;
using System.Text.Json;
using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary>An editor bounds a throughput where the parser does, so a value it lets through is not refused on the run.</summary>
public sealed partial class ScenarioSchemaTests
{
    private const string ThroughputWorld = """
        name: check
        start: 2026-01-05T00:00:00Z
        duration: 2d
        vaults:
          - name: vault-weu
            region: westeurope
        """;

    [Theory]
    [InlineData(0.0005)]
    [InlineData(0.001)]
    [InlineData(100_000)]
    [InlineData(100_000.5)]
    public void Should_BoundAVmsThroughputAsTheParserDoes(double mbps)
    {
        // Given
        var text = $"{ThroughputWorld}\nvms:\n  - name: vm-web-01\n    vault: vault-weu\n    throughputMBps: {Number(mbps)}\n";

        // When
        var parserAccepts = Record.Exception(() => ScenarioParser.Parse(text, "check.yaml")) is null;

        // Then
        Within(ItemsOf("vms").GetProperty("properties").GetProperty("throughputMBps"), mbps).ShouldBe(parserAccepts);
    }

    [Theory]
    [InlineData(0.0005)]
    [InlineData(0.001)]
    [InlineData(100_000)]
    [InlineData(100_000.5)]
    public void Should_BoundAMarsServersThroughputAsTheParserDoes(double mbps)
    {
        // Given
        var text = $"{ThroughputWorld}\nmarsServers:\n  - name: fs-01\n    vault: vault-weu\n    throughputMBps: {Number(mbps)}\n";

        // When
        var parserAccepts = Record.Exception(() => ScenarioParser.Parse(text, "check.yaml")) is null;

        // Then
        Within(ItemsOf("marsServers").GetProperty("properties").GetProperty("throughputMBps"), mbps).ShouldBe(parserAccepts);
    }

    [Theory]
    [InlineData(0.0005)]
    [InlineData(0.001)]
    [InlineData(100_000)]
    [InlineData(100_000.5)]
    public void Should_BoundASetThroughputStepsMbpsAsTheParserDoes(double mbps)
    {
        // Given
        var text = $"{ThroughputWorld}\nvms:\n  - name: vm-web-01\n    vault: vault-weu\ntimeline:\n  - at: +1h\n    do: setThroughput\n    item: vm-web-01\n    mbps: {Number(mbps)}\n";

        // When
        var parserAccepts = Record.Exception(() => ScenarioParser.Parse(text, "check.yaml")) is null;

        // Then
        Within(ItemsOf("timeline").GetProperty("properties").GetProperty("mbps"), mbps).ShouldBe(parserAccepts);
    }

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool Within(JsonElement schema, double value) =>
        (!schema.TryGetProperty("minimum", out var min) || value >= min.GetDouble())
        && (!schema.TryGetProperty("exclusiveMinimum", out var exclusiveMin) || value > exclusiveMin.GetDouble())
        && (!schema.TryGetProperty("maximum", out var max) || value <= max.GetDouble());
}
