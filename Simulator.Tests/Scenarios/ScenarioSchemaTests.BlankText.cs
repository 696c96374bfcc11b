using System.Text.Json;
using System.Text.Json.Nodes;
using Simulator.Scenarios.Parsing;
using Simulator.Tests.Support;

namespace Simulator.Tests.Scenarios;

/// <summary>An editor flags blank text where the parser does ("must not be empty"): every name, id, time and message;
/// only a tag may be blank.</summary>
public sealed partial class ScenarioSchemaTests
{
    /// <summary>Each free-text field of the schema (a string with no pattern, enum or const of its own), by its path.</summary>
    private static List<(string Path, JsonElement Schema)> TextFields()
    {
        var found = new List<(string, JsonElement)>();
        Collect(Schema, "$");
        return found;

        void Collect(JsonElement element, string path)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var child in element.EnumerateArray())
                {
                    Collect(child, $"{path}[{i++}]");
                }
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                if (element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "string"
                    && !element.TryGetProperty("enum", out _) && !element.TryGetProperty("const", out _)
                    && !(element.TryGetProperty("pattern", out var p) && p.GetString() != @"\S"))
                {
                    found.Add((path, element));
                }

                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, $"{path}.{property.Name}");
                }
            }
        }
    }

    [Fact]
    public void Should_RefuseBlankTextInEveryFieldButATag()
    {
        // Given
        var fields = TextFields();

        // When
        var takingBlank = fields.Where(f => JsonSchemaCheck.Accepts(f.Schema, JsonValue.Create("")) || JsonSchemaCheck.Accepts(f.Schema, JsonValue.Create("  ")))
            .Select(f => f.Path).ToList();

        // Then
        fields.Count.ShouldBeGreaterThan(40);
        takingBlank.ShouldBe(["$.properties.tags.items"]);
    }

    [Theory]
    [InlineData("tags: ['']", true)]
    [InlineData("description: ' '", false)]
    [InlineData("displayTimeZone: ''", false)]
    [InlineData("vms:\n  - name: vm-1\n    region: ' '", false)]
    [InlineData("timeline:\n  - at: +1h\n    say: ''", false)]
    public void Should_RefuseBlankText_AsTheSchemaSays(string keys, bool parserAccepts)
    {
        // When
        var parsed = Record.Exception(() => ScenarioParser.Parse($"{ThroughputWorld}\n{keys}\n", "check.yaml"));

        // Then
        (parsed is null).ShouldBe(parserAccepts, parsed?.Message);
    }
}
