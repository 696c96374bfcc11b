using Simulator.Core.Policies;
using Simulator.Core.Policies.AzureJson;
using Simulator.Tests.Support;

namespace Simulator.Tests.Policies;

/// <summary>A policy number too large (or small) for any count: told the validator's rule for its field, at its JSON path
/// and at its line and position, as a mistake in the text is.</summary>
public sealed class AzurePolicyJsonRangeTests
{
    private const string Huge = "99999999999";

    [Theory]
    [InlineData("standard-daily.json", "\"count\": 180,", "\"count\": 99999999999,", "properties.retentionPolicy.dailySchedule.retentionDuration.count", "99999999999 is out of range; allowed is 7 to 9999 days")]
    [InlineData("standard-daily.json", "\"count\": 180,", "\"count\": -99999999999,", "properties.retentionPolicy.dailySchedule.retentionDuration.count", "-99999999999 is out of range; allowed is 7 to 9999 days")]
    [InlineData("standard-daily.json", "\"count\": 30,", "\"count\": 99999999999,", "properties.retentionPolicy.weeklySchedule.retentionDuration.count", "99999999999 is out of range; allowed is 1 to 5163 weeks")]
    [InlineData("mars-seed-004.json", "\"count\": 4,", "\"count\": 99999999999,", "properties.retentionPolicy.weeklySchedule.retentionDuration.count", "99999999999 is out of range; allowed is 4 to 5163 weeks for a MARS policy")]
    [InlineData("enhanced-daily.json", "\"count\": 60,", "\"count\": 99999999999,", "properties.retentionPolicy.monthlySchedule.retentionDuration.count", "99999999999 is out of range; allowed is 1 to 1188 months")]
    [InlineData("enhanced-daily.json", "\"count\": 10,", "\"count\": 99999999999,", "properties.retentionPolicy.yearlySchedule.retentionDuration.count", "99999999999 is out of range; allowed is 1 to 99 years")]
    [InlineData("standard-daily.json", "\"instantRpRetentionRangeInDays\": 2,", "\"instantRpRetentionRangeInDays\": 99999999999,", "properties.instantRpRetentionRangeInDays", "99999999999 days is out of range; allowed is 1 to 5 days for a Standard policy")]
    [InlineData("enhanced-hourly.json", "\"interval\": 4,", "\"interval\": 99999999999,", "properties.schedulePolicy.hourlySchedule.interval", "99999999999 hours is not offered; allowed is 4, 6, 8 or 12 hours")]
    [InlineData("enhanced-hourly.json", "\"scheduleWindowDuration\": 16,", "\"scheduleWindowDuration\": 99999999999,", "properties.schedulePolicy.hourlySchedule.scheduleWindowDuration", "99999999999 hours is out of range; allowed is 4 to 24 hours")]
    public void Should_TellTheValidatorsRange_When_ANumberIsTooLargeForAnyCount(string sample, string find, string replace, string path, string problem)
    {
        // Given
        var json = Sample(sample);
        json.ShouldContain(find);

        var big = json.Replace(find, replace, StringComparison.Ordinal);

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.Import(big, "big.json"));

        // Then it places the number, names the path, and says the rule in the validator's words, with the number the file gave
        error.JsonPath.ShouldBe(path);
        error.Message.ShouldBe($"big.json:{PlaceOf(big, replace)}: {path}: {problem}");
    }

    [Fact]
    public void Should_TellTheValidatorsRange_When_ADayOfTheMonthIsTooLargeForAnyCount()
    {
        // Given a monthly rule on days 1, 15 and the last, the 15th written as a number no count can hold
        var policy = TestPolicies.StandardDaily() with
        {
            Retention = new RetentionPolicy(new DailyRetention(30), Monthly: new MonthlyRetention(6, DayOfMonthSelector.ByDates([1, 15], includesLast: true))),
        };
        var json = AzurePolicyJson.Export(policy);
        json.ShouldContain("\"date\": 15");

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.Import(json.Replace("\"date\": 15", $"\"date\": {Huge}", StringComparison.Ordinal), "big.json"));

        // Then
        error.JsonPath.ShouldBe("properties.retentionPolicy.monthlySchedule.retentionScheduleDaily.daysOfTheMonth[1].date");
        error.Problem.ShouldBe($"[1, {Huge}, Last] is out of range; allowed is days 1 to 28, or Last");
    }

    [Fact]
    public void Should_NameThePolicysPlaceInTheList_When_ANumberOfTheSecondPolicyIsTooLarge()
    {
        // Given
        var one = Sample("standard-daily.rest.json");
        var two = Sample("standard-daily.json").Replace("\"count\": 180,", $"\"count\": {Huge},", StringComparison.Ordinal);

        var list = $"[{one},{two}]";

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.ImportAll(list, "list.json"));

        // Then
        error.Message.ShouldBe($"list.json:{PlaceOf(list, $"\"count\": {Huge}")}: [1].properties.retentionPolicy.dailySchedule.retentionDuration.count: {Huge} is out of range; allowed is 7 to 9999 days");
    }

    [Fact]
    public void Should_ShortenTheNumber_When_ItHasHundredsOfDigits()
    {
        // Given
        var digits = new string('9', 400);
        var json = Sample("standard-daily.json").Replace("\"count\": 180,", $"\"count\": {digits},", StringComparison.Ordinal);

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.Import(json, "big.json"));

        // Then the line stays readable
        error.Problem.ShouldBe($"{new string('9', 37)}... is out of range; allowed is 7 to 9999 days");
    }

    [Theory]
    [InlineData("30.5", "the number 30.5")]
    [InlineData("1e3", "the number 1e3")]
    [InlineData("\"30\"", "the string '30'")]
    public void Should_StillAskForAWholeNumber_When_TheValueIsNone(string value, string found)
    {
        var json = Sample("standard-daily.json").Replace("\"count\": 180,", $"\"count\": {value},", StringComparison.Ordinal);

        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.Import(json, "bad.json"));

        error.Problem.ShouldBe($"expected a whole number, found {found}");
    }

    [Theory]
    [InlineData("standard-daily.json", "\"count\": 180,", "properties.retentionPolicy.dailySchedule.retentionDuration.count", "is missing; expected 7 to 9999 days")]
    [InlineData("mars-seed-004.json", "\"count\": 4,", "properties.retentionPolicy.weeklySchedule.retentionDuration.count", "is missing; expected 4 to 5163 weeks for a MARS policy")]
    [InlineData("enhanced-hourly.json", "\"interval\": 4,", "properties.schedulePolicy.hourlySchedule.interval", "is missing; expected 4, 6, 8 or 12 hours")]
    [InlineData("enhanced-hourly.json", "\"scheduleWindowDuration\": 16,", "properties.schedulePolicy.hourlySchedule.scheduleWindowDuration", "is missing; expected 4 to 24 hours")]
    public void Should_SayTheValidatorsRange_When_ANumberIsMissing(string sample, string remove, string path, string problem)
    {
        // Given
        var json = Sample(sample);
        json.ShouldContain(remove);

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.Import(json.Replace(remove, string.Empty, StringComparison.Ordinal), "short.json"));

        // Then
        error.JsonPath.ShouldBe(path);
        error.Problem.ShouldBe(problem);
    }

    [Fact]
    public void Should_SayTheDaysOfTheMonthAllowed_When_ADateIsMissing()
    {
        // Given a monthly rule on days 1 and 15, the 15th's date left out
        var policy = TestPolicies.StandardDaily() with
        {
            Retention = new RetentionPolicy(new DailyRetention(30), Monthly: new MonthlyRetention(6, DayOfMonthSelector.ByDates([1, 15]))),
        };
        var json = AzurePolicyJson.Export(policy);
        json.ShouldContain("\"date\": 15,");

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.Import(json.Replace("\"date\": 15,", string.Empty, StringComparison.Ordinal), "short.json"));

        // Then the range is the validator's, with the JSON's way of naming the last day
        error.JsonPath.ShouldBe("properties.retentionPolicy.monthlySchedule.retentionScheduleDaily.daysOfTheMonth[1].date");
        error.Problem.ShouldBe("is missing; expected a day of the month, 1 to 28, or isLast true");
    }

    /// <summary>The line and position of the number in the first <paramref name="member"/> (<c>"name": number</c>) of the text.</summary>
    private static string PlaceOf(string json, string member)
    {
        var at = json.IndexOf(member, StringComparison.Ordinal) + member.IndexOf(": ", StringComparison.Ordinal) + 2;
        var line = json[..at].Count(c => c == '\n') + 1;
        return $"{line}:{at - json.LastIndexOf('\n', at - 1)}";
    }

    private static string Sample(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Policies", "Samples", file));
}
