using NodaTime;
using Simulator.Core.Jobs;
using Simulator.Core.Journal;
using Simulator.Core.Protection;
using Simulator.Core.RecoveryPoints;
using Simulator.Tests.Support;

namespace Simulator.Tests.Core;

public sealed class StopResumeDeleteTests
{
    [Fact]
    public void Should_ExpireNothing_When_StoppedWithDataRetainedForever()
    {
        var world = new TestWorld();
        world.RunToDay(10);
        var points = world.Item.RecoveryPoints.ToList();

        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainForever);
        world.RunToDay(100);

        world.Item.State.ShouldBe(ProtectionState.ProtectionStopped);
        world.Item.RecoveryPoints.ShouldBe(points);
        world.Simulation.Jobs.Count(j => j.IsBackup && j.Start > world.Day(10)).ShouldBe(0);
        world.Simulation.Jobs.Last().Operation.ShouldBe(JobOperation.DisableBackup);
    }

    [Fact]
    public void Should_KeepTheSnapshotsPastTheirInstantRestoreDays_When_StoppedWithDataRetainedForever()
    {
        // Given DefaultPolicy's 2-day snapshots on the newest points when protection stops with the data kept forever
        var world = new TestWorld();
        world.RunToDay(10);
        var withSnapshot = world.Item.RecoveryPoints.Where(p => p.HasSnapshot).ToList();
        withSnapshot.Count.ShouldBeGreaterThan(1);

        // When
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainForever);
        world.RunToDay(100);

        // Then the instant-restore tier is kept as the vault tier is (D4), though its days are long past
        world.Item.RecoveryPoints.Where(p => p.HasSnapshot).ShouldBe(withSnapshot);
        withSnapshot.ShouldAllBe(p => p.SnapshotExpiry < world.Day(100));
    }

    [Fact]
    public void Should_ExpireEverySnapshotButTheNewestPointsOwn_When_StoppedWithDataRetainedAsPerPolicy()
    {
        // Given
        var world = new TestWorld();
        world.RunToDay(10);

        // When
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainAsPerPolicy);
        world.RunToDay(20);

        // Then the policy's instant-restore days still run, and only the newest point keeps its snapshot (D3)
        world.Item.RecoveryPoints.Where(p => p.HasSnapshot).ShouldBe([world.Item.LatestRecoveryPoint!]);
    }

    [Fact]
    public void Should_StayInitialBackupPending_When_ResumedBeforeAnyBackupReachedTheVault()
    {
        // Given the first backup's transfer failed, leaving one snapshot-only point, and protection was stopped
        var world = new TestWorld();
        world.Simulation.FailNextTransfers(world.Vm);
        world.RunToDay(0, 12);
        world.Item.RecoveryPoints.ShouldHaveSingleItem().InVault.ShouldBeFalse();
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainForever);
        world.WaitForOperation();

        // When
        world.Simulation.ResumeProtection(world.Item, "DefaultPolicy");

        // Then the initial backup is still pending (domain.md §5.1), and the next backup is the full first copy
        world.Item.State.ShouldBe(ProtectionState.IRPending);
        world.RunToDay(1, 12);
        world.Item.LatestRecoveryPoint!.IsFull.ShouldBeTrue();
        world.Item.State.ShouldBe(ProtectionState.Protected);
    }

    [Fact]
    public void Should_CleanExpiredPoints_When_ProtectionResumes()
    {
        var world = new TestWorld();
        world.RunToDay(10);
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainForever);
        world.RunToDay(100);

        world.Simulation.ResumeProtection(world.Item, "DefaultPolicy");
        world.WaitForOperation();

        world.Item.State.ShouldBe(ProtectionState.Protected);
        world.Item.RecoveryPoints.Count.ShouldBe(1, "only the newest point survives its expiry");
        world.RunToDay(101, 6);
        world.Item.RecoveryPoints.Count.ShouldBe(2);
    }

    [Fact]
    public void Should_KeepOnlyTheTiersPastTheirDates_When_TheResumesJobStillRuns()
    {
        // Given: stopped on day 10 retaining its data, resumed on day 20, the resume's job still running
        var world = new TestWorld();
        world.RunToDay(10);
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainForever);
        world.RunToDay(20);
        world.Simulation.ResumeProtection(world.Item, "DefaultPolicy");
        var now = world.Simulation.Now;
        var oldest = world.Item.RecoveryPoints.MinBy(p => p.Time)!;

        // Then: the oldest vault copy, due on day 31, shows its date; a date already past waits for the job's cleanup
        oldest.PlannedVaultExpiry.ShouldBeGreaterThan(now);
        KeptPastExpiry.Of(world.Item, oldest.PlannedVaultExpiry, now, isKeptAsNewest: false).ShouldBeNull();
        KeptPastExpiry.Of(world.Item, now - Duration.FromDays(1), now, isKeptAsNewest: false).ShouldBe(KeptReason.Resuming);
    }

    [Fact]
    public void Should_KeepExpiringButKeepTheNewest_When_StoppedWithDataRetainedAsPerPolicy()
    {
        var world = new TestWorld();
        world.RunToDay(10);
        var newest = world.Item.LatestRecoveryPoint;

        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainAsPerPolicy);
        world.RunToDay(60);

        world.Item.State.ShouldBe(ProtectionState.BackupsSuspended);
        world.Item.RecoveryPoints.ShouldBe([newest!]);
    }

    [Fact]
    public void Should_OfferToCancelTheRunningBackupOnlyWhileItTakesItsSnapshot_When_DeletingTheDataIsRefused()
    {
        // Given a Backup now taking its snapshot
        var world = new TestWorld();
        world.RunToDay(1);
        var job = world.Simulation.BackupNow(world.Item);
        var whileSnapshot = world.Simulation.StopRefusal(world.Item, StopProtectionMode.DeleteData).ShouldNotBeNull().Reason;

        // When its snapshot is over and it transfers to the vault
        while (job.Snapshot!.Value.Status == PhaseStatus.InProgress)
        {
            world.Simulation.RunFor(Duration.FromMinutes(1));
        }

        var whileTransfer = world.Simulation.StopRefusal(world.Item, StopProtectionMode.DeleteData).ShouldNotBeNull().Reason;

        // Then a cancel is offered only while it may be taken
        whileSnapshot.ShouldEndWith("Wait for it to finish, or cancel it while it still takes its snapshot.");
        job.IsFinished.ShouldBeFalse();
        whileTransfer.ShouldEndWith("Wait for it to finish: its snapshot is over, and a transfer to the vault can't be cancelled.");
        world.Simulation.CancelJobRefusal(job).ShouldNotBeNull();
    }

    [Fact]
    public void Should_SayDeletingIsTheOneWayLeft_When_AStoppedItemsDataMustWaitForItsBackup()
    {
        // Given a Backup now still taking its snapshot when protection stops, retaining the data as per policy
        var world = new TestWorld();
        world.RunToDay(1);
        var job = world.Simulation.BackupNow(world.Item);
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainAsPerPolicy);
        world.WaitForOperation();
        job.IsFinished.ShouldBeFalse();

        // When stopping is asked again, as the dashboard's 's' does before offering the ways
        var refusal = world.Simulation.StopRefusal(world.Item).ShouldNotBeNull();

        // Then the refusal says why deleting is what is left before why it waits
        refusal.Reason.ShouldStartWith($"protection of '{world.Item.Name}' is already stopped (BackupsSuspended), so deleting its backup data is the one way left, and it must wait: backup job {job.Id[..8]} is still running");
    }

    [Fact]
    public void Should_RefuseToDeleteTheData_When_ABackupOfTheItemStillRuns()
    {
        // Given a backup taking its snapshot, on a vault without soft delete (deleting would purge at once)
        var world = new TestWorld();
        world.Simulation.SetSoftDelete(world.Vault, false, world.Vault.SoftDeleteRetentionDays);
        world.RunToDay(1);
        var job = world.Simulation.BackupNow(world.Item);

        // When / Then: stopping with delete is refused, and nothing changed
        Should.Throw<Simulator.Core.Service.OperationRefusedException>(() => world.Simulation.StopProtection(world.Item, StopProtectionMode.DeleteData))
            .Reason.ShouldStartWith($"backup job {job.Id[..8]} is still running");
        world.Item.State.ShouldNotBe(ProtectionState.ProtectionStopped);

        // and once stopped with data retained, deleting it waits for the job too
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainForever);
        world.WaitForOperation();
        world.Simulation.DeleteBackupDataRefusal(world.Item).ShouldNotBeNull().Reason.ShouldContain("is still running");
        world.RunToDay(3);
        job.IsFinished.ShouldBeTrue();
        world.Simulation.DeleteBackupData(world.Item);
        world.WaitForOperation();
        world.Item.RecoveryPoints.ShouldBeEmpty();
    }

    [Fact]
    public void Should_SoftDeleteForFourteenDaysThenPurge_When_StoppedWithDelete()
    {
        var world = new TestWorld();
        world.RunToDay(5);

        world.Simulation.StopProtection(world.Item, StopProtectionMode.DeleteData);
        world.WaitForOperation();

        world.Item.DeleteState.ShouldBe(DeleteState.ToBeDeleted);
        world.Item.PurgeAt.ShouldBe(world.Day(19) + world.Simulation.Settings.OperationDuration, "14 days after the delete job completed");
        world.RunToDay(19);
        world.Vault.Items.ShouldContain(world.Item);
        world.Item.RecoveryPoints.Count.ShouldBe(5, "nothing expires while soft-deleted");
        world.Simulation.RunUntil(world.Item.PurgeAt!.Value);
        world.Vault.Items.ShouldNotContain(world.Item);
        world.Simulation.FindItem(world.Vm.Name).ShouldBeNull();
    }

    [Fact]
    public void Should_PurgeTheSoftDeletedDataAtOnce_When_SoftDeleteIsTurnedOff()
    {
        // Given an item soft-deleted on day 5, to be purged on day 19
        var world = new TestWorld();
        world.RunToDay(5);
        world.Simulation.StopProtection(world.Item, StopProtectionMode.DeleteData);
        world.WaitForOperation();
        world.RunToDay(7);

        // When its vault's soft delete is turned off
        world.Simulation.SetSoftDelete(world.Vault, false);

        // Then its data goes now ("Disabling soft delete immediately purges deleted data"), where it was kept to day 19
        world.Vault.Items.ShouldNotContain(world.Item);
        world.Simulation.LastPurge(world.Vm).ShouldBe((world.Vault.Name.Value, world.Day(7)));
        world.Journal.Events[^1].ShouldBe(new ItemDeleteStateChanged(world.Day(7), world.Vault.Name.Value, world.Item.Name, ItemDeleteStateChanged.Purged, null));
        world.RunToDay(20);
        world.Journal.Events.OfType<ItemDeleteStateChanged>().Count(e => e.Change == ItemDeleteStateChanged.Purged).ShouldBe(1, "the purge queued for day 19 passes");
    }

    [Fact]
    public void Should_KeepAnItemBeingUndeleted_When_SoftDeleteIsTurnedOffMeanwhile()
    {
        // Given a soft-deleted item whose undelete job runs
        var world = new TestWorld();
        world.RunToDay(5);
        world.Simulation.StopProtection(world.Item, StopProtectionMode.DeleteData);
        world.RunToDay(7);
        world.Simulation.Undelete(world.Item);

        // When soft delete is turned off before the undelete completes
        world.Simulation.SetSoftDelete(world.Vault, false);
        world.WaitForOperation();

        // Then the undelete wins, as it does over a purge that falls while it runs (D9)
        world.Item.DeleteState.ShouldBe(DeleteState.NotDeleted);
        world.Vault.Items.ShouldContain(world.Item);
        world.Item.RecoveryPoints.Count.ShouldBe(5);
    }

    [Fact]
    public void Should_ReturnToStoppedWithDataRetained_When_Undeleted()
    {
        var world = new TestWorld();
        world.RunToDay(5);
        world.Simulation.StopProtection(world.Item, StopProtectionMode.DeleteData);
        world.RunToDay(10);

        world.Simulation.Undelete(world.Item);
        world.RunToDay(40);

        world.Item.DeleteState.ShouldBe(DeleteState.NotDeleted);
        world.Item.State.ShouldBe(ProtectionState.ProtectionStopped);
        world.Item.RecoveryPoints.Count.ShouldBe(5);
        world.Simulation.Jobs.Last().Operation.ShouldBe(JobOperation.Undelete);
    }

    [Fact]
    public void Should_LetARunningTransferFinish_When_ProtectionStops()
    {
        var world = new TestWorld();
        var job = world.Simulation.BackupNow(world.Item);
        world.Simulation.RunFor(Duration.FromMinutes(15));

        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainForever);
        world.Simulation.RunFor(Duration.FromHours(3));

        job.Status.ShouldBe(JobStatus.Completed);
        world.Item.State.ShouldBe(ProtectionState.ProtectionStopped);
        job.Point!.InVault.ShouldBeTrue();
    }
}
