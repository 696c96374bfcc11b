using NodaTime;
using Simulator.Core.Policies;
using Simulator.Tests.Support;

namespace Simulator.Tests.Policies;

/// <summary>The retention example of seed 004 (backup-configure-vault), reproduced point by point over March 2026.</summary>
public sealed class SeedFourRetentionTests
{
    private static readonly Instant March1 = Instant.FromUtc(2026, 3, 1, 0, 0);

    [Fact]
    public void Should_GiveEachPointTheExpiryTheArticleImplies_When_PreviewingMarch2026()
    {
        // Given daily 00:00 and 18:00 kept 7 days; Saturdays 4 weeks; last Saturday of a month 12 months; of March 10 years
        var policy = TestPolicies.MarsSeed004();

        // When the 62 runs of March are previewed
        var rows = PolicyPreview.Compute(policy, March1, 62);

        // Then every point, in order
        rows.Count.ShouldBe(62);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var day = 1 + (i / 2);
            var hour = i % 2 == 0 ? 0 : 18;
            var taken = Instant.FromUtc(2026, 3, day, hour, 0);
            var (tag, expiry) = day switch
            {
                28 => (RetentionTag.Yearly, Instant.FromUtc(2036, 3, 28, hour, 0)),   // last Saturday of March: 10 years
                7 or 14 or 21 => (RetentionTag.Weekly, taken + Duration.FromDays(28)), // other Saturdays: 4 weeks
                _ => (RetentionTag.Daily, taken + Duration.FromDays(7)),                // every other point: 7 days
            };
            row.At.ShouldBe(taken, $"run {i + 1}");
            row.Tag.ShouldBe(tag, $"run {i + 1} on March {day} at {hour:00}:00");
            row.VaultExpiry.ShouldBe(expiry, $"run {i + 1} on March {day} at {hour:00}:00");
            row.SnapshotExpiry.ShouldBeNull("MARS points have no snapshot tier");
            row.ToVault.ShouldBeTrue();
            row.IsShifted.ShouldBeFalse();
        }
    }

    [Fact]
    public void Should_KeepTheLastSaturdayOfAprilTwelveMonths_When_ItIsNotInMarch()
    {
        var rows = PolicyPreview.Compute(TestPolicies.MarsSeed004(), Instant.FromUtc(2026, 4, 25, 0, 0), 2);

        rows.Select(r => r.Tag).ShouldBe([RetentionTag.Monthly, RetentionTag.Monthly]);
        rows.Select(r => r.VaultExpiry).ShouldBe([Instant.FromUtc(2027, 4, 25, 0, 0), Instant.FromUtc(2027, 4, 25, 18, 0)]);
    }

    [Fact]
    public void Should_KeepEveryPointItsExpiry_When_TheSimulationRunsTheSeedPolicyOnAMarsServer()
    {
        // Given a MARS server protected from 1 March 2026 under the seed policy
        var world = MarsWorld.Create(March1, TestPolicies.MarsSeed004());

        // When March runs its course
        world.Simulation.RunUntil(Instant.FromUtc(2026, 4, 1, 0, 0));

        // Then the points alive on 1 April are the last 7 days' and the Saturdays' (7, 14 and 21 March for 4 weeks, 28 March for 10 years)
        var points = world.Item.RecoveryPoints.Select(p => (p.Time, p.Tag, p.VaultExpiry)).ToList();
        points.ShouldContain((Instant.FromUtc(2026, 3, 28, 0, 0), RetentionTag.Yearly, (Instant?)Instant.FromUtc(2036, 3, 28, 0, 0)));
        points.ShouldContain((Instant.FromUtc(2026, 3, 28, 18, 0), RetentionTag.Yearly, (Instant?)Instant.FromUtc(2036, 3, 28, 18, 0)));
        points.ShouldContain((Instant.FromUtc(2026, 3, 21, 18, 0), RetentionTag.Weekly, (Instant?)Instant.FromUtc(2026, 4, 18, 18, 0)));
        points.ShouldContain((Instant.FromUtc(2026, 3, 14, 0, 0), RetentionTag.Weekly, (Instant?)Instant.FromUtc(2026, 4, 11, 0, 0)));
        points.ShouldNotContain(p => p.Time == Instant.FromUtc(2026, 3, 24, 0, 0), "a daily point expires after 7 days");
        points.Count(p => p.Tag == RetentionTag.Daily).ShouldBe(11, "25 March 18:00 to 31 March without the Saturday; 25 March 00:00 expires exactly at 1 April 00:00");
        points.Count(p => p.Tag == RetentionTag.Weekly).ShouldBe(6);
        points.Count.ShouldBe(11 + 6 + 2);
        world.Item.RecoveryPoints.ShouldAllBe(p => !p.HasSnapshot && p.InVault);
    }

    [Theory]
    [InlineData(29)]
    [InlineData(30)]
    [InlineData(31)]
    public void Should_AcceptTheThirtiethOfEveryMonth_When_AMarsPolicyKeepsMonthlyPoints(int day)
    {
        // Given the article's own example: "a monthly retention policy to indicate that the recovery point created on
        // the 30th of every month should be stored for 12 months" (seed 004, backup-azure-manage-mars.md)
        var policy = TestPolicies.MarsSeed004() with
        {
            Retention = new RetentionPolicy(new DailyRetention(7), Monthly: new MonthlyRetention(12, DayOfMonthSelector.ByDates([day]))),
        };

        // When
        var problems = PolicyValidator.Validate(policy);

        // Then
        problems.ShouldBeEmpty();
    }

    [Fact]
    public void Should_KeepThePointOfThe30thForTwelveMonths_And_NoPointInFebruary_When_AMarsPolicyKeepsThe30th()
    {
        // Given daily backups at 00:00, and the point of the 30th kept 12 months (seed 004)
        var policy = TestPolicies.MarsSeed004() with
        {
            Schedule = BackupSchedule.Daily(new LocalTime(0, 0)),
            Retention = new RetentionPolicy(new DailyRetention(7), Monthly: new MonthlyRetention(12, DayOfMonthSelector.ByDates([30]))),
        };

        // When January to March are previewed
        var monthly = PolicyPreview.Compute(policy, Instant.FromUtc(2026, 1, 1, 0, 0) - Duration.FromSeconds(1), 90).Where(r => r.Tag == RetentionTag.Monthly).ToList();

        // Then the 30th of January and of March, each kept a year; February has no 30th, so no point of its own
        monthly.Select(r => r.At).ShouldBe([Instant.FromUtc(2026, 1, 30, 0, 0), Instant.FromUtc(2026, 3, 30, 0, 0)]);
        monthly.Select(r => r.VaultExpiry).ShouldBe([Instant.FromUtc(2027, 1, 30, 0, 0), Instant.FromUtc(2027, 3, 30, 0, 0)]);
    }
}
