using NodaTime;
using Simulator.Core.Jobs;
using Simulator.Core.Policies;
using Simulator.Tests.Support;

namespace Simulator.Tests.Core;

/// <summary>A policy saved or switched while a run already due waits out its start delay (decision D6, domain.md §2.7).</summary>
public sealed class DueRunPolicyChangeTests
{
    private static readonly Duration SavedAfterRun = Duration.FromMinutes(5);

    [Fact]
    public void Should_StillStartTheDueRun_AndKeepItsPointByTheNewRetention_When_OnlyTheRetentionChanges()
    {
        // Given a 02:00 run due, its start still ahead
        var (world, due) = WorldWithDueRun();

        // When the policy's daily rule grows from 30 to 45 days
        var policy = world.Vault.FindPolicy(BackupPolicy.DefaultPolicyName)!;
        world.Simulation.SavePolicy(world.Vault, policy with { Retention = new RetentionPolicy(new DailyRetention(45)) });
        world.RunToDay(3);

        // Then the day still has its backup, and its point is kept by the retention in force when it was taken
        var job = ScheduledJobs(world).Where(j => j.ScheduledFor == due).ShouldHaveSingleItem();
        job.Status.ShouldBe(JobStatus.Completed);
        job.Point.ShouldNotBeNull().VaultExpiry.ShouldBe(job.Start + Duration.FromDays(45));
    }

    [Fact]
    public void Should_StillStartTheDueRun_When_TheSamePolicyIsSavedAgain()
    {
        var (world, due) = WorldWithDueRun();

        world.Simulation.SavePolicy(world.Vault, world.Vault.FindPolicy(BackupPolicy.DefaultPolicyName)!);
        world.RunToDay(3);

        ScheduledJobs(world).Count(j => j.ScheduledFor == due).ShouldBe(1);
        ScheduledJobs(world).Select(j => j.ScheduledFor).ShouldBe([world.Day(0, 2), world.Day(1, 2), world.Day(2, 2)]);
    }

    [Fact]
    public void Should_StillStartTheDueRun_When_TheItemSwitchesToAnotherPolicyWithTheSameRunTime()
    {
        var (world, due) = WorldWithDueRun();
        world.Simulation.SavePolicy(world.Vault, world.Vault.FindPolicy(BackupPolicy.DefaultPolicyName)! with { Name = "Gold", Retention = new RetentionPolicy(new DailyRetention(90)) });

        world.Simulation.ChangePolicy(world.Item, "Gold");
        world.RunToDay(3);

        var job = ScheduledJobs(world).Where(j => j.ScheduledFor == due).ShouldHaveSingleItem();
        job.Point.ShouldNotBeNull().VaultExpiry.ShouldBe(job.Start + Duration.FromDays(90));
    }

    [Fact]
    public void Should_LetTheNewScheduleTakeOver_When_ThePolicyNoLongerHasTheDueRun()
    {
        // Given a 02:00 run due, its start still ahead
        var (world, due) = WorldWithDueRun();

        // When the policy moves its run to 04:00
        var policy = world.Vault.FindPolicy(BackupPolicy.DefaultPolicyName)!;
        world.Simulation.SavePolicy(world.Vault, policy with { Schedule = BackupSchedule.Daily(new LocalTime(4, 0)) });
        world.RunToDay(3);

        // Then the 02:00 run gives way, and the day's backup runs at the new time
        ScheduledJobs(world).ShouldNotContain(j => j.ScheduledFor == due);
        ScheduledJobs(world).Select(j => j.ScheduledFor).ShouldBe([world.Day(0, 2), world.Day(1, 4), world.Day(2, 4)]);
    }

    /// <summary>A world at five past its second day's 02:00 run, whose start the seed delays past that.</summary>
    private static (TestWorld World, Instant Due) WorldWithDueRun()
    {
        var world = new TestWorld();
        var due = world.Day(1, 2);
        world.Simulation.RunUntil(due + SavedAfterRun);

        // The seed's delay is what makes the run still due: a test of nothing if the start had come already.
        world.Item.NextRun.ShouldNotBeNull().At.ShouldBe(due);
        ScheduledJobs(world).ShouldNotContain(j => j.ScheduledFor == due);
        return (world, due);
    }

    private static List<BackupJob> ScheduledJobs(TestWorld world) =>
        world.Simulation.Jobs.Where(j => j.IsBackup && j.Trigger == BackupTrigger.Scheduled).ToList();
}
