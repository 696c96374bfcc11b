using NodaTime;
using Simulator.Core.Jobs;
using Simulator.Core.Policies;
using Simulator.Tests.Support;

namespace Simulator.Tests.Core;

/// <summary>A policy saved after the day's scheduled backup: "one scheduled backup per day" (domain.md §2.2).</summary>
public sealed class OneScheduledBackupADayTests
{
    [Fact]
    public void Should_NotRunTheDayAgain_When_ThePolicyMovesItsRunLaterAfterTheDaysBackup()
    {
        // Given the second day's 02:00 backup has started
        var world = new TestWorld();
        world.RunToDay(1, 5);
        ScheduledFor(world).ShouldContain(world.Day(1, 2));

        // When the policy moves its run to 14:00 the same morning
        SaveRunAt(world, new LocalTime(14, 0));
        world.RunToDay(3);

        // Then that day keeps its one backup, and the new time applies from the next day
        ScheduledFor(world).ShouldBe([world.Day(0, 2), world.Day(1, 2), world.Day(2, 14)]);
    }

    [Fact]
    public void Should_RunAtTheNewTimeThatDay_When_TheDayHasNotHadItsBackupYet()
    {
        var world = new TestWorld();
        world.RunToDay(1, 1);

        SaveRunAt(world, new LocalTime(14, 0));
        world.RunToDay(3);

        ScheduledFor(world).ShouldBe([world.Day(0, 2), world.Day(1, 14), world.Day(2, 14)]);
    }

    [Fact]
    public void Should_TakeOneWeeklyPointForASunday_When_AFixedPolicyIsSavedAgainAfterDaylightSavingEnds()
    {
        // Given a Berlin policy saved in summer, pinned to 22:30 UTC (00:30 CEST), which after the change of
        // 25 October runs Sunday 1 November's backup at 23:30 CET on the Saturday
        var world = new TestWorld();
        var summer = Instant.FromUtc(2026, 9, 1, 12, 0);
        world.Simulation.RunUntil(summer);
        var policy = TestPolicies.StandardDaily(days: 7, zone: "Europe/Berlin") with
        {
            Name = "Berlin",
            Schedule = BackupSchedule.Daily(new LocalTime(0, 30)),
            Retention = new RetentionPolicy(new DailyRetention(7), new WeeklyRetention(4, [IsoDayOfWeek.Sunday])),
        };
        world.Simulation.SavePolicy(world.Vault, policy);
        world.Simulation.ChangePolicy(world.Item, policy.Name);
        world.Simulation.RunUntil(Instant.FromUtc(2026, 10, 31, 23, 0));
        var sunday = new LocalDate(2026, 11, 1);
        ScheduledJobs(world).ShouldContain(j => j.Run!.Value.RetentionDate == sunday);

        // When the policy is saved again at midnight in Berlin, which pins it to 23:30 UTC (00:30 CET)
        world.Simulation.SavePolicy(world.Vault, world.Vault.FindPolicy(policy.Name)!);
        world.Simulation.RunUntil(Instant.FromUtc(2026, 11, 3, 12, 0));

        // Then the Sunday keeps its one backup and its one weekly point; Monday's runs at 00:30 CET again
        ScheduledJobs(world).Count(j => j.Run!.Value.RetentionDate == sunday).ShouldBe(1);
        world.Item.RecoveryPoints.Count(p => p.Tag == RetentionTag.Weekly && p.Time > Instant.FromUtc(2026, 10, 31, 12, 0)).ShouldBe(1);
        ScheduledJobs(world).Single(j => j.Run!.Value.RetentionDate == sunday.PlusDays(1)).ScheduledFor.ShouldBe(Instant.FromUtc(2026, 11, 1, 23, 30));
    }

    private static void SaveRunAt(TestWorld world, LocalTime time)
    {
        var policy = world.Vault.FindPolicy(BackupPolicy.DefaultPolicyName)!;
        world.Simulation.SavePolicy(world.Vault, policy with { Schedule = BackupSchedule.Daily(time) });
    }

    private static List<Instant?> ScheduledFor(TestWorld world) => ScheduledJobs(world).Select(j => j.ScheduledFor).ToList();

    private static List<BackupJob> ScheduledJobs(TestWorld world) =>
        world.Simulation.Jobs.Where(j => j.IsBackup && j.Trigger == BackupTrigger.Scheduled).ToList();
}
