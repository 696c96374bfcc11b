using Simulator.Scenarios.Parsing;
using Simulator.Tests.Support;

namespace Simulator.Tests.Scenarios;

/// <summary>An editor flags a word or number listed twice where the parser refuses it: run times, days, weeks, months,
/// a fleet's regions and vaults. A tag may repeat, and a fleet's range may start and end at one number.</summary>
public sealed partial class ScenarioSchemaTests
{
    private const string DailyGold = "{ name: G, schedule: { frequency: Daily, times: ['02:00'] }, retention: { daily: { days: 30 } } }";

    [Theory]
    [InlineData("{ name: G, kind: Mars, schedule: { frequency: Daily, times: ['02:00', '02:00'] }, retention: { daily: { days: 30 } } }", "")]
    [InlineData("{ name: G, schedule: { frequency: Weekly, days: [Sunday, Sunday], times: ['02:00'] }, retention: { weekly: { weeks: 12, days: [Sunday] } } }", "")]
    [InlineData("{ name: G, schedule: { frequency: Weekly, days: [Sunday], times: ['02:00'] }, retention: { weekly: { weeks: 12, days: [Sunday, Sunday] } } }", "")]
    [InlineData("{ name: G, schedule: { frequency: Daily, times: ['02:00'] }, retention: { daily: { days: 30 }, monthly: { months: 12, days: [1, 1] } } }", "")]
    [InlineData("{ name: G, schedule: { frequency: Daily, times: ['02:00'] }, retention: { daily: { days: 30 }, monthly: { months: 12, weeks: [First, First], weekdays: [Sunday] } } }", "")]
    [InlineData("{ name: G, schedule: { frequency: Daily, times: ['02:00'] }, retention: { daily: { days: 30 }, monthly: { months: 12, weeks: [First], weekdays: [Sunday, Sunday] } } }", "")]
    [InlineData("{ name: G, schedule: { frequency: Daily, times: ['02:00'] }, retention: { daily: { days: 30 }, yearly: { years: 2, months: [January, January], days: [1] } } }", "")]
    [InlineData(DailyGold, "fleets:\n  - { name: f, count: 2, namePattern: 'vm-{n}', regions: [westeurope, westeurope] }")]
    [InlineData(DailyGold, "fleets:\n  - { name: f, count: 2, namePattern: 'vm-{n}', vaults: [vault-weu, vault-weu] }")]
    [InlineData(DailyGold, "fleets:\n  - { name: f, count: 2, namePattern: 'vm-{n}', vault: vault-weu, usedGb: [64, 64] }")]
    [InlineData(DailyGold, "tags: [a, a]")]
    public void Should_FlagARepeatedWord_Where_TheParserRefusesIt(string policy, string more)
    {
        // Given
        var text = $"{ThroughputWorld}\n    policies:\n      - {policy}\n{more}\n";

        // When
        var parsed = Record.Exception(() => ScenarioParser.Parse(text, "check.yaml"));
        var problems = JsonSchemaCheck.Problems(Schema, JsonSchemaCheck.FromYaml(text));

        // Then
        (problems.Count == 0).ShouldBe(parsed is null, parsed?.Message ?? string.Join("; ", problems));
    }
}
