using NodaTime;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>How the lists say which zone their times are in, and how the screen writes durations.</summary>
public sealed class TimeTextTests
{
    private static readonly Instant WinterStart = Instant.FromUtc(2026, 3, 2, 0, 0);

    [Fact]
    public void Should_NameTheZone_When_DaylightSavingChangesItsOffsetAfterTheStart()
    {
        // Given a Berlin scenario that starts in CET: its lists also hold CEST times (expiries, next runs)
        var zone = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

        // When
        var label = TimeText.ListZone(WinterStart, zone);

        // Then
        label.ShouldBe("times Europe/Berlin");
    }

    [Theory]
    [InlineData("UTC", "times UTC")]
    [InlineData("Asia/Kolkata", "times IST")]
    public void Should_UseTheAbbreviation_When_TheZoneKeepsOneOffsetFromTheStartOn(string id, string expected)
    {
        // Given
        var zone = DateTimeZoneProviders.Tzdb[id];

        // When
        var label = TimeText.ListZone(WinterStart, zone);

        // Then
        label.ShouldBe(expected);
    }

    [Theory]
    [InlineData(2026, 7, 1, 10, 0, "2026-07-01 12:00:00 CEST (10:00:00 UTC)")]
    [InlineData(2026, 12, 30, 23, 0, "2026-12-31 00:00:00 CET (12-30 23:00:00 UTC)")]
    [InlineData(2025, 12, 31, 23, 30, "2026-01-01 00:30:00 CET (2025-12-31 23:30:00 UTC)")]
    public void Should_GiveTheUtcDate_When_ItDiffersFromTheLocalDate(int year, int month, int day, int hour, int minute, string expected)
    {
        // Given a Berlin time whose UTC time may fall on the day before
        var zone = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

        // When
        var text = TimeText.Header(Instant.FromUtc(year, month, day, hour, minute), zone);

        // Then
        text.ShouldBe(expected);
    }

    [Theory]
    [InlineData(120, "2h00m")]
    [InlineData(90, "1h30m")]
    [InlineData(1500, "1d01h")]
    public void Should_KeepTheSecondUnit_When_TheDurationIsInAColumn(int minutes, string expected)
    {
        // When
        var text = TimeText.Span(Duration.FromMinutes(minutes));

        // Then
        text.ShouldBe(expected);
    }

    [Theory]
    [InlineData(120, "2h")]
    [InlineData(90, "1h30m")]
    [InlineData(1440, "1d")]
    [InlineData(10, "10m")]
    public void Should_DropASecondUnitOfZero_When_TheDurationIsInASentence(int minutes, string expected)
    {
        // When
        var text = TimeText.Span(Duration.FromMinutes(minutes), inText: true);

        // Then
        text.ShouldBe(expected);
    }
}
