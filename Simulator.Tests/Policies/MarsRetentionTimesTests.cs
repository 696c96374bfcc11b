using System.Text.Json.Nodes;
using NodaTime;
using Simulator.Core.Policies;
using Simulator.Core.Policies.AzureJson;
using Simulator.Tests.Support;

namespace Simulator.Tests.Policies;

/// <summary>A MARS rule keeps only the backups taken at its <c>retentionTimes</c> (seed 004: "at the time specified for
/// the daily retention, the latest recovery point will be retained").</summary>
public sealed class MarsRetentionTimesTests
{
    private static readonly Instant Saturday7March = Instant.FromUtc(2026, 3, 7, 0, 0);

    [Fact]
    public void Should_KeepOnlyTheSaturdayBackupAtTheWeeklyRulesTime_When_TheRuleNamesOneOfTheTwoRunTimes()
    {
        // Given seed 004's policy (00:00 and 18:00) whose weekly rule keeps only the 18:00 Saturday backup
        var json = JsonNode.Parse(AzurePolicyJson.Export(TestPolicies.MarsSeed004()))!;
        json["properties"]!["retentionPolicy"]!["weeklySchedule"]!["retentionTimes"] = new JsonArray("2026-03-01T18:00:00+00:00");
        var policy = AzurePolicyJson.Import(json.ToJsonString(), "seed-004-mars.json");

        // When Saturday's two runs are previewed
        var rows = PolicyPreview.Compute(policy, Saturday7March, 2);

        // Then midnight's is only a daily point and 18:00's the weekly one
        rows.Select(row => (row.At, row.Tag, row.VaultExpiry)).ShouldBe(
        [
            (Saturday7March, RetentionTag.Daily, Saturday7March + Duration.FromDays(7)),
            (Saturday7March + Duration.FromHours(18), RetentionTag.Weekly, Saturday7March + Duration.FromHours(18) + Duration.FromDays(28)),
        ]);
    }
}
