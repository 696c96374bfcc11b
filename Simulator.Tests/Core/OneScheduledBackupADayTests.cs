using NodaTime;
using Simulator.Core.Jobs;
using Simulator.Core.Policies;
using Simulator.Core.Protection;
using Simulator.Tests.Support;

namespace Simulator.Tests.Core;

/// <summary>A policy saved, switched or resumed after the day's scheduled backup: "one scheduled backup per day" (domain.md §2.2).</summary>
public sealed class OneScheduledBackupADayTests
{
    private static readonly LocalTime Afternoon = new(14, 0);

    [Fact]
    public void Should_NotRunTheDayAgain_When_ThePolicyMovesItsRunLaterAfterTheDaysBackup()
    {
        // Given the second day's 02:00 backup has started
        var world = new TestWorld();
        world.RunToDay(1, 5);
        ScheduledFor(world).ShouldContain(world.Day(1, 2));

        // When the policy moves its run to 14:00 the same morning
        SaveRunAt(world, Afternoon);
        world.RunToDay(3);

        // Then that day keeps its one backup, and the new time applies from the next day
        ScheduledFor(world).ShouldBe([world.Day(0, 2), world.Day(1, 2), world.Day(2, 14)]);
    }

    [Fact]
    public void Should_RunAtTheNewTimeThatDay_When_TheDayHasNotHadItsBackupYet()
    {
        // Given the second day before its 02:00 backup
        var world = new TestWorld();
        world.RunToDay(1, 1);

        // When the policy moves its run to 14:00
        SaveRunAt(world, Afternoon);
        world.RunToDay(3);

        // Then that day's one backup runs at the new time
        ScheduledFor(world).ShouldBe([world.Day(0, 2), world.Day(1, 14), world.Day(2, 14)]);
    }

    [Fact]
    public void Should_NotRunTheDayAgain_When_ProtectionIsStoppedAndResumedTheSameDay()
    {
        // Given the second day's 02:00 backup has started, and a 14:00 policy
        var world = new TestWorld();
        world.Simulation.SavePolicy(world.Vault, TestPolicies.StandardDaily() with { Name = "afternoon", Schedule = BackupSchedule.Daily(Afternoon) });
        world.RunToDay(1, 5);

        // When protection stops and resumes under it that morning
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainForever);
        world.WaitForOperation();
        world.Simulation.ResumeProtection(world.Item, "afternoon");
        world.RunToDay(3);

        // Then
        ScheduledFor(world).ShouldBe([world.Day(0, 2), world.Day(1, 2), world.Day(2, 14)]);
    }

    [Fact]
    public void Should_CountTheDayInTheNewPolicysZone_When_TheItemSwitchesToAPolicyInAnotherZone()
    {
        // Given the second day's 02:00 UTC backup, on Los Angeles's first day (18:00 on 1 January there)
        var world = new TestWorld();
        var evening = TestPolicies.StandardDaily(zone: "America/Los_Angeles") with { Name = "la-evening", Schedule = BackupSchedule.Daily(new LocalTime(22, 0)) };
        world.Simulation.SavePolicy(world.Vault, evening);
        world.RunToDay(1, 5);

        // When the item switches to a policy running at 22:00 in Los Angeles
        world.Simulation.ChangePolicy(world.Item, evening.Name);
        world.RunToDay(4);

        // Then Los Angeles's 2 January still has its backup (06:00 UTC on the 3rd), not skipped for UTC's 2 January
        ScheduledFor(world).ShouldBe([world.Day(0, 2), world.Day(1, 2), world.Day(2, 6), world.Day(3, 6)]);
    }

    [Fact]
    public void Should_RunTheDaysVaultBackup_When_AnHourlyPolicyIsSwitchedToADailyOneAfterItsSnapshotsOnly()
    {
        // Given an item on an hourly policy from 08:00, whose window of 1 January sends its copy at 04:00 on the 2nd,
        // and whose 2 January window has taken its 08:00 snapshot, which stays a snapshot
        var world = new TestWorld();
        var hourly = TestPolicies.EnhancedHourly();
        var daily = TestPolicies.EnhancedDaily() with { Schedule = BackupSchedule.Daily(new LocalTime(22, 0)) };
        world.Simulation.SavePolicy(world.Vault, hourly);
        world.Simulation.SavePolicy(world.Vault, daily);
        world.Simulation.ChangePolicy(world.Item, hourly.Name);
        world.RunToDay(1, 11);
        ScheduledFor(world).ShouldContain(world.Day(1, 8));

        // When it switches to a daily policy at 22:00
        world.Simulation.ChangePolicy(world.Item, daily.Name);
        world.RunToDay(3);

        // Then 2 January gets its vault backup at 22:00: its snapshot alone was not the day's backup
        ScheduledFor(world).ShouldContain(world.Day(1, 22));
    }

    [Fact]
    public void Should_TakeOneWeeklyPointForASunday_When_AFixedPolicyIsSavedAgainAfterDaylightSavingEnds()
    {
        // Given a Berlin policy saved in summer, pinned to 22:30 UTC (00:30 CEST), which after the change of
        // 25 October runs Sunday 1 November's backup at 23:30 CET on the Saturday
        var world = new TestWorld();
        var summer = Instant.FromUtc(2026, 9, 1, 12, 0);
        var midnightInBerlin = Instant.FromUtc(2026, 10, 31, 23, 0);
        var sunday = new LocalDate(2026, 11, 1);
        world.Simulation.RunUntil(summer);
        var policy = TestPolicies.StandardDaily(days: 7, zone: "Europe/Berlin") with
        {
            Name = "Berlin",
            Schedule = BackupSchedule.Daily(new LocalTime(0, 30)),
            Retention = new RetentionPolicy(new DailyRetention(7), new WeeklyRetention(4, [IsoDayOfWeek.Sunday])),
        };
        world.Simulation.SavePolicy(world.Vault, policy);
        world.Simulation.ChangePolicy(world.Item, policy.Name);
        world.Simulation.RunUntil(midnightInBerlin);
        ScheduledJobs(world).ShouldContain(j => j.Run!.Value.RetentionDate == sunday);

        // When the policy is saved again at midnight in Berlin, which pins it to 23:30 UTC (00:30 CET)
        world.Simulation.SavePolicy(world.Vault, world.Vault.FindPolicy(policy.Name)!);
        world.Simulation.RunUntil(midnightInBerlin + Duration.FromDays(2));

        // Then the Sunday keeps its one backup and its one weekly point; Monday's runs at 00:30 CET again
        ScheduledJobs(world).Count(j => j.Run!.Value.RetentionDate == sunday).ShouldBe(1);
        world.Item.RecoveryPoints.Count(p => p.Tag == RetentionTag.Weekly && p.Time > midnightInBerlin - Duration.FromHours(12)).ShouldBe(1);
        ScheduledJobs(world).Single(j => j.Run!.Value.RetentionDate == sunday.PlusDays(1)).ScheduledFor.ShouldBe(midnightInBerlin + Duration.FromMinutes(30) + Duration.FromDays(1));
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
