using System.Text.Json.Nodes;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Parsing;
using Simulator.Tests.Support;

namespace Simulator.Tests.Scenarios;

/// <summary>An editor offers and flags a step's arguments by its verb, as the parser reads them: the keys each verb
/// takes, those it can't do without, and none on a step with no 'do'.</summary>
public sealed partial class ScenarioSchemaTests
{
    private static string Verb(ActionVerb verb) => char.ToLowerInvariant(verb.ToString()[0]) + verb.ToString()[1..];

    private static readonly string[] ArgumentKeys = [.. ScenarioParser.AllStepKeys.Except(ScenarioParser.TimingKeys)];

    [Fact]
    public void Should_RefuseOnEachVerbExactlyTheArgumentsOfOtherVerbs()
    {
        // Given: a step of each verb that holds one argument key, with every key the schema asks of the verb beside it
        var step = ItemsOf("timeline");
        var disagreements = new List<string>();

        foreach (var verb in Enum.GetValues<ActionVerb>())
        {
            foreach (var key in ArgumentKeys)
            {
                var keys = new[] { key }.Concat(ScenarioParser.VerbKeys[verb]).Distinct();
                var value = new JsonObject { ["at"] = "+1h", ["do"] = Verb(verb) };
                foreach (var k in keys)
                {
                    value[k] = ArgumentValue(k);
                }

                // When
                var schemaTakesKey = !JsonSchemaCheck.Problems(step, value).Any(p => !p.Contains(".policy") && !p.Contains(".refused"));

                // Then
                if (schemaTakesKey != ScenarioParser.VerbKeys[verb].Contains(key))
                {
                    disagreements.Add($"{Verb(verb)} with {key}: schema {schemaTakesKey}, parser {!schemaTakesKey}");
                }
            }
        }

        disagreements.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("do: backupNow", false)]
    [InlineData("do: backupNow\n    item: vm-1", true)]
    [InlineData("do: stopProtection\n    item: vm-1", false)]
    [InlineData("do: stopProtection\n    item: vm-1\n    mode: RetainForever", true)]
    [InlineData("do: setThroughput\n    item: vm-1", false)]
    [InlineData("do: changePolicy\n    item: vm-1", false)]
    [InlineData("do: configureProtection\n    item: vm-2\n    vault: vault-weu", true)]
    [InlineData("do: setRedundancy\n    vault: vault-weu", false)]
    [InlineData("do: setCrossRegionRestore\n    vault: vault-weu", false)]
    [InlineData("do: setSoftDelete\n    vault: vault-weu\n    enabled: false", true)]
    [InlineData("do: updatePolicy\n    vault: vault-weu", false)]
    [InlineData("say: hello\n    item: vm-1", false)]
    [InlineData("say: hello", true)]
    public void Should_AskEachVerbForTheArgumentsTheParserAsksFor(string keys, bool parserAccepts)
    {
        // Given
        var text = $"{ThroughputWorld}\nvms:\n  - name: vm-1\n    vault: vault-weu\n  - name: vm-2\n    region: westeurope\ntimeline:\n  - at: +1h\n    {keys}\n";

        // Then the parser and an editor's check of the schema take it alike
        ShouldBeTakenAsTheParserTakesIt(text, parserAccepts);
    }

    private static JsonNode ArgumentValue(string key) => key switch
    {
        "item" => "vm-1",
        "vault" => "vault-weu",
        "policy" => "DefaultPolicy",
        "mode" => "RetainForever",
        "retainUntil" => "2026-02-01",
        "count" => 1L,
        "mbps" => 10L,
        "redundancy" => "LocallyRedundant",
        "enabled" => true,
        "days" => 20L,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "an argument key this test gives no value"),
    };
}
