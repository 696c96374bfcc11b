using System.Text.Json;
using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary>An editor takes a policy's run times and hourly window start where the parser does: a time of day on :00 or
/// :30, the window starting by 19:30.</summary>
public sealed partial class ScenarioSchemaTests
{
    private static readonly string[] TimesOfDay =
        ["00:00", "02:30", "19:30", "20:00", "23:30", "23:59", "24:00", "02:60", "02:15", "2:00", "02:00:00", " 02:00", "02:00 "];

    private static JsonElement InlinePolicy(JsonElement policies) =>
        policies.GetProperty("items").GetProperty("oneOf").EnumerateArray().First(c => c.GetProperty("properties").TryGetProperty("schedule", out _));

    [Theory]
    [InlineData("Standard")]
    [InlineData("Mars")]
    public void Should_TakeTheRunTimesTheParserTakes(string kind)
    {
        // Given
        var times = InlinePolicy(ItemsOf("vaults").GetProperty("properties").GetProperty("policies"))
            .GetProperty("properties").GetProperty("schedule").GetProperty("properties").GetProperty("times").GetProperty("items");

        // When
        var disagreements = TimesOfDay
            .Select(t => (Time: t, Parser: ParsesPolicy($"kind: {kind}\n        schedule: {{ frequency: Daily, times: ['{t}'] }}\n        retention: {{ daily: {{ days: 30 }} }}"), Schema: AcceptsText(times, t)))
            .Where(r => r.Parser != r.Schema)
            .Select(r => $"'{r.Time}': parser {r.Parser}, schema {r.Schema}")
            .ToList();

        // Then
        disagreements.ShouldBeEmpty();
    }

    [Fact]
    public void Should_TakeTheWindowStartsTheParserTakes()
    {
        // Given
        var windowStart = InlinePolicy(ItemsOf("vaults").GetProperty("properties").GetProperty("policies"))
            .GetProperty("properties").GetProperty("schedule").GetProperty("properties").GetProperty("windowStart");

        // When
        var disagreements = TimesOfDay
            .Select(t => (Time: t, Parser: ParsesPolicy($"kind: Enhanced\n        schedule: {{ frequency: Hourly, interval: 4, windowStart: '{t}', windowHours: 4 }}\n        retention: {{ daily: {{ days: 30 }} }}"), Schema: AcceptsText(windowStart, t)))
            .Where(r => r.Parser != r.Schema)
            .Select(r => $"'{r.Time}': parser {r.Parser}, schema {r.Schema}")
            .ToList();

        // Then
        disagreements.ShouldBeEmpty();
    }

    private static bool ParsesPolicy(string keys) =>
        Record.Exception(() => ScenarioParser.Parse($"{ThroughputWorld}\n    policies:\n      - name: Gold\n        {keys}\n", "check.yaml")) is null;
}
