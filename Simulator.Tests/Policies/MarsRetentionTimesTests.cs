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

    [Theory]
    [InlineData(2, 30)]
    [InlineData(2, 0)]
    [InlineData(3, 0)]
    public void Should_KeepTheMergedRunByEitherTimesRule_When_DaylightSavingSkipsBothRunTimesOntoOneInstant(int ruleHour, int ruleMinute)
    {
        // Given a MARS policy in Los Angeles run at 02:00 and 02:30, wall clock followed, whose daily rule keeps one time;
        // on 8 March 2026 the clocks skip 02:00 to 03:00, so both runs fall at 03:00 PDT
        var policy = TestPolicies.MarsSeed004() with
        {
            Schedule = BackupSchedule.Daily(new LocalTime(2, 0), new LocalTime(2, 30), new LocalTime(3, 0)),
            Retention = new RetentionPolicy(new DailyRetention(7, [new LocalTime(ruleHour, ruleMinute)])),
            TimeZoneId = "America/Los_Angeles",
            TimeZone = TestPolicies.Zone("America/Los_Angeles"),
            DstMode = DstMode.FollowWallClock,
        };
        var threeAmPdt = Instant.FromUtc(2026, 3, 8, 10, 0);

        // When the day's runs are previewed
        var rows = PolicyPreview.Compute(policy, Instant.FromUtc(2026, 3, 8, 8, 0), 1);

        // Then the one run they became keeps the rule's daily point, whichever of the merged times the rule names
        rows.Select(row => (row.At, row.Tag, row.VaultExpiry)).ShouldBe([(threeAmPdt, RetentionTag.Daily, threeAmPdt + Duration.FromDays(7))]);
    }

    [Fact]
    public void Should_LeaveARunUntagged_When_TheRulesTimeIsNotOneTheGapMovedOntoIt()
    {
        // Given the same policy kept only at 02:30, on the day before the clocks change
        var policy = TestPolicies.MarsSeed004() with
        {
            Schedule = BackupSchedule.Daily(new LocalTime(2, 0), new LocalTime(2, 30)),
            Retention = new RetentionPolicy(new DailyRetention(7, [new LocalTime(2, 30)])),
            TimeZoneId = "America/Los_Angeles",
            TimeZone = TestPolicies.Zone("America/Los_Angeles"),
            DstMode = DstMode.FollowWallClock,
        };

        // When 02:00 runs, unmoved
        var row = PolicyPreview.Compute(policy, Instant.FromUtc(2026, 3, 7, 9, 0), 1).ShouldHaveSingleItem();

        // Then it is not 02:30's backup, and no rule keeps it
        row.At.ShouldBe(Instant.FromUtc(2026, 3, 7, 10, 0));
        row.Tag.ShouldBe(RetentionTag.None);
    }
}
