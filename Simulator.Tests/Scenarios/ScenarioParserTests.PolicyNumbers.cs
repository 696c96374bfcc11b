namespace Simulator.Tests.Scenarios;

public sealed partial class ScenarioParserTests
{
    private const string GoldPolicy = """
                schedule: { frequency: Daily, times: ["02:00"] }
                retention: { daily: { days: 30 } }
        """;

    [Theory]
    [InlineData("retention: { daily: { days: 0 } }", "retention.daily.days", "0 is out of range; allowed is 7 to 9999 days.")]
    [InlineData("retention: { daily: { days: 99999999999 } }", "retention.daily.days", "99999999999 is out of range; allowed is 7 to 9999 days.")]
    [InlineData("retention: { daily: { days: 30 }, weekly: { weeks: 0, days: [Sunday] } }", "retention.weekly.weeks", "0 is out of range; allowed is 1 to 5163 weeks.")]
    [InlineData("retention: { daily: { days: 30 }, yearly: { years: 0, months: [May], days: [1] } }", "retention.yearly.years", "0 is out of range; allowed is 1 to 99 years.")]
    [InlineData("retention: { daily: { days: 30 }, monthly: { months: 12, days: [32] } }", "retention.monthly.days", "[32] is out of range; allowed is days 1 to 28, or Last.")]
    [InlineData("instantRestoreDays: 31\n        retention: { daily: { days: 30 } }", "instantRestoreDays", "31 days is out of range; allowed is 1 to 5 days for a Standard policy.")]
    public void Should_StateThePolicysOwnLimit_When_ANumberIsOutOfRangeInAnyDirection(string retention, string field, string message)
    {
        // Given: a number on either side of the policy's limit, near or far, is told the same limit
        var text = World.Replace("retention: { daily: { days: 30 } }", retention, StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Select(e => e.Field).ShouldBe([$"vaults[0].policies[0].{field}"], Describe(errors));
        errors[0].Message.ShouldBe(message);
    }

    [Theory]
    [InlineData("monthly: { months: 12, days: [1, 1] }", "retention.monthly.days", "[1, 1] repeats a day; allowed is distinct days of the month.")]
    [InlineData("monthly: { months: 12, days: [Last, Last] }", "retention.monthly.days", "[Last, Last] repeats a day; allowed is distinct days of the month.")]
    [InlineData("yearly: { years: 2, months: [May], days: [1, Last, last] }", "retention.yearly.days", "[1, Last, last] repeats a day; allowed is distinct days of the month.")]
    [InlineData("yearly: { years: 2, months: [May, March, May], days: [1] }", "retention.yearly.months", "[May, March, May] repeats a month; allowed is distinct months.")]
    public void Should_RefuseARepeatedDayOfTheMonth_When_ItIsADateOrLast(string rule, string field, string message)
    {
        // Given: Last twice is refused as a date twice is, and as the Azure JSON's isLast twice is
        var text = World.Replace("retention: { daily: { days: 30 } }", $"retention: {{ daily: {{ days: 30 }}, {rule} }}", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Select(e => e.Field).ShouldBe([$"vaults[0].policies[0].{field}"], Describe(errors));
        errors[0].Message.ShouldBe(message);
    }

    [Theory]
    [InlineData("monthly: { months: 12, days: [sunday] }", "retention.monthly.days[0]")]
    [InlineData("yearly: { years: 2, months: [May], days: [1, Sunday] }", "retention.yearly.days[1]")]
    public void Should_ShowTheWeekdayForm_When_TheDaysOfAMonthlyOrYearlyRuleNameAWeekday(string rule, string field)
    {
        // Given "the first Sunday" written as a day of the month, told before only that Sunday is not a whole number
        var text = World.Replace("retention: { daily: { days: 30 } }", $"retention: {{ daily: {{ days: 30 }}, {rule} }}", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Select(e => e.Field).ShouldBe([$"vaults[0].policies[0].{field}"], Describe(errors));
        errors[0].Message.ShouldEndWith("is a weekday, and 'days' takes days of the month (like [1, Last]); name a weekday by week and weekday: weeks: [First] and weekdays: [Sunday].");
    }

    [Fact]
    public void Should_TellEveryWrongDay_When_AWeekdayIsAmongThem()
    {
        // Given a weekday, a date, then two weekdays in one word
        var text = World.Replace("retention: { daily: { days: 30 } }", "retention: { daily: { days: 30 }, monthly: { months: 12, days: [Sunday, 1, \"Monday,Friday\"] } }", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then both are told in one pass, the joined word not taken for a weekday
        errors.Select(e => e.Field).ShouldBe(["vaults[0].policies[0].retention.monthly.days[0]", "vaults[0].policies[0].retention.monthly.days[2]"], Describe(errors));
        errors[1].Message.ShouldBe("'Monday,Friday' is not a whole number.");
    }

    [Theory]
    [InlineData("4:30", "'4:30' is not a time of day; write it as HH:mm, like \"04:30\".")]
    [InlineData("2:30pm", "'2:30pm' is not a time of day; write it as HH:mm, like \"02:30\".")]
    public void Should_OfferTheTimeItMeans_When_ARunTimeLacksItsLeadingZero(string written, string message)
    {
        // Given
        var text = World.Replace("times: [\"02:00\"]", $"times: [\"{written}\"]", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Select(e => e.Field).ShouldBe(["vaults[0].policies[0].schedule.times[0]"], Describe(errors));
        errors[0].Message.ShouldBe(message);
    }

    [Theory]
    [InlineData("interval: 25, windowStart: \"08:00\", windowHours: 24", "schedule.interval", "25 hours is not offered; allowed is 4, 6, 8 or 12 hours.")]
    [InlineData("interval: 24, windowStart: \"08:00\", windowHours: 24", "schedule.interval", "24 hours is not offered; allowed is 4, 6, 8 or 12 hours, or for a backup every 24 hours a Daily schedule.")]
    [InlineData("interval: 4, windowStart: \"08:00\", windowHours: 0", "schedule.windowHours", "0 hours is out of range; allowed is 4 to 24 hours.")]
    public void Should_StateTheHourlyLimit_When_AnHourlyNumberIsOutOfRange(string hourly, string field, string message)
    {
        // Given
        var enhanced = $"        kind: Enhanced\n        schedule: {{ frequency: Hourly, {hourly} }}\n        retention: {{ daily: {{ days: 30 }} }}";
        var text = World.Replace(GoldPolicy, enhanced, StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Select(e => e.Field).ShouldBe([$"vaults[0].policies[0].{field}"], Describe(errors));
        errors[0].Message.ShouldBe(message);
    }
}
