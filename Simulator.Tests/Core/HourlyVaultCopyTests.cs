using NodaTime;
using Simulator.Core.DataSources;
using Simulator.Core.Jobs;
using Simulator.Core.Policies;
using Simulator.Core.Protection;
using Simulator.Tests.Support;

namespace Simulator.Tests.Core;

/// <summary>Decision D10: a day's vault copy that did not reach the vault is owed, and the next hourly run transfers it.</summary>
public sealed class HourlyVaultCopyTests
{
    [Fact]
    public void Should_TransferTheNextHourlyRun_When_TheVaultRunIsCancelledDuringItsSnapshot()
    {
        // Given an Enhanced 4-hourly policy whose vault run (the window's last) is taking its snapshot
        var (world, item) = Hourly(new VmSpec("vm-oltp-01", "westeurope"));
        world.RunToDay(2);
        var vaultRun = RunUntilStarted(world, item, job => job.Transfer is not null);

        // When a person cancels it
        world.Simulation.CancelJob(vaultRun);

        // Then the next run, four hours later, transfers in its place, and the one after is a snapshot again
        var next = RunUntilStarted(world, item, _ => true);
        next.Transfer.ShouldNotBeNull("the cancelled vault run's copy is owed, as a failed one's is");
        RunUntilFinished(world, next);
        next.Point!.InVault.ShouldBeTrue();
        RunUntilStarted(world, item, _ => true).Transfer.ShouldBeNull();
    }

    [Fact]
    public void Should_TransferTheFirstRunAfterALongTransfer_When_AVaultRunWasSkippedBehindIt()
    {
        // Given an Enhanced 4-hourly policy and a first full copy that takes over two days (1,000 GB at 5 MB/s)
        var (world, item) = Hourly(new VmSpec("vm-archive-01", "westeurope") { UsedSizeGb = 1000, ThroughputMBps = 5 });
        var full = RunUntilStarted(world, item, job => job.Transfer is not null);

        // When the next vault runs are skipped behind it (decision D5) and the full copy then arrives
        RunUntilFinished(world, full);
        (full.End!.Value - full.Start).ShouldBeGreaterThan(Duration.FromDays(2));
        var skipped = world.Simulation.Jobs.Where(j => j.Item == item && j.Transfer?.Status == PhaseStatus.Skipped).ToList();
        skipped.ShouldNotBeEmpty();

        // Then the first run after its arrival transfers the owed copy, rather than waiting for the window's last run
        var next = RunUntilStarted(world, item, _ => true);
        next.Transfer.ShouldNotBeNull("the skipped vault run's copy is owed, and the full copy's arrival, taken before it, does not settle it");
        RunUntilFinished(world, next);
        next.Point!.InVault.ShouldBeTrue();
        RunUntilStarted(world, item, _ => true).Transfer.ShouldBeNull();
    }

    [Fact]
    public void Should_LeaveTheNextHourlyRunASnapshot_When_AnOnDemandBackupIsCancelled()
    {
        // Given an Enhanced 4-hourly policy between two of its runs (the 12:00 one, a snapshot only)
        var (world, item) = Hourly(new VmSpec("vm-oltp-01", "westeurope"));
        world.RunToDay(2, hour: 11);
        var onDemand = world.Simulation.BackupNow(item);

        // When a person cancels the on-demand backup during its snapshot
        world.Simulation.CancelJob(onDemand);

        // Then the day's vault run is still to come as planned: the next run keeps to its schedule
        var next = RunUntilStarted(world, item, _ => true);
        next.Run!.Value.TransfersToVault.ShouldBeFalse();
        next.Transfer.ShouldBeNull("only a scheduled run's copy is owed; an on-demand backup leaves the day's last run to send it");
    }

    [Fact]
    public void Should_KeepTheMissedDaysWeeklyRole_When_TheRunStandingInForAFailedSundayCopyArrives()
    {
        // Given an Enhanced 4-hourly policy keeping Sunday's copy 4 weeks and others 7 days, on Sunday's window
        // (4 January 2026, 08:00 to 08:00), whose vault run at 04:00 Monday will fail its transfer
        var world = new TestWorld(new VmSpec("vm-oltp-01", "westeurope"), protect: false);
        var policy = TestPolicies.EnhancedHourly() with
        {
            Retention = new RetentionPolicy(new DailyRetention(7), new WeeklyRetention(4, [IsoDayOfWeek.Sunday])),
        };
        world.Simulation.SavePolicy(world.Vault, policy);
        var item = world.Simulation.ConfigureProtection(world.Vault, world.Vm, policy.Name);
        world.RunToDay(4);
        world.Simulation.FailNextTransfers(world.Vm);

        // When the vault run fails and Monday's first run transfers in its place ("the first backup of the next day")
        var sunday = RunUntilStarted(world, item, job => job.Transfer is not null);
        RunUntilFinished(world, sunday);
        sunday.Status.ShouldBe(JobStatus.CompletedWithWarnings);
        var standIn = RunUntilStarted(world, item, _ => true);
        RunUntilFinished(world, standIn);

        // Then the copy standing in for Sunday's is kept as Sunday's would have been: weekly, four weeks
        standIn.Run!.Value.RetentionDate.DayOfWeek.ShouldBe(IsoDayOfWeek.Monday);
        var point = standIn.Point!;
        point.InVault.ShouldBeTrue();
        point.Tag.ShouldBe(RetentionTag.Weekly);
        point.VaultExpiry.ShouldBe(point.Time + Duration.FromDays(28));

        // And the window's own vault run after it is Monday's daily copy again
        var monday = RunUntilStarted(world, item, job => job.Transfer is not null);
        RunUntilFinished(world, monday);
        monday.Point!.Tag.ShouldBe(RetentionTag.Daily);
    }

    [Fact]
    public void Should_KeepTheMissedDaysWeeklyRole_When_ABackupNowSendsTheOwedCopy()
    {
        // Given Sunday's vault run failed its transfer, and a person takes a Backup now before the next run
        var (world, item) = SundayWeekly(windowHours: 24);
        var sunday = RunUntilStarted(world, item, job => job.Transfer is not null);
        RunUntilFinished(world, sunday);
        var onDemand = world.Simulation.BackupNow(item);

        // When its copy arrives, settling the copy owed
        RunUntilFinished(world, onDemand);

        // Then it is kept as Sunday's copy would have been, and as long as its own retain-until (30 days), the later
        var point = onDemand.Point!;
        point.InVault.ShouldBeTrue();
        point.Tag.ShouldBe(RetentionTag.Weekly);
        point.VaultExpiry.ShouldBe(onDemand.Start + Duration.FromDays(30));
        RunUntilStarted(world, item, _ => true).Transfer.ShouldBeNull("the copy owed has arrived");
    }

    [Fact]
    public void Should_KeepTheMissedDaysWeeklyRole_When_TheNextCopyIsItsOwnDaysVaultRun()
    {
        // Given a window of 4 hours, so that each day's one run goes to the vault, and Sunday's failed its transfer
        var (world, item) = SundayWeekly(windowHours: 4);
        var sunday = RunUntilStarted(world, item, job => job.Transfer is not null);
        RunUntilFinished(world, sunday);

        // When Monday's run sends its copy
        var monday = RunUntilStarted(world, item, job => job.Transfer is not null);
        RunUntilFinished(world, monday);

        // Then it keeps both days' roles: Sunday's weekly, the longer
        monday.Run!.Value.RetentionDate.DayOfWeek.ShouldBe(IsoDayOfWeek.Monday);
        monday.Point!.Tag.ShouldBe(RetentionTag.Weekly);
        monday.Point!.VaultExpiry.ShouldBe(monday.Point!.Time + Duration.FromDays(28));
    }

    /// <summary>An Enhanced 4-hourly policy keeping Sunday's copy 4 weeks and others 7 days, an hour before Sunday's window opens (4 January 2026, 08:00), its next transfer (Sunday's vault run) set to fail.</summary>
    private static (TestWorld World, ProtectedItem Item) SundayWeekly(int windowHours)
    {
        var world = new TestWorld(new VmSpec("vm-oltp-01", "westeurope"), protect: false);
        var policy = TestPolicies.EnhancedHourly(windowHours: windowHours) with
        {
            Retention = new RetentionPolicy(new DailyRetention(7), new WeeklyRetention(4, [IsoDayOfWeek.Sunday])),
        };
        world.Simulation.SavePolicy(world.Vault, policy);
        var item = world.Simulation.ConfigureProtection(world.Vault, world.Vm, policy.Name);
        world.RunToDay(3, hour: 7);
        world.Simulation.FailNextTransfers(world.Vm);
        return (world, item);
    }

    private static (TestWorld World, ProtectedItem Item) Hourly(VmSpec spec)
    {
        var world = new TestWorld(spec, protect: false);
        world.Simulation.SavePolicy(world.Vault, TestPolicies.EnhancedHourly());
        var item = world.Simulation.ConfigureProtection(world.Vault, world.Vm, "enhanced-hourly");
        return (world, item);
    }

    private static void RunUntilFinished(TestWorld world, BackupJob job)
    {
        while (!job.IsFinished && world.Simulation.Step())
        {
        }
    }

    /// <summary>Steps the clock until a backup job of the item matching <paramref name="match"/> has started.</summary>
    private static BackupJob RunUntilStarted(TestWorld world, ProtectedItem item, Func<BackupJob, bool> match)
    {
        var seen = world.Simulation.JobsStarted;
        var limit = world.Simulation.Now + Duration.FromDays(3);
        while (world.Simulation.Now < limit && world.Simulation.Step())
        {
            if (world.Simulation.JobsStarted != seen && world.Simulation.Jobs.Last() is { IsBackup: true } job && job.Item == item)
            {
                seen = world.Simulation.JobsStarted;
                if (match(job))
                {
                    return job;
                }
            }
        }

        throw new InvalidOperationException($"No matching backup job of {item} started by {limit}.");
    }
}
