using NodaTime;
using Simulator.Core.Policies;
using Simulator.Tests.Support;

namespace Simulator.Tests.Policies;

public sealed class YearOfPointsTests
{
    [Fact]
    public void Should_TagTheExpectedNumberOfPoints_When_ADailyWeeklyMonthlyYearlyPolicyRunsFor2026()
    {
        // Given a Standard policy, daily at 02:00 UTC: daily 30 days, weekly Sundays 12 weeks,
        // monthly on the 1st 12 months, yearly on the last day of December 5 years
        var policy = TestPolicies.StandardDaily() with
        {
            Retention = new RetentionPolicy(
                new DailyRetention(30),
                new WeeklyRetention(12, [IsoDayOfWeek.Sunday]),
                new MonthlyRetention(12, DayOfMonthSelector.ByDates([1])),
                new YearlyRetention(5, [12], DayOfMonthSelector.LastDay())),
        };

        // When the 365 runs of 2026 are decided
        var rows = PolicyPreview.Compute(policy, Instant.FromUtc(2026, 1, 1, 0, 0), 365);

        // Then, by hand: 2026 starts on a Thursday and has 52 Sundays (4 January to 27 December).
        // Monthly: the 1st of each month, 12 points; 1 February, 1 March and 1 November 2026 are Sundays, so the
        // monthly tag outranks weekly on them: weekly = 52 - 3 = 49. Yearly: 31 December 2026 (a Thursday), 1 point.
        // Daily = 365 - 49 - 12 - 1 = 303.
        rows[^1].At.ShouldBe(Instant.FromUtc(2026, 12, 31, 2, 0));
        var counts = rows.GroupBy(r => r.Tag).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())).ToList();
        counts.ShouldBe([(RetentionTag.Daily, 303), (RetentionTag.Weekly, 49), (RetentionTag.Monthly, 12), (RetentionTag.Yearly, 1)]);
    }
}
