using Simulator.Scenarios.Parsing;
using Simulator.Tests.Support;

namespace Simulator.Tests.Scenarios;

/// <summary>An editor holds a policy to the rules of its kind where the parser does: a MARS policy has no snapshot
/// days, up to three run times and longer shortest retentions; only Enhanced runs hourly; Standard keeps snapshots 1 to
/// 5 days (exactly 5 weekly); the days of a month past 28 are MARS's alone.</summary>
public sealed partial class ScenarioSchemaTests
{
    private const string Daily = "\"schedule\": { \"frequency\": \"Daily\", \"times\": [\"02:00\"] }, \"retention\": { \"daily\": { \"days\": 30 } }";
    private const string Weekly = "\"schedule\": { \"frequency\": \"Weekly\", \"days\": [\"Sunday\"], \"times\": [\"02:00\"] }, \"retention\": { \"weekly\": { \"weeks\": 12, \"days\": [\"Sunday\"] } }";

    public static TheoryData<string> PolicyVariants()
    {
        var data = new TheoryData<string>();
        foreach (var kind in new[] { "", "\"kind\": \"Standard\", ", "\"kind\": \"Enhanced\", ", "\"kind\": \"Mars\", " })
        {
            foreach (var days in new[] { 0, 1, 4, 5, 6, 17, 18, 22, 23, 30 })
            {
                data.Add($"{kind}\"instantRestoreDays\": {days}, {Daily}");
                data.Add($"{kind}\"instantRestoreDays\": {days}, {Weekly}");
                foreach (var interval in new[] { 4, 6, 12 })
                {
                    data.Add($"{kind}\"instantRestoreDays\": {days}, \"schedule\": {{ \"frequency\": \"Hourly\", \"interval\": {interval}, \"windowStart\": \"08:00\", \"windowHours\": 12 }}, \"retention\": {{ \"daily\": {{ \"days\": 30 }} }}");
                }
            }

            data.Add($"{kind}\"schedule\": {{ \"frequency\": \"Daily\", \"times\": [\"02:00\", \"14:00\"] }}, \"retention\": {{ \"daily\": {{ \"days\": 30 }} }}");
            data.Add($"{kind}\"schedule\": {{ \"frequency\": \"Hourly\", \"interval\": 4, \"windowStart\": \"08:00\", \"windowHours\": 12 }}, \"retention\": {{ \"daily\": {{ \"days\": 30 }} }}");
            foreach (var weeks in new[] { 1, 3, 4 })
            {
                data.Add($"{kind}{Weekly.Replace("\"weeks\": 12", $"\"weeks\": {weeks}")}");
            }

            foreach (var months in new[] { 1, 2, 3 })
            {
                data.Add($"{kind}{Daily.Replace("} }", $"}}, \"monthly\": {{ \"months\": {months}, \"days\": [1] }} }}")}");
            }

            foreach (var day in new[] { "28", "29", "31", "\"Last\"" })
            {
                data.Add($"{kind}{Daily.Replace("} }", $"}}, \"monthly\": {{ \"months\": 12, \"days\": [{day}] }}, \"yearly\": {{ \"years\": 2, \"months\": [\"January\"], \"days\": [{day}] }} }}")}");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PolicyVariants))]
    public void Should_HoldAPolicyToTheRulesOfItsKindAsTheParserDoes(string members)
    {
        // Given: the policy in JSON, which is YAML too
        var policy = $"{{ \"name\": \"Gold\", {members} }}";
        var inline = InlinePolicy(ItemsOf("vaults").GetProperty("properties").GetProperty("policies"));
        var step = Schema.GetProperty("properties").GetProperty("timeline").GetProperty("items").GetProperty("properties").GetProperty("policy");

        // When
        var parsed = Record.Exception(() => ScenarioParser.Parse($"{ThroughputWorld}\n    policies:\n      - {policy}\n", "check.yaml"));
        var inVault = JsonSchemaCheck.Problems(inline, JsonSchemaCheck.FromYaml(policy));
        var inStep = JsonSchemaCheck.Problems(step, JsonSchemaCheck.FromYaml(policy));

        // Then
        (inVault.Count == 0).ShouldBe(parsed is null, parsed?.Message ?? string.Join("; ", inVault));
        (inStep.Count == 0).ShouldBe(parsed is null, parsed?.Message ?? string.Join("; ", inStep));
    }
}
