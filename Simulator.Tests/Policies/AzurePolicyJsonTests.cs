using System.Text.Json.Nodes;
using NodaTime;
using Simulator.Core.Policies;
using Simulator.Core.Policies.AzureJson;
using Simulator.Tests.Support;

namespace Simulator.Tests.Policies;

public sealed class AzurePolicyJsonTests
{
    [Theory]
    [InlineData("standard-daily.json")]
    [InlineData("standard-daily.rest.json")]
    [InlineData("standard-weekly.json")]
    [InlineData("enhanced-daily.json")]
    [InlineData("enhanced-hourly.json")]
    [InlineData("mars-seed-004.json")]
    public void Should_ExportWhatItImports_When_ASampleMakesTheRoundTrip(string file)
    {
        // Given
        var policy = AzurePolicyJson.Import(Sample(file), file);

        // When
        var exported = AzurePolicyJson.Export(policy);
        var again = AzurePolicyJson.Import(exported, "exported");

        // Then the second trip changes nothing
        AzurePolicyJson.Export(again).ShouldBe(exported);
        PolicySummary.Describe(again).ShouldBe(PolicySummary.Describe(policy));
        again.SavedAt.ShouldBe(policy.SavedAt);
    }

    [Fact]
    public void Should_WriteTheCliSamplesPropertiesBack_When_ExportingTheImportedCliOutput()
    {
        // Given the real 'az backup policy show' output from the docs
        var sample = JsonNode.Parse(Sample("standard-daily.json"))!;

        // When
        var exported = JsonNode.Parse(AzurePolicyJson.Export(AzurePolicyJson.Import(sample.ToJsonString(), "standard-daily.json")))!;

        // Then properties match key for key; only policyType (which newer CLIs print) is added
        var properties = exported["properties"]!.AsObject();
        properties["policyType"]!.GetValue<string>().ShouldBe("V1");
        properties.Remove("policyType");
        JsonNode.DeepEquals(properties, sample["properties"]).ShouldBeTrue(properties.ToJsonString());
        properties.Select(p => p.Key).ShouldBe(properties.Select(p => p.Key).Order(StringComparer.Ordinal), "the CLI sorts keys");
    }

    [Fact]
    public void Should_WriteTheMarsSampleByteForByte_When_ExportingTheSeedPolicy()
    {
        var saved = TestPolicies.MarsSeed004() with { SavedAt = Instant.FromUtc(2026, 3, 1, 0, 0) };

        AzurePolicyJson.Export(saved).ShouldBe(Sample("mars-seed-004.json"));
    }

    [Fact]
    public void Should_ReadEveryField_When_ImportingTheRestWeeklySample()
    {
        var policy = AzurePolicyJson.Import(Sample("standard-weekly.json"), "standard-weekly.json");

        policy.Kind.ShouldBe(PolicyKind.Standard, "a missing policyType means V1");
        policy.TimeZone.Id.ShouldBe("America/Los_Angeles");
        policy.TimeZoneId.ShouldBe("Pacific Standard Time");
        policy.InstantRestoreDays.ShouldBe(5, "a Standard weekly policy keeps snapshots 5 days when the file does not say");
        policy.Schedule.Frequency.ShouldBe(ScheduleFrequency.Weekly);
        policy.Schedule.Days.ShouldBe([IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday]);
        policy.Schedule.RunTimes.ShouldBe([new LocalTime(10, 0)]);
        policy.Retention.Monthly!.On.Weeks.ShouldBe([WeekOfMonth.First, WeekOfMonth.Third]);
        policy.Retention.Yearly!.MonthsOfYear.ShouldBe([2, 11]);
        policy.Retention.Yearly.Years.ShouldBe(4);
        PolicyValidator.Validate(policy).ShouldBeEmpty();
    }

    [Fact]
    public void Should_ReadTheHourlyWindow_And_FlagItsSnapshotDays_When_ImportingTheSpecHourlySample()
    {
        var policy = AzurePolicyJson.Import(Sample("enhanced-hourly.json"), "enhanced-hourly.json");

        policy.Kind.ShouldBe(PolicyKind.Enhanced);
        policy.Schedule.Hourly.ShouldBe(new HourlyWindow(4, new LocalTime(8, 0), 16));
        policy.TimeZone.Id.ShouldBe("Asia/Calcutta");
        var problem = PolicyValidator.Validate(policy).ShouldHaveSingleItem();
        problem.Field.ShouldBe("instantRestoreDays");
        AzurePolicyJson.PathOf(problem.Field, policy).ShouldBe("properties.instantRpRetentionRangeInDays");
    }

    [Fact]
    public void Should_NameTheJsonPath_When_AValueHasTheWrongType()
    {
        var json = Sample("standard-daily.json").Replace("\"count\": 180", "\"count\": \"a lot\"", StringComparison.Ordinal);

        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.Import(json, "bad.json"));

        error.JsonPath.ShouldBe("properties.retentionPolicy.dailySchedule.retentionDuration.count");
        error.Message.ShouldBe("bad.json:17:18: properties.retentionPolicy.dailySchedule.retentionDuration.count: expected a whole number, found the string 'a lot'");
    }

    [Fact]
    public void Should_NameLineAndPosition_When_TheJsonIsMalformed()
    {
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.Import("{\n  \"name\": \"x\",\n  \"properties\": {,\n}", "broken.json"));

        error.Line.ShouldBe(3);
        error.Position.ShouldNotBeNull();
        error.Message.ShouldStartWith("broken.json:3:");
    }

    [Fact]
    public void Should_QuoteOnlyTheFirstWord_When_TheFileStartsWithWhatLooksLikeALiteral()
    {
        // Given a YAML file named as a policy, whose first letter JSON reads as the start of null
        var yaml = "name: Gold\nschedule: { frequency: Daily, times: [\"02:00\"] }\nretention:\n  daily: { days: 30 }\n";

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.Import(yaml, "gold.json"));

        // Then the message is one line, not the file's text
        error.Message.ShouldBe("gold.json:1:2: not valid JSON: 'name' is not a JSON value: a text is written in double quotes (\"name\"), and true, false and null in lower case.");
    }

    [Theory]
    [InlineData("\"scheduleRunFrequency\": \"Daily\"", "\"scheduleRunFrequency\": \"Monthly\"", "properties.schedulePolicy.scheduleRunFrequency")]
    [InlineData("\"durationType\": \"Days\"", "\"durationType\": \"Weeks\"", "properties.retentionPolicy.dailySchedule.retentionDuration.durationType")]
    [InlineData("\"Sunday\"", "\"Sonntag\"", "properties.retentionPolicy.weeklySchedule.daysOfTheWeek[0]")]
    [InlineData("\"2020-08-03T04:30:00+00:00\"\n    ],\n    \"scheduleWeeklyFrequency\"", "\"half past four\"\n    ],\n    \"scheduleWeeklyFrequency\"", "properties.schedulePolicy.scheduleRunTimes[0]")]
    [InlineData("\"schedulePolicyType\": \"SimpleSchedulePolicy\"", "\"schedulePolicyType\": \"SimpleSchedulePolicyV2\"", "properties.schedulePolicy.schedulePolicyType")]
    public void Should_NameThePath_When_AnEnumOrDateIsWrong(string find, string replace, string path)
    {
        var json = Sample("standard-daily.json");
        json.ShouldContain(find);

        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.Import(json.Replace(find, replace, StringComparison.Ordinal), "bad.json"));

        error.JsonPath.ShouldBe(path);
        error.Message.ShouldContain("allowed is");
    }

    [Fact]
    public void Should_ReadAnUnknownZone_And_LeaveItToValidation_When_TheZoneIdIsUnknown()
    {
        var json = Sample("standard-daily.json").Replace("\"timeZone\": \"UTC\"", "\"timeZone\": \"Atlantis Standard Time\"", StringComparison.Ordinal);

        var policy = AzurePolicyJson.Import(json, "zone.json");

        PolicyValidator.Validate(policy).ShouldHaveSingleItem().Message.ShouldStartWith("timeZone: 'Atlantis Standard Time' is not a known time zone");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Should_SuggestNoZone_When_APolicyJsonsZoneIsBlank(string blank)
    {
        // Given
        var json = Sample("standard-daily.json").Replace("\"timeZone\": \"UTC\"", $"\"timeZone\": \"{blank}\"", StringComparison.Ordinal);

        // When
        var problem = PolicyValidator.Validate(AzurePolicyJson.Import(json, "zone.json")).ShouldHaveSingleItem();

        // Then a blank id is told it is not a zone, and not that it meant a two-letter one such as GB
        problem.Message.ShouldStartWith($"timeZone: '{blank}' is not a known time zone; allowed is ");
    }

    [Fact]
    public void Should_ReadEveryPolicy_When_TheFileIsAListOrARestValueList()
    {
        var one = Sample("standard-daily.rest.json");
        var two = Sample("enhanced-daily.json");

        AzurePolicyJson.ImportAll($"[{one},{two}]", "list.json").Select(p => p.Name).ShouldBe(["DefaultPolicy", "psTestEnhancedPolicy"]);
        AzurePolicyJson.ImportAll($"{{\"value\":[{one},{two}]}}", "rest.json").Count.ShouldBe(2);
        Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.Import($"[{one},{two}]", "list.json")).Message.ShouldContain("holds 2 policies");
    }

    [Fact]
    public void Should_ReadDaysOfTheMonth_When_AMonthlyRuleUsesTheDailyFormat()
    {
        var policy = TestPolicies.StandardDaily() with
        {
            Retention = new RetentionPolicy(new DailyRetention(30), Monthly: new MonthlyRetention(6, DayOfMonthSelector.ByDates([1, 15], includesLast: true))),
        };

        var again = AzurePolicyJson.Import(AzurePolicyJson.Export(policy), "daily-format.json");

        again.Retention.Monthly!.On.Dates.ShouldBe([1, 15]);
        again.Retention.Monthly.On.IncludesLast.ShouldBeTrue();
        again.Retention.Monthly.On.IsWeeklyFormat.ShouldBeFalse();
    }

    [Fact]
    public void Should_ReadTheThirtiethOfTheMonth_When_AMarsPolicyKeepsItsMonthlyPoint()
    {
        // Given seed 004's example, the point of the 30th of every month kept 12 months, exported as our MARS shape
        var policy = TestPolicies.MarsSeed004() with
        {
            Retention = new RetentionPolicy(new DailyRetention(7), Monthly: new MonthlyRetention(12, DayOfMonthSelector.ByDates([30]))),
        };

        // When
        var again = AzurePolicyJson.Import(AzurePolicyJson.Export(policy), "mars-30th.json");

        // Then
        again.Retention.Monthly!.On.Dates.ShouldBe([30]);
        PolicyValidator.Validate(again).ShouldBeEmpty();
    }

    private static string Sample(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Policies", "Samples", file));
}
