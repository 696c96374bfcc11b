using System.Text.Json.Nodes;
using Simulator.Scenarios.Parsing;
using Simulator.Tests.Support;

namespace Simulator.Tests.Scenarios;

/// <summary>An editor takes on an expectation the assertions of its subject alone, and asks for one, as the parser
/// does.</summary>
public sealed partial class ScenarioSchemaTests
{
    [Fact]
    public void Should_TakeOnEachSubjectExactlyItsOwnAssertions()
    {
        // Given: an expectation of each subject holding one assertion key, with one of the subject's own beside another's
        var expect = ItemsOf("expect");
        var assertions = ScenarioParser.Subjects.Values.SelectMany(s => s.Assertions).Distinct().ToList();
        var disagreements = new List<string>();

        foreach (var (subject, (_, own)) in ScenarioParser.Subjects)
        {
            foreach (var key in assertions)
            {
                var value = new JsonObject
                {
                    [subject] = subject switch { "noFailedJobs" => JsonValue.Create(true), "item" => JsonValue.Create("vm-1"), _ => new JsonObject { ["item"] = "vm-1" } },
                };
                foreach (var k in own.Contains(key) ? [key] : own.Take(1).Append(key))
                {
                    value[k] = AssertionValue(k);
                }

                // When
                var schemaTakesKey = JsonSchemaCheck.Accepts(expect, value);

                // Then
                if (schemaTakesKey != own.Contains(key))
                {
                    disagreements.Add($"{subject} with {key}: schema {schemaTakesKey}, parser {own.Contains(key)}");
                }
            }
        }

        disagreements.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("{ item: vm-1 }", false)]
    [InlineData("{ item: vm-1, purged: false }", true)]
    [InlineData("{ rpo: { item: vm-1 } }", false)]
    [InlineData("{ jobs: { item: vm-1 } }", false)]
    [InlineData("{ jobs: { item: vm-1 }, max: 3 }", true)]
    [InlineData("{ noFailedJobs: true }", true)]
    public void Should_AskAnExpectationForAnAssertion_AsTheParserDoes(string expectation, bool parserAccepts)
    {
        // Given
        var text = $"{ThroughputWorld}\nvms:\n  - name: vm-1\n    vault: vault-weu\nexpect:\n  - {expectation}\n";

        // Then the parser and an editor's check of the schema take it alike
        ShouldBeTakenAsTheParserTakesIt(text, parserAccepts);
    }

    private static JsonNode AssertionValue(string key) => key switch
    {
        "status" => "Completed",
        "snapshot" or "transfer" => "Completed",
        "errorCode" => "none",
        "preCheck" => "Passed",
        "scheduledFor" or "expiry" or "snapshotExpiry" => "2026-01-06T02:00:00Z",
        "protectionState" => "Protected",
        "deleteState" => "NotDeleted",
        "lastBackupStatus" => "Healthy",
        "health" => "NotReachable",
        "purged" or "full" => false,
        "count" or "min" or "max" => 1L,
        "tier" => "Snapshot",
        "tag" => "Daily",
        "consistency" => "AppConsistent",
        "maxAge" => "1d",
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "an assertion key this test gives no value"),
    };
}
