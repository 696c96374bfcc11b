using NodaTime;
using Simulator.Core.Policies;
using Simulator.Tests.Support;

namespace Simulator.Tests.Policies;

/// <summary>Decision D10: an Enhanced hourly policy's "day" is its window, so its vault point keeps the window's date.</summary>
public sealed class HourlyRetentionDayTests
{
    private static readonly Instant Saturday28February = Instant.FromUtc(2026, 2, 28, 0, 0);

    [Fact]
    public void Should_TagTheVaultPointWithTheDayItsWindowStarted_When_TheWindowEndsAfterMidnight()
    {
        // Given the portal's Enhanced default, every 4 hours from 08:00 for 24 hours, keeping Sundays as weekly points
        // and the 1st of the month as monthly ones
        var policy = TestPolicies.EnhancedHourly() with
        {
            Retention = new RetentionPolicy(
                new DailyRetention(30),
                new WeeklyRetention(12, [IsoDayOfWeek.Sunday]),
                new MonthlyRetention(12, DayOfMonthSelector.ByDates([1]))),
        };

        // When the vault points of Friday's, Saturday's and Sunday 1 March's windows are decided
        var vaultRows = PolicyPreview.Compute(policy, Saturday28February, 18).Where(row => row.ToVault).ToList();

        // Then each closes its window at 04:00 the next morning and is tagged for the day the window started
        vaultRows.Select(row => (row.At, row.Tag)).ShouldBe(
        [
            (Instant.FromUtc(2026, 2, 28, 4, 0), RetentionTag.Daily),
            (Instant.FromUtc(2026, 3, 1, 4, 0), RetentionTag.Daily),
            (Instant.FromUtc(2026, 3, 2, 4, 0), RetentionTag.Monthly),
        ]);
    }
}
