using NodaTime;
using Simulator.Scenarios.Yaml;

namespace Simulator.Tests.Scenarios;

/// <summary>The one notation of times, shared by scenario files, the dashboard's prompts and the command line.</summary>
public sealed class ScenarioTimeTests
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    /// <summary>Chile's clocks go from 00:00 to 01:00 on 2026-09-06: that day has no midnight.</summary>
    private static readonly DateTimeZone Santiago = DateTimeZoneProviders.Tzdb["America/Santiago"];

    [Theory]
    [InlineData("2026-12-31", 2026, 12, 30, 23)]
    [InlineData("2026-07-01", 2026, 6, 30, 22)]
    public void Should_ReadADateAsItsMidnightInTheZone_When_ItHasNoTime(string text, int year, int month, int day, int utcHour)
    {
        // Given a date, in winter (CET, +01:00) and in summer (CEST, +02:00)

        // When
        var ok = ScenarioTime.TryParseInstant(text, Amsterdam, out var instant, out var error);

        // Then it is 00:00 that day in Amsterdam
        ok.ShouldBeTrue(error);
        instant.ShouldBe(Instant.FromUtc(year, month, day, utcHour, 0));
    }

    [Theory]
    [InlineData("2026-03-03T12:00:00+15:00")]
    [InlineData("2026-03-03T12:00:00+18:00")]
    [InlineData("2026-03-03T12:00-12:30")]
    [InlineData("2026-03-03T00:00:00+14:00:01")]
    public void Should_RefuseTheTime_When_ItsOffsetIsOneNoPlaceUses(string text)
    {
        var ok = ScenarioTime.TryParseInstant(text, DateTimeZone.Utc, out _, out var error);

        // The offset as written, where a formatted one dropped its seconds (+14:00:01 was told as +14:00)
        ok.ShouldBeFalse();
        error.ShouldBe($"'{text}' has a UTC offset no place uses (they run from -12:00 to +14:00); write the offset meant.");
    }

    [Theory]
    [InlineData("2026-03-03T12:00:00+14:00", 2026, 3, 2, 22)]
    [InlineData("2026-03-03T12:00:00-12:00", 2026, 3, 4, 0)]
    public void Should_ReadTheTime_When_ItsOffsetIsTheWidestAPlaceUses(string text, int year, int month, int day, int utcHour)
    {
        ScenarioTime.TryParseInstant(text, DateTimeZone.Utc, out var instant, out var error).ShouldBeTrue(error);
        instant.ShouldBe(Instant.FromUtc(year, month, day, utcHour, 0));
    }

    [Theory]
    [InlineData("+1D", "'+1D' is not a duration: its units are written in lower case (d, h, m, s); write +1d.")]
    [InlineData("2H30S", "'2H30S' is not a duration: its units are written in lower case (d, h, m, s); write 2h30s.")]
    [InlineData("1M", "'1M' is not a duration; write it like 3d, 2h30m or 90s.")]
    public void Should_SayUnitsAreLowerCase_When_ADurationsUnitsAreCapitals_UnlessItMayMeanMonths(string text, string expected)
    {
        ScenarioTime.TryParseDuration(text, out _, out var error).ShouldBeFalse();
        error.ShouldBe(expected);
    }

    [Fact]
    public void Should_ReadADateAsItsMidnightInUtc_When_ThePlaceReadsTimesInUtc()
    {
        // Given
        var ok = ScenarioTime.TryParseInstant("2026-03-02", DateTimeZone.Utc, out var instant, out var error);

        // Then
        ok.ShouldBeTrue(error);
        instant.ShouldBe(Instant.FromUtc(2026, 3, 2, 0, 0));
    }

    [Fact]
    public void Should_ReadADateAsTheDaysFirstMoment_When_DaylightSavingSkipsItsMidnight()
    {
        // Given 2026-09-06 in Santiago, whose 00:00 (-04:00) does not exist: the day starts at 01:00 -03:00

        // When
        var ok = ScenarioTime.TryParseInstant("2026-09-06", Santiago, out var instant, out var error);

        // Then the date is taken, at the day's start, where the local time 00:00 is refused
        ok.ShouldBeTrue(error);
        instant.ShouldBe(Instant.FromUtc(2026, 9, 6, 4, 0));
        ScenarioTime.TryParseInstant("2026-09-06T00:00", Santiago, out _, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("1969-12-31")]
    [InlineData("3000-06-01")]
    public void Should_RefuseADate_When_ItIsOutsideTheSimulatorsYears(string text)
    {
        // When
        var ok = ScenarioTime.TryParseInstant(text, Amsterdam, out _, out var error);

        // Then
        ok.ShouldBeFalse();
        error.ShouldBe($"{text} is out of range; use a year from 1970 to 2999.");
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2026/12/31")]
    public void Should_NameEveryFormItTakes_When_TheTextIsNoTime(string text)
    {
        // When
        var ok = ScenarioTime.TryParseInstant(text, Amsterdam, out _, out var error);

        // Then the way out names the date form too, and the zone it is read in
        ok.ShouldBeFalse();
        error.ShouldBe($"'{text}' is not a time; write ISO 8601 like 2026-01-15T09:30:00+01:00, a time in Europe/Amsterdam like 2026-01-15T09:00, or a date like 2026-01-15 (00:00 there).");
    }

    [Theory]
    [InlineData("Europe/Amsterdam")]
    [InlineData("Europe/London")]
    [InlineData("America/New_York")]
    [InlineData("America/Los_Angeles")]
    [InlineData("America/Santiago")]
    [InlineData("Australia/Sydney")]
    [InlineData("Pacific/Auckland")]
    [InlineData("Africa/Cairo")]
    public void Should_GiveExamplesFarFromAnyClockChange_When_TheTextIsNoTime(string zoneId)
    {
        // Given a reader in a zone that has daylight saving, north or south
        var zone = DateTimeZoneProviders.Tzdb[zoneId];

        // When
        ScenarioTime.TryParseInstant("yesterday", zone, out _, out var error);

        // Then every day the examples name keeps one offset for two weeks either side: none is skipped or repeated
        var days = System.Text.RegularExpressions.Regex.Matches(error, "[0-9]{4}-[0-9]{2}-[0-9]{2}")
            .Select(m => NodaTime.Text.LocalDatePattern.Iso.Parse(m.Value).Value).Distinct().ToList();
        days.ShouldNotBeEmpty();
        foreach (var day in days)
        {
            var noon = day.At(new LocalTime(12, 0)).InZoneLeniently(zone).ToInstant();
            var offsets = new[] { -14, 0, 14 }.Select(d => zone.GetUtcOffset(noon + Duration.FromDays(d))).Distinct();
            offsets.Count().ShouldBe(1, $"{day} in {zoneId}");
        }
    }

    [Theory]
    [InlineData("2026-02-30", "February 2026 has 28 days")]
    [InlineData("2028-02-30T09:00", "February 2028 has 29 days")]
    [InlineData("2026-04-31T09:00:00Z", "April 2026 has 30 days")]
    [InlineData("2026-13-09", "a year has 12 months")]
    public void Should_SayWhyTheDayIsNone_When_ItsDateDoesNotExist(string text, string reason)
    {
        // When
        var ok = ScenarioTime.TryParseInstant(text, Amsterdam, out _, out var error);

        // Then
        ok.ShouldBeFalse();
        error.ShouldStartWith($"'{text}' is not a date: {reason}; give a ");
    }

    [Theory]
    [InlineData("2026-01-09Z")]
    [InlineData("2026-01-09+01:00")]
    public void Should_SayADateTakesNoOffset_When_OneIsWrittenAfterIt(string text)
    {
        // When
        var ok = ScenarioTime.TryParseInstant(text, Amsterdam, out _, out var error);

        // Then the way out gives both forms that work
        ok.ShouldBeFalse();
        error.ShouldBe($"'{text}': a date takes no offset, as it is read in Europe/Amsterdam; write 2026-01-09 alone, or a time with its offset like 2026-01-09T00:00{text[10..]}.");
    }

    [Theory]
    [InlineData("２０２６-03-03")]
    [InlineData("2026-0３-03T09:00")]
    public void Should_RefuseItAsNoTime_When_ItsDigitsAreNotAscii(string text)
    {
        // Given a date typed with full-width digits, which threw a FormatException out of the command line

        // When
        var ok = ScenarioTime.TryParseInstant(text, Amsterdam, out _, out var error);

        // Then
        ok.ShouldBeFalse();
        error.ShouldBe($"'{text}' is not a time; write ISO 8601 like 2026-01-15T09:30:00+01:00, a time in Europe/Amsterdam like 2026-01-15T09:00, or a date like 2026-01-15 (00:00 there).");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Should_SayNoTimeWasGiven_When_TheTextIsBlank(string text)
    {
        // Given a prompt emptied before Enter

        // When
        var ok = ScenarioTime.TryParseInstant(text, Amsterdam, out _, out var error);

        // Then
        ok.ShouldBeFalse();
        error.ShouldBe("no time was given; write ISO 8601 like 2026-01-15T09:30:00+01:00, a time in Europe/Amsterdam like 2026-01-15T09:00, or a date like 2026-01-15 (00:00 there).");
    }

    [Fact]
    public void Should_RefuseItAsNoDuration_When_ItsDigitsAreNotAscii()
    {
        // Given a full-width 3, which was called too long
        const string text = "+３d";

        // When
        var ok = ScenarioTime.TryParseDuration(text, out _, out var error);

        // Then
        ok.ShouldBeFalse();
        error.ShouldBe("'+３d' is not a duration; write it like +3d, +2h30m or +90s.");
    }

    [Theory]
    [InlineData("+2x", "'+2x' is not a duration; write it like +3d, +2h30m or +90s.")]
    [InlineData("2x", "'2x' is not a duration; write it like 3d, 2h30m or 90s.")]
    public void Should_ShowTheFormThatWasMeant_When_ADurationOrAnOffsetIsNone(string text, string expected)
    {
        // Given an offset (at: +1d, --until +1d), or a duration (duration: 7d)

        // When
        var ok = ScenarioTime.TryParseDuration(text, out _, out var error);

        // Then each is shown written its own way
        ok.ShouldBeFalse();
        error.ShouldBe(expected);
    }

    [Theory]
    [InlineData("2w", "'2w' is not a duration: weeks are not among its units (d, h, m, s); write 14d.")]
    [InlineData("+1w", "'+1w' is not a duration: weeks are not among its units (d, h, m, s); write +7d.")]
    [InlineData("2y", "'2y' is not a duration: years are not among its units (d, h, m, s), as their days differ; write about 730d, or give the date itself (end: for a scenario's end).")]
    [InlineData("6months", "'6months' is not a duration: months are not among its units (d, h, m, s), as their days differ; write about 183d, or give the date itself (end: for a scenario's end).")]
    public void Should_SayWhichUnitsADurationTakes_When_ItIsWrittenInWeeksMonthsOrYears(string text, string expected)
    {
        // Given a trainer's two years of GFS retention written as 'duration: 2y'

        // When
        var ok = ScenarioTime.TryParseDuration(text, out _, out var error);

        // Then the units it takes, and the days to write
        ok.ShouldBeFalse();
        error.ShouldBe(expected);
    }

    [Theory]
    [InlineData("2026-03-10T12:00:00+0100", "'2026-03-10T12:00:00+0100': an offset is written with a colon here; write 2026-03-10T12:00:00+01:00.")]
    [InlineData("2026-03-10T12:00:00 UTC", "'2026-03-10T12:00:00 UTC': UTC is written Z; write 2026-03-10T12:00:00Z.")]
    [InlineData("2026-03-10T12:00:00GMT", "'2026-03-10T12:00:00GMT': UTC is written Z; write 2026-03-10T12:00:00Z.")]
    [InlineData("2026-03-10T12:00 CET", "'2026-03-10T12:00 CET': a time takes an offset, not a zone's name; write it with its offset, like 2026-03-10T12:00+01:00, or alone, 2026-03-10T12:00, to read it in Europe/Amsterdam.")]
    public void Should_SayHowToWriteTheZone_When_ATimeNamesItAnotherWay(string text, string expected)
    {
        // Given a time whose zone is written as a trainer may write it

        // When
        var ok = ScenarioTime.TryParseInstant(text, Amsterdam, out _, out var error);

        // Then the same time, written as the file takes it
        ok.ShouldBeFalse();
        error.ShouldBe(expected);
    }

    [Fact]
    public void Should_RefuseALonePlus_When_ItIsGivenAsAnOffset()
    {
        // Given a '+' with no amount after it (at: +, --until +), which read as +0, the start itself
        const string text = "+";

        // When
        var ok = ScenarioTime.TryParseDuration(text, out _, out var error);

        // Then it is no offset
        ok.ShouldBeFalse();
        error.ShouldBe("'+' is not a duration; write it like +3d, +2h30m or +90s.");
    }

    [Theory]
    [InlineData("1h60m", "'1h60m': 60m is an hour or more, which goes in the hours; after them, m runs 0 to 59; write 2h if that is what is meant.")]
    [InlineData("+1d24h", "'+1d24h': 24h is a day or more, which goes in the days; after them, h runs 0 to 23; write +2d if that is what is meant.")]
    [InlineData("1d90m", "'1d90m': 90m is an hour or more, which goes in the hours; after them, m runs 0 to 59; write 1d1h30m if that is what is meant.")]
    [InlineData("2m75s", "'2m75s': 75s is a minute or more, which goes in the minutes; after them, s runs 0 to 59; write 3m15s if that is what is meant.")]
    public void Should_RefuseAPartOverItsRange_When_ALargerPartComesBeforeIt(string text, string expected)
    {
        // Given a part that a larger one before it should hold, likelier a slip (1h06m, 1h50m) than a sum

        // When
        var ok = ScenarioTime.TryParseDuration(text, out _, out var error);

        // Then
        ok.ShouldBeFalse();
        error.ShouldBe(expected);
    }

    [Theory]
    [InlineData("90m", 90 * 60)]
    [InlineData("36h", 36 * 3600)]
    [InlineData("1h59m59s", 7199)]
    [InlineData("1d23h", 47 * 3600)]
    public void Should_ReadTheSum_When_OnlyTheFirstPartIsLarge(string text, long seconds)
    {
        // When
        var ok = ScenarioTime.TryParseDuration(text, out var duration, out var error);

        // Then
        ok.ShouldBeTrue(error);
        duration.ShouldBe(Duration.FromSeconds(seconds));
    }

    [Theory]
    [InlineData("7d ", "'7d ' has blank space around it; write 7d alone.")]
    [InlineData(" +1h", "' +1h' has blank space around it; write +1h alone.")]
    public void Should_RefuseADuration_When_SpaceSurroundsIt(string text, string expected)
    {
        // Given a duration in quotes with a space, as a time or a whole number with one is refused

        // When
        var ok = ScenarioTime.TryParseDuration(text, out _, out var error);

        // Then
        ok.ShouldBeFalse();
        error.ShouldBe(expected);
    }

    [Theory]
    [InlineData(" 2026-01-15T02:00 ", "' 2026-01-15T02:00 ' has blank space around it; write 2026-01-15T02:00 alone.")]
    [InlineData("2026-03-29T02:30 ", "'2026-03-29T02:30 ' has blank space around it; write 2026-03-29T02:30 alone.")]
    [InlineData(" 2026-02-30", "' 2026-02-30' has blank space around it; write 2026-02-30 alone.")]
    [InlineData(" +1d", "' +1d' has blank space around it; write +1d alone.")]
    [InlineData(" noon ", "' noon ' is not a time; write ISO 8601 like 2026-01-15T09:30:00+01:00, a time in Europe/Amsterdam like 2026-01-15T09:00, or a date like 2026-01-15 (00:00 there).")]
    public void Should_SayTheBlankSpace_When_ATimeIsWrittenWithSpaceAroundIt(string text, string expected)
    {
        // Given a time, one daylight saving skips, a day February lacks, and a word that is no time with or without it

        // When
        var ok = ScenarioTime.TryParseInstant(text, Amsterdam, out _, out var error);

        // Then each written in a time's form is told of the space first, as a duration is
        ok.ShouldBeFalse();
        error.ShouldBe(expected);
    }

    [Theory]
    [InlineData("2026-01-15 09:00:00", "2026-01-15T09:00:00")]
    [InlineData("2026-01-15 09:00", "2026-01-15T09:00")]
    [InlineData("2026-01-15t09:00:00z", "2026-01-15T09:00:00Z")]
    [InlineData("2026-01-15 09:00:00 +01:00", "2026-01-15T09:00:00+01:00")]
    [InlineData("2026-01-15 09:00:00.5Z", "2026-01-15T09:00:00.5Z")]
    public void Should_ShowTheTimeJoinedByT_When_ADateAndItsTimeAreJoinedOtherwise(string text, string joined)
    {
        // Given a time as YAML's timestamps, SQL or RFC 3339 may write it

        // When
        var ok = ScenarioTime.TryParseInstant(text, Amsterdam, out _, out var error);

        // Then
        ok.ShouldBeFalse();
        error.ShouldBe($"'{text}': a date and its time are joined by a capital T, as ISO 8601 writes them, with no space before an offset; write {joined}.");
    }

    [Fact]
    public void Should_SayNoTime_When_ADateAndTimeJoinedBySpaceIsNoTimeJoinedByT()
    {
        // Given an hour no day has
        var ok = ScenarioTime.TryParseInstant("2026-01-15 25:00", Amsterdam, out _, out var error);

        // Then
        ok.ShouldBeFalse();
        error.ShouldStartWith("'2026-01-15 25:00' is not a time;");
    }
}

