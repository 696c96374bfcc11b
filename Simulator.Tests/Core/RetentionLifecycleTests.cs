using NodaTime;
using Simulator.Core.DataSources;
using Simulator.Core.Jobs;
using Simulator.Core.Journal;
using Simulator.Core.Policies;
using Simulator.Core.RecoveryPoints;
using Simulator.Tests.Support;

namespace Simulator.Tests.Core;

public sealed class RetentionLifecycleTests
{
    [Fact]
    public void Should_Keep30VaultPointsAndSnapshotsOnTheNewestTwo_When_DefaultPolicyRuns40Days()
    {
        // Given
        var world = new TestWorld();

        // When
        world.RunToDay(40);

        // Then
        var points = world.Item.RecoveryPoints;
        points.Count(p => p.InVault).ShouldBeInRange(29, 31);
        var withSnapshot = points.Where(p => p.HasSnapshot).ToList();
        withSnapshot.Count.ShouldBeInRange(2, 3);
        withSnapshot.ShouldBe(points.TakeLast(withSnapshot.Count), "only the newest points keep their snapshot");
        points.All(p => p.Tag == RetentionTag.Daily).ShouldBeTrue();
    }

    [Fact]
    public void Should_ExpireTheVaultCopyExactly30DaysAfterThePoint()
    {
        var world = new TestWorld();
        world.RunToDay(2);
        var first = world.Item.RecoveryPoints[0];
        var expiry = first.Time + Duration.FromDays(30);

        world.Simulation.RunUntil(expiry - Duration.FromSeconds(1));
        world.Item.RecoveryPoints.ShouldContain(first);
        world.Simulation.RunUntil(expiry);
        world.Item.RecoveryPoints.ShouldNotContain(first);
    }

    [Fact]
    public void Should_SendAFullCopyFirst_AndOnlyTheChurnAfter()
    {
        var world = new TestWorld(new VmSpec("vm-web-01", "westeurope") { UsedSizeGb = 200, DailyChurnGb = 5 });

        world.RunToDay(3);

        var backups = world.Simulation.Jobs.Where(j => j.IsBackup).ToList();
        backups[0].TransferSizeGb.ShouldBe(200);
        backups[0].Point!.IsFull.ShouldBeTrue();
        var days = (backups[1].Point!.Time - backups[0].Point!.Time).TotalDays;
        backups[1].TransferSizeGb.ShouldBe(5 * days, tolerance: 1e-9);
        backups[1].Point!.IsFull.ShouldBeFalse();
    }

    [Fact]
    public void Should_SkipTheNextDaysTransfer_When_TheFirstTransferTakes30Hours()
    {
        // Given 1080 GB at 10 MB/s: 110,592 s, a little under 31 hours
        var world = new TestWorld(new VmSpec("vm-big", "westeurope") { UsedSizeGb = 1080, DailyChurnGb = 10, ThroughputMBps = 10 });

        // When the second day's job has finished
        world.RunToDay(1, 6);

        // Then
        var backups = world.Simulation.Jobs.Where(j => j.IsBackup).ToList();
        var (first, second) = (backups[0], backups[1]);
        first.Transfer!.Value.Status.ShouldBe(PhaseStatus.InProgress);
        second.Status.ShouldBe(JobStatus.Completed);
        second.Snapshot!.Value.Status.ShouldBe(PhaseStatus.Completed);
        second.Transfer!.Value.Status.ShouldBe(PhaseStatus.Skipped);
        second.Point!.InVault.ShouldBeFalse();
        second.Point.Tier.ShouldBe(RecoveryPointTier.Snapshot);
        world.Item.State.ShouldBe(Simulator.Core.Protection.ProtectionState.IRPending, "the initial backup has not reached the vault yet");

        // And when the third day's job has run too
        world.RunToDay(4);
        var third = world.Simulation.Jobs.Where(j => j.IsBackup).ElementAt(2);
        (first.Transfer!.Value.Ended!.Value - first.Transfer!.Value.Started!.Value).TotalHours.ShouldBeGreaterThan(30);
        third.Transfer!.Value.Status.ShouldBe(PhaseStatus.Completed);
        var churnDays = (third.Point!.Time - first.Point!.Time).TotalDays;
        churnDays.ShouldBeGreaterThan(1.5, "the third point carries the churn of both days since the first vault point");
        third.TransferSizeGb.ShouldBe(10 * churnDays, tolerance: 1e-9);
    }

    [Fact]
    public void Should_NeverRemoveTheSnapshotOnlyPoint_AfterItsSnapshotExpires_When_ItIsNotTheNewest()
    {
        var world = new TestWorld(new VmSpec("vm-big", "westeurope") { UsedSizeGb = 1080, ThroughputMBps = 10 });

        world.RunToDay(3);
        var skippedJob = world.Simulation.Jobs.Where(j => j.IsBackup).ElementAt(1);
        var skipped = skippedJob.Point.ShouldNotBeNull();
        skipped.Tier.ShouldBe(RecoveryPointTier.Snapshot, "its transfer was skipped behind the first one's");

        world.RunToDay(6);

        skipped.IsGone.ShouldBeTrue("a snapshot-only point disappears with its snapshot");
        world.Item.RecoveryPoints.ShouldNotContain(skipped);
        skippedJob.Point.ShouldBeNull("a job tells its point only while its item has it");
    }

    [Fact]
    public void Should_KeepTheNewestPointForever_When_TheVmIsDeleted()
    {
        // Given
        var world = new TestWorld();
        world.RunToDay(10);
        var newest = world.Item.LatestRecoveryPoint!;

        // When
        world.Simulation.DeleteVirtualMachine(world.Vm);
        world.RunToDay(120);

        // Then
        world.Item.RecoveryPoints.ShouldBe([newest]);
        world.Item.Health.ShouldBe(Simulator.Core.Protection.ProtectedItemHealth.NotReachable);
        newest.InVault.ShouldBeTrue();
        var after = world.Simulation.Jobs.Where(j => j.IsBackup && j.Start > world.Day(10)).ToList();
        after.ShouldNotBeEmpty();
        after.ShouldAllBe(j => j.Status == JobStatus.Failed && j.ErrorCode == ErrorCodes.VmNotFound);
    }

    [Fact]
    public void Should_KeepTheNewestPointsSnapshot_When_BackupsFailPastItsInstantRestoreDays()
    {
        // Given DefaultPolicy's 2 days of snapshots
        // When every backup of the 8 days after day 10 fails
        var (world, newest) = BackupsFailingFromDayTenToEighteen();

        // Then the newest point is still restorable from its snapshot, as Azure keeps it until the next successful
        // backup; every older point has lost its snapshot
        world.Item.LatestRecoveryPoint.ShouldBe(newest);
        newest.Tier.ShouldBe(RecoveryPointTier.SnapshotAndVaultStandard);
        world.Item.RecoveryPoints.Count(p => p.HasSnapshot).ShouldBe(1);
    }

    [Fact]
    public void Should_DropTheFormerNewestPointsSnapshot_When_TheNextBackupTakesItsPoint()
    {
        // Given a newest point kept with its snapshot 6 days past its instant-restore days
        var (world, former) = BackupsFailingFromDayTenToEighteen();

        // When the agent is healthy again and the next backup takes its snapshot
        world.Simulation.SetAgentStatus(world.Vm, VmAgentStatus.Healthy);
        world.RunToDay(18, 12);

        // Then the former newest point's snapshot went the moment the new point was taken
        var next = world.Item.LatestRecoveryPoint!;
        next.ShouldNotBe(former);
        former.Tier.ShouldBe(RecoveryPointTier.VaultStandard);
        var expired = world.Journal.Events.OfType<RecoveryPointTierChanged>().Single(e => e.PointId == former.Id && e.Reason == "snapshot expired");
        expired.At.ShouldBe(next.Time + world.Simulation.Settings.SnapshotDuration);
    }

    /// <summary>DefaultPolicy for 10 days, then the VM's agent missing until day 18: the world and its newest point.</summary>
    private static (TestWorld World, RecoveryPoint Newest) BackupsFailingFromDayTenToEighteen()
    {
        var world = new TestWorld();
        world.RunToDay(10);
        var newest = world.Item.LatestRecoveryPoint!;
        world.Simulation.SetAgentStatus(world.Vm, VmAgentStatus.Missing);
        world.RunToDay(18);
        return (world, newest);
    }

    [Fact]
    public void Should_DeleteTheVaultPointKeptPastItsExpiry_When_TheNewestPointReachesTheVault()
    {
        // Given a daily policy changed to a weekly one: its daily points expire at once, but decision D3 keeps the
        // newest, and keeps it still while the first weekly point is a snapshot only
        var world = new TestWorld(protect: false);
        world.Simulation.SavePolicy(world.Vault, TestPolicies.StandardDaily(days: 7));
        var item = world.Simulation.ConfigureProtection(world.Vault, world.Vm, "standard-daily");
        world.RunToDay(5, 12);
        var lastDaily = item.LatestRecoveryPoint!;
        world.Simulation.SavePolicy(world.Vault, TestPolicies.StandardWeekly() with { Name = "standard-daily" });
        world.RunToDay(10);
        item.RecoveryPoints.ShouldBe([lastDaily], "its snapshot has expired, and only D3 keeps its vault copy");

        // When the first weekly point (Sunday 11 January) has reached the vault
        world.RunToDay(11);
        var weekly = item.LatestRecoveryPoint!;
        weekly.InVault.ShouldBeTrue();

        // Then the daily point has gone, when the weekly point's transfer completed, not at the next backup a week later
        item.RecoveryPoints.ShouldBe([weekly]);
        var deleted = world.Journal.Events.OfType<RecoveryPointDeleted>().Last();
        deleted.PointId.ShouldBe(lastDaily.Id);
        deleted.At.ShouldBe(world.Simulation.Jobs.Last(j => j.IsBackup).End!.Value);
    }
}
