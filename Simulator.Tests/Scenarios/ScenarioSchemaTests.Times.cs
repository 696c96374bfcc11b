using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary>An editor flags a time the parser can't read by its form, as it does a step's <c>at</c>: a date first, and
/// its time joined by a capital T.</summary>
public sealed partial class ScenarioSchemaTests
{
    private static readonly string[] TimesWritten =
    [
        "2026-01-06T09:00:00Z", "2026-01-06T09:00:00+01:00", "2026-01-06T09:00", "2026-01-06T09:00:00.000Z", "2026-01-06",
        "2026-01-06t09:00:00z", "2026-01-06 09:00", "06/01/2026", "+1h", "tomorrow",
    ];

    [Theory]
    [InlineData("end")]
    [InlineData("point")]
    [InlineData("scheduledFor")]
    public void Should_TakeTheTimesTheParserTakes(string field)
    {
        // Given
        var (schema, written) = field switch
        {
            "end" => (Schema.GetProperty("properties").GetProperty("end"), (Func<string, string>)(t => $"name: check\nstart: 2026-01-05T00:00:00Z\nend: {t}\n")),
            "point" => (ItemsOf("expect").GetProperty("properties").GetProperty("point").GetProperty("properties").GetProperty("time"),
                t => $"name: check\nstart: 2026-01-05T00:00:00Z\nduration: 3d\nvms:\n  - name: vm-1\n    region: westeurope\nexpect:\n  - point: {{ item: vm-1, time: '{t}' }}\n    tier: Snapshot\n"),
            _ => (ItemsOf("expect").GetProperty("properties").GetProperty("scheduledFor"),
                t => $"name: check\nstart: 2026-01-05T00:00:00Z\nduration: 3d\nvms:\n  - name: vm-1\n    region: westeurope\nexpect:\n  - job: {{ item: vm-1 }}\n    scheduledFor: '{t}'\n"),
        };

        // When
        var disagreements = TimesWritten
            .Select(t => (Time: t, Parser: Record.Exception(() => ScenarioParser.Parse(written(t), "check.yaml")) is null, Schema: AcceptsText(schema, t)))
            .Where(r => r.Parser != r.Schema)
            .Select(r => $"{field}: '{r.Time}': parser {r.Parser}, schema {r.Schema}")
            .ToList();

        // Then
        disagreements.ShouldBeEmpty();
    }
}
