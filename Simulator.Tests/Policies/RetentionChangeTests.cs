using NodaTime;
using Simulator.Core.Policies;
using Simulator.Tests.Support;

namespace Simulator.Tests.Policies;

/// <summary>Policy changes (domain.md §2.7) applied to existing points.</summary>
public sealed class RetentionChangeTests
{
    [Fact]
    public void Should_KeepExistingPointsLonger_When_DailyRetentionGrows()
    {
        // Given ten days of DefaultPolicy points (30 days)
        var world = new TestWorld();
        world.RunToDay(10);
        var first = world.Item.RecoveryPoints[0];

        // When the policy keeps daily points 60 days
        world.Simulation.SavePolicy(world.Vault, world.Vault.FindPolicy("DefaultPolicy")! with { Retention = new RetentionPolicy(new DailyRetention(60)) });

        // Then
        first.VaultExpiry.ShouldBe(first.Time + Duration.FromDays(60));
        world.RunToDay(45);
        world.Item.RecoveryPoints.ShouldContain(first);
        world.Simulation.RunUntil(first.Time + Duration.FromDays(60));
        world.Item.RecoveryPoints.ShouldNotContain(first);
    }

    [Fact]
    public void Should_KeepAWeeklyPointAsLongAsTheDailyRule_When_DailyRetentionGrowsPastTheWeeklyRule()
    {
        // Given daily points kept 7 days and Sunday points 2 weeks, run past Sunday 4 January 2026
        var world = new TestWorld();
        var policy = world.Vault.FindPolicy("DefaultPolicy")! with
        {
            Retention = new RetentionPolicy(new DailyRetention(7), new WeeklyRetention(2, [IsoDayOfWeek.Sunday])),
        };
        world.Simulation.SavePolicy(world.Vault, policy);
        world.RunToDay(5);
        var sunday = world.Item.RecoveryPoints.Single(p => p.Tag == RetentionTag.Weekly);

        // When the daily rule grows to 60 days, longer than the weekly one
        world.Simulation.SavePolicy(world.Vault, policy with { Retention = policy.Retention with { Daily = new DailyRetention(60) } });

        // Then the Sunday point, also that day's daily backup, is kept 60 days like the points around it (decision D2)
        sunday.VaultExpiry.ShouldBe(sunday.Time + Duration.FromDays(60));
    }

    [Fact]
    public void Should_KeepEveryExpiry_When_APolicyWhoseDailyRuleOutlastsItsWeeklyRuleIsSavedAgain()
    {
        // Given daily points kept 30 days and Sunday points 1 week: a Sunday point is kept 30 days (decision D2)
        var world = new TestWorld();
        var policy = world.Vault.FindPolicy("DefaultPolicy")! with
        {
            Retention = new RetentionPolicy(new DailyRetention(30), new WeeklyRetention(1, [IsoDayOfWeek.Sunday])),
        };
        world.Simulation.SavePolicy(world.Vault, policy);
        world.RunToDay(5);
        var expiries = world.Item.RecoveryPoints.Select(p => p.VaultExpiry).ToList();

        // When the same policy is saved again
        world.Simulation.SavePolicy(world.Vault, world.Vault.FindPolicy("DefaultPolicy")!);

        // Then
        world.Item.RecoveryPoints.Select(p => p.VaultExpiry).ShouldBe(expiries);
    }

    [Fact]
    public void Should_PruneAtOnceWhatFallsOutside_When_DailyRetentionShrinks()
    {
        var world = new TestWorld();
        world.RunToDay(20);
        world.Item.RecoveryPoints.Count.ShouldBeGreaterThan(15);

        world.Simulation.SavePolicy(world.Vault, world.Vault.FindPolicy("DefaultPolicy")! with { Retention = new RetentionPolicy(new DailyRetention(7)) });

        var cutoff = world.Simulation.Now - Duration.FromDays(7);
        world.Item.RecoveryPoints.ShouldAllBe(p => p.Time > cutoff);
        world.Item.RecoveryPoints.Count.ShouldBeInRange(6, 7);
    }

    [Fact]
    public void Should_CleanUpTheDailyPoints_When_TheItemMovesFromADailyToAWeeklyPolicy()
    {
        // Given
        var world = new TestWorld();
        world.Simulation.SavePolicy(world.Vault, TestPolicies.StandardWeekly() with { Name = "weekly" });
        world.RunToDay(10);
        var newest = world.Item.LatestRecoveryPoint!;

        // When
        world.Simulation.ChangePolicy(world.Item, "weekly");

        // Then the daily points are due at once: those without a snapshot are gone; a vault copy waits for its
        // snapshot (domain.md §5.4), and the newest point survives until a newer one exists (decision D3)
        world.Item.RecoveryPoints.Count.ShouldBe(2);
        world.Item.RecoveryPoints.ShouldAllBe(p => p.HasSnapshot && p.VaultExpiry <= world.Simulation.Now);
        world.Item.LatestRecoveryPoint.ShouldBe(newest);
        world.Item.NextRun!.Value.Local.DayOfWeek.ShouldBe(IsoDayOfWeek.Sunday);

        // And once the snapshots have expired only the weekly point of Sunday 11 January is left
        world.RunToDay(13);
        world.Item.RecoveryPoints.ShouldHaveSingleItem().Tag.ShouldBe(RetentionTag.Weekly);
    }

    [Fact]
    public void Should_KeepWeeklyPointsTheirRemainingDays_When_TheItemMovesFromAWeeklyToADailyPolicy()
    {
        var world = new TestWorld();
        world.Simulation.SavePolicy(world.Vault, TestPolicies.StandardWeekly() with { Name = "weekly" });
        world.Simulation.ChangePolicy(world.Item, "weekly");
        world.RunToDay(22);
        var weekly = world.Item.RecoveryPoints.Where(p => p.Tag == RetentionTag.Weekly).ToList();
        weekly.Count.ShouldBe(3, "4, 11 and 18 January 2026 are Sundays");
        var expiries = weekly.Select(p => p.VaultExpiry).ToList();

        world.Simulation.ChangePolicy(world.Item, "DefaultPolicy");

        world.Item.RecoveryPoints.Where(p => p.Tag == RetentionTag.Weekly).ShouldBe(weekly);
        weekly.Select(p => p.VaultExpiry).ShouldBe(expiries);
        expiries[0].ShouldBe(weekly[0].Time + Duration.FromDays(12 * 7));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(20)]
    public void Should_KeepWeeklyPointsTheirRemainingDays_When_AWeeklyPolicyIsUpdatedToRunDaily(int newWeeks)
    {
        // Given three Sunday points of a weekly policy keeping them 12 weeks
        var world = new TestWorld();
        var weeklyPolicy = TestPolicies.StandardWeekly() with { Name = "weekly" };
        world.Simulation.SavePolicy(world.Vault, weeklyPolicy);
        world.Simulation.ChangePolicy(world.Item, "weekly");
        world.RunToDay(22);
        var weekly = world.Item.RecoveryPoints.Where(p => p.Tag == RetentionTag.Weekly).ToList();
        var expiries = weekly.Select(p => p.VaultExpiry).ToList();

        // When the same policy is updated to run daily, its weekly rule shorter or longer than before
        world.Simulation.SavePolicy(world.Vault, weeklyPolicy with
        {
            Schedule = BackupSchedule.Daily(new LocalTime(2, 0)),
            Retention = new RetentionPolicy(new DailyRetention(30), new WeeklyRetention(newWeeks, [IsoDayOfWeek.Sunday])),
            InstantRestoreDays = 2,
        });

        // Then "weekly points keep the days remaining under the current retention" (domain.md §2.7)
        world.Item.RecoveryPoints.Where(p => p.Tag == RetentionTag.Weekly).ShouldBe(weekly);
        weekly.Select(p => p.VaultExpiry).ShouldBe(expiries);
    }

    [Theory]
    [InlineData(2, 60, 60)]
    [InlineData(4, 10, 28)]
    public void Should_KeepTheLongerOfItsExpiryAndTheDailyRule_When_ItsWeeklyRuleIsRemoved(int weeks, int newDailyDays, int keptDays)
    {
        // Given daily points kept 10 days and Sunday points some weeks, run past Sunday 4 January 2026
        var world = new TestWorld();
        var policy = world.Vault.FindPolicy("DefaultPolicy")! with
        {
            Retention = new RetentionPolicy(new DailyRetention(10), new WeeklyRetention(weeks, [IsoDayOfWeek.Sunday])),
        };
        world.Simulation.SavePolicy(world.Vault, policy);
        world.RunToDay(6);
        var sunday = world.Item.RecoveryPoints.Single(p => p.Tag == RetentionTag.Weekly);

        // When the weekly rule is removed, the daily one longer or as it was
        world.Simulation.SavePolicy(world.Vault, policy with { Retention = new RetentionPolicy(new DailyRetention(newDailyDays)) });

        // Then the Sunday point, also that day's daily backup, keeps its expiry, or is kept as long as the daily points
        // around it where that is longer (decision D2)
        sunday.VaultExpiry.ShouldBe(sunday.Time + Duration.FromDays(keptDays));
    }

    [Fact]
    public void Should_ApplyTheNewPolicyAtOnce_When_AnItemIsSwitchedToIt()
    {
        // Given a second policy keeping points 90 days, running at 20:00
        var world = new TestWorld();
        var longer = TestPolicies.StandardDaily(days: 90) with { Name = "keep-90", Schedule = BackupSchedule.Daily(new LocalTime(20, 0)) };
        world.Simulation.SavePolicy(world.Vault, longer);
        world.RunToDay(5, 12);

        // When
        world.Simulation.ChangePolicy(world.Item, "keep-90");

        // Then expiries and the next run change without waiting for a backup: 20:00 the next day, as this one had its 02:00 backup
        world.Item.RecoveryPoints.ShouldAllBe(p => p.VaultExpiry == p.Time + Duration.FromDays(90));
        world.Item.NextRun!.Value.At.ShouldBe(Instant.FromUtc(2026, 1, 7, 20, 0));
    }
}
