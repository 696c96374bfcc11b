using System.Text.Json;
using System.Text.RegularExpressions;
using Simulator.Scenarios.Yaml;

namespace Simulator.Tests.Scenarios;

/// <summary>Every duration and +offset of the schema takes exactly what the parser takes, so an editor flags what
/// <c>validate</c> would refuse and nothing it would accept.</summary>
public sealed partial class ScenarioSchemaTests
{
    /// <summary>The schema's duration fields (<c>duration</c>, the settings, <c>delay</c>, <c>maxAge</c>) and the
    /// +offset choices of <c>at</c>: each pattern that takes <c>+90s</c> and not <c>+90x</c>.</summary>
    private static List<string> DurationPatterns()
    {
        var patterns = new List<string>();
        Collect(Schema);
        return patterns;

        void Collect(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var child in element.EnumerateArray())
                {
                    Collect(child);
                }
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "pattern" && property.Value.GetString() is { } p && Regex.IsMatch("+90s", p) && !Regex.IsMatch("+90x", p))
                    {
                        patterns.Add(p);
                    }

                    Collect(property.Value);
                }
            }
        }
    }

    [Fact]
    public void Should_FindEveryDurationAndOffsetOfTheSchema()
    {
        // Six durations and the two offsets of 'at': fewer would leave a field's pattern out of the check below.
        DurationPatterns().Count.ShouldBe(8);
    }

    [Theory]
    [InlineData("3d", true)]
    [InlineData("2h30m", true)]
    [InlineData("90s", true)]
    [InlineData("90m", true)]
    [InlineData("36h", true)]
    [InlineData("1h06m", true)]
    [InlineData("1d23h59m59s", true)]
    [InlineData("1h059m", true)]
    [InlineData("0s", true)]
    [InlineData("1h60m", false)]
    [InlineData("1d24h", false)]
    [InlineData("1m60s", false)]
    [InlineData("1d60m", false)]
    [InlineData("1h0060m", false)]
    [InlineData("2h99s", false)]
    [InlineData("", false)]
    [InlineData("30m2h", false)]
    [InlineData("1h 30m", false)]
    [InlineData("1.5h", false)]
    [InlineData("2H", false)]
    [InlineData("１h", false)]
    public void Should_AcceptExactlyTheDurationsTheParserAccepts(string text, bool accepted)
    {
        // Given: a duration's pattern takes it with or without '+', an offset's only with it
        var patterns = DurationPatterns();

        // When
        var parserAccepts = (ScenarioTime.TryParseDuration(text, out _, out _), ScenarioTime.TryParseDuration("+" + text, out _, out _));

        // Then
        parserAccepts.ShouldBe((accepted, accepted));
        foreach (var pattern in patterns)
        {
            Regex.IsMatch("+" + text, pattern).ShouldBe(accepted, $"the schema's {pattern} on '+{text}'");
            if (Regex.IsMatch("90s", pattern))
            {
                Regex.IsMatch(text, pattern).ShouldBe(accepted, $"the schema's {pattern} on '{text}'");
            }
        }
    }

    [Fact]
    public void Should_AgreeWithTheParserOnEveryDuration_When_ItsPartsAreNearTheirLimits()
    {
        // Given: each part of d, h, m and s, alone or together, at values on both sides of the limits after a larger part
        string[] amounts = ["0", "7", "09", "23", "24", "59", "60", "060", "99", "100"];
        var written = new List<string>();
        foreach (var d in amounts.Prepend(""))
        {
            foreach (var h in amounts.Prepend(""))
            {
                foreach (var m in amounts.Prepend(""))
                {
                    foreach (var s in amounts.Prepend(""))
                    {
                        written.Add(Part(d, "d") + Part(h, "h") + Part(m, "m") + Part(s, "s"));
                    }
                }
            }
        }

        // When
        var disagreements = DurationPatterns().Where(p => Regex.IsMatch("90s", p)).SelectMany(p => written
            .Where(w => Regex.IsMatch(w, p) != ScenarioTime.TryParseDuration(w, out _, out _))
            .Select(w => $"'{w}': schema {Regex.IsMatch(w, p)}, parser {!Regex.IsMatch(w, p)}")).ToList();

        // Then
        disagreements.ShouldBeEmpty();

        static string Part(string amount, string unit) => amount.Length == 0 ? string.Empty : amount + unit;
    }
}
