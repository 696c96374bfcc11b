using NodaTime;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>How the lists say which zone their times are in.</summary>
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
}
