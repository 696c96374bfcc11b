using System.Text.Json;
using System.Text.RegularExpressions;
using Simulator.Core.DataSources;
using Simulator.Core.Jobs;
using Simulator.Core.Protection;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Parsing;
using Simulator.Tests.Support;

namespace Simulator.Tests.Scenarios;

/// <summary>The JSON Schema editors use for completion names exactly the keys and values the parser accepts.</summary>
public sealed partial class ScenarioSchemaTests
{
    private static readonly JsonElement Schema = JsonSchemaCheck.Inlined(JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Scenarios, "scenario.schema.json"))).RootElement);

    private static IEnumerable<string> Keys(JsonElement schema) => schema.GetProperty("properties").EnumerateObject().Select(p => p.Name);

    private static JsonElement ItemsOf(string property) => Schema.GetProperty("properties").GetProperty(property).GetProperty("items");

    /// <summary>Asserts that the parser takes the scenario, or refuses it, as <paramref name="parserAccepts"/> says, and that the schema does the same.</summary>
    private static void ShouldBeTakenAsTheParserTakesIt(string text, bool parserAccepts)
    {
        var parsed = Record.Exception(() => ScenarioParser.Parse(text, "check.yaml"));
        var problems = JsonSchemaCheck.Problems(Schema, JsonSchemaCheck.FromYaml(text));
        (parsed is null).ShouldBe(parserAccepts, parsed?.Message);
        (problems.Count == 0).ShouldBe(parserAccepts, string.Join("; ", problems));
    }

    [Fact]
    public void Should_NameTheTopLevelKeysOfTheParser()
    {
        Keys(Schema).ShouldBe(ScenarioParser.TopLevelKeys, ignoreOrder: true);
    }

    [Theory]
    [InlineData("x-defaults", true)]
    [InlineData("x-", true)]
    [InlineData("X-defaults", false)]
    [InlineData("defaults", false)]
    public void Should_LeaveOpenExactlyTheTopLevelKeysTheParserDoesNotRead(string key, bool open)
    {
        // Given
        var patterns = Schema.GetProperty("patternProperties").EnumerateObject().Select(p => p.Name);

        // When
        var schemaAccepts = patterns.Any(p => Regex.IsMatch(key, p));

        // Then
        schemaAccepts.ShouldBe(open);
        key.StartsWith(ScenarioParser.ExtensionPrefix, StringComparison.Ordinal).ShouldBe(open);
    }

    [Fact]
    public void Should_NameEveryStepKeyAndEveryVerb()
    {
        var step = ItemsOf("timeline");
        Keys(step).ShouldBe(ScenarioParser.AllStepKeys, ignoreOrder: true);
        var verbs = step.GetProperty("properties").GetProperty("do").GetProperty("enum").EnumerateArray().Select(v => v.GetString()!);
        verbs.ShouldBe(Enum.GetNames<ActionVerb>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]), ignoreOrder: true);
        var happenings = Keys(step.GetProperty("properties").GetProperty("after")).Where(k => k != "nth");
        happenings.ShouldBe(Enum.GetNames<HappeningKind>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]), ignoreOrder: true);
    }

    [Theory]
    [InlineData("protectionState", typeof(ProtectionState))]
    [InlineData("deleteState", typeof(DeleteState))]
    [InlineData("lastBackupStatus", typeof(LastBackupStatus))]
    [InlineData("health", typeof(ProtectedItemHealth))]
    public void Should_OfferExactlyTheValuesOfAnItemsState_When_AnItemExpectationAssertsIt(string key, Type values)
    {
        var offered = ItemsOf("expect").GetProperty("properties").GetProperty(key).GetProperty("enum").EnumerateArray().Select(v => v.GetString());
        offered.ShouldBe(Enum.GetNames(values), ignoreOrder: true);
    }

    [Fact]
    public void Should_OfferExactlyTheErrorCodesTheParserAccepts()
    {
        var codes = ItemsOf("expect").GetProperty("properties").GetProperty("errorCode").GetProperty("enum").EnumerateArray().Select(v => v.GetString());
        codes.ShouldBe([.. ErrorCodes.All, "none"], ignoreOrder: true);
    }

    [Fact]
    public void Should_NameEverySubjectAndAssertionOfExpectations()
    {
        var parserKeys = ScenarioParser.Subjects.Keys.Concat(ScenarioParser.Subjects.Values.SelectMany(v => v.Assertions)).Append("at").Distinct();
        Keys(ItemsOf("expect")).ShouldBe(parserKeys, ignoreOrder: true);
    }

    [Fact]
    public void Should_PointEveryBundledScenarioAtTheSchema()
    {
        RepositoryFiles.BundledScenarios().ShouldAllBe(f => File.ReadLines(f).First() == "# yaml-language-server: $schema=scenario.schema.json");
    }

    [Theory]
    [InlineData("timeline", "+1h")]
    [InlineData("timeline", "2026-01-08T09:00")]
    [InlineData("timeline", "2026-03-29T02:30:00+01:00")]
    [InlineData("timeline", "2026-01-08")]
    [InlineData("expect", "2026-01-12")]
    [InlineData("expect", "+40d")]
    [InlineData("expect", "2026-01-12T00:00:00Z")]
    [InlineData("expect", "end")]
    public void Should_MatchExactlyOneChoiceOfAt_When_TheValueIsATimeAnOffsetOrEnd(string list, string value)
    {
        // Given: an editor reports "matches multiple schemas" for a oneOf whose choices overlap
        var choices = ItemsOf(list).GetProperty("properties").GetProperty("at").GetProperty("oneOf").EnumerateArray();

        // When
        var matching = choices.Count(choice => Accepts(choice, value));

        // Then
        matching.ShouldBe(1);
    }

    /// <summary>The keywords the schema's string choices use: <c>type</c>, <c>pattern</c> and <c>const</c>.</summary>
    private static bool Accepts(JsonElement choice, string value) =>
        (!choice.TryGetProperty("type", out var type) || type.GetString() == "string")
        && (!choice.TryGetProperty("pattern", out var pattern) || Regex.IsMatch(value, pattern.GetString()!))
        && (!choice.TryGetProperty("const", out var constant) || constant.GetString() == value);

    [Theory]
    [InlineData("rg-web_01")]
    [InlineData("(rg).prod")]
    [InlineData("Ressourcengruppe-Übung")]
    [InlineData("rg with space")]
    [InlineData("rg.")]
    [InlineData("rg/web")]
    [InlineData("rg@web")]
    public void Should_AcceptTheResourceGroupNamesTheParserAccepts(string name)
    {
        // Given
        var group = ItemsOf("vms").GetProperty("properties").GetProperty("resourceGroup");

        // When
        var schemaAccepts = Regex.IsMatch(name, group.GetProperty("pattern").GetString()!)
            && name.Length >= group.GetProperty("minLength").GetInt32()
            && name.Length <= group.GetProperty("maxLength").GetInt32();

        // Then
        schemaAccepts.ShouldBe(ResourceGroupName.Problem(name) is null);
    }

    [Theory]
    [InlineData("fs-contoso-01")]
    [InlineData("fs-01.contoso.com")]
    [InlineData("1fs")]
    [InlineData("fs 01")]
    [InlineData("fs_01")]
    [InlineData("fs-01.")]
    [InlineData("fs..contoso")]
    [InlineData("-fs01")]
    [InlineData("fs01-")]
    [InlineData("12345")]
    [InlineData("2019.contoso.com")]
    [InlineData("dateiserver-ü")]
    [InlineData("")]
    public void Should_AcceptTheMarsServerNamesTheParserAccepts(string name)
    {
        // Given
        var server = ItemsOf("marsServers").GetProperty("properties").GetProperty("name");

        // When
        var schemaAccepts = Regex.IsMatch(name, server.GetProperty("pattern").GetString()!)
            && name.Length <= server.GetProperty("maxLength").GetInt32();

        // Then
        schemaAccepts.ShouldBe(MarsServerName.Problem(name) is null);
    }

    [Fact]
    public void Should_LimitAMarsServerNamesPartsTo63AndTheWholeTo255_AsTheParserDoes()
    {
        // Given
        var server = ItemsOf("marsServers").GetProperty("properties").GetProperty("name");
        string[] names = [new string('f', 63), new string('f', 64), string.Join('.', Enumerable.Repeat(new string('f', 63), 4)), string.Join('.', Enumerable.Repeat(new string('f', 63), 4)) + "f"];

        // When
        var schema = names.Select(n => Regex.IsMatch(n, server.GetProperty("pattern").GetString()!) && n.Length <= server.GetProperty("maxLength").GetInt32());

        // Then
        schema.ShouldBe(names.Select(n => MarsServerName.Problem(n) is null));
    }
}

