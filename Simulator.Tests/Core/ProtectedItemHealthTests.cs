using Simulator.Core.DataSources;
using Simulator.Core.Protection;
using Simulator.Tests.Support;

namespace Simulator.Tests.Core;

public sealed class ProtectedItemHealthTests
{
    [Fact]
    public void Should_BeIRPending_When_NoBackupFinishedYet()
    {
        new TestWorld().Item.Health.ShouldBe(ProtectedItemHealth.IRPending);
    }

    [Fact]
    public void Should_BeHealthy_When_TheLatestBackupSucceeded()
    {
        var world = new TestWorld();

        world.RunToDay(1);

        world.Item.Health.ShouldBe(ProtectedItemHealth.Healthy);
    }

    [Fact]
    public void Should_BeUnhealthy_When_TheLatestBackupFailed()
    {
        var world = new TestWorld(new VmSpec("vm-web-01", "westeurope") { AgentStatus = VmAgentStatus.Missing });

        world.RunToDay(1);

        world.Item.Health.ShouldBe(ProtectedItemHealth.Unhealthy);
    }

    [Fact]
    public void Should_BeNotReachable_When_TheVmWasDeleted()
    {
        var world = new TestWorld();
        world.RunToDay(1);

        world.Simulation.DeleteVirtualMachine(world.Vm);

        world.Item.Health.ShouldBe(ProtectedItemHealth.NotReachable);
    }

    [Fact]
    public void Should_KeepTheLastBackupsHealth_When_TheItemIsSoftDeleted()
    {
        // Given an item whose last backup succeeded
        var world = new TestWorld();
        world.RunToDay(2);

        // When its protection stops with its data deleted, into soft delete
        world.Simulation.StopProtection(world.Item, StopProtectionMode.DeleteData);
        world.WaitForOperation();

        // Then the API's health is still the last backup's, as in Azure's own sample of a soft-deleted VM item
        // ("Healthy", "Passed", "ToBeDeleted"); soft delete is told by the delete state, and the dashboard marks it
        world.Item.DeleteState.ShouldBe(DeleteState.ToBeDeleted);
        world.Item.Health.ShouldBe(ProtectedItemHealth.Healthy);
    }

    [Fact]
    public void Should_StayInitialBackupPending_When_AJobCompletesWithItsTransferSkippedBehindTheFirst()
    {
        // Given 1080 GB at 10 MB/s: the first transfer runs about 31 hours
        var world = new TestWorld(new VmSpec("vm-big", "westeurope") { UsedSizeGb = 1080, ThroughputMBps = 10 });

        // When the second day's job has completed, its transfer skipped, while the first still copies
        world.RunToDay(1, 6);

        // Then the initial backup is still pending, as the item's state says, and the portal's last backup status too
        var second = world.Simulation.Jobs.Where(j => j.IsBackup).ElementAt(1);
        second.Status.ShouldBe(Simulator.Core.Jobs.JobStatus.Completed);
        world.Item.State.ShouldBe(ProtectionState.IRPending);
        world.Item.LastBackupStatus.ShouldBe(LastBackupStatus.IRPending);
        world.Item.Health.ShouldBe(ProtectedItemHealth.IRPending);

        // And once the first copy reaches the vault, the next completed backup is healthy
        world.RunToDay(3);
        world.Item.LastBackupStatus.ShouldBe(LastBackupStatus.Healthy);
    }

    [Fact]
    public void Should_StayInError_When_ABackupStartedBeforeTheVmWasDeletedCompletesAfterNewerRunsFailed()
    {
        // Given a VM backed up daily whose second backup's transfer (200 GB of churn at 1 MB/s) runs about 57 hours
        var world = new TestWorld(new VmSpec("vm-slow", "westeurope") { UsedSizeGb = 10, DailyChurnGb = 200, ThroughputMBps = 1 });
        world.RunToDay(2);
        var slow = world.Simulation.Jobs.Last(j => j.IsBackup);
        slow.IsFinished.ShouldBeFalse();

        // When the VM is deleted while it transfers, the next runs fail, and then the old transfer completes
        world.Simulation.DeleteVirtualMachine(world.Vm);
        world.RunToDay(4);
        world.Simulation.Jobs.Where(j => j.IsBackup && j.Start > slow.Start).ShouldAllBe(j => j.ErrorCode == "UserErrorVmNotFoundV2");
        world.Item.State.ShouldBe(ProtectionState.ProtectionError);
        world.Simulation.RunUntil(slow.TransferDue!.Value);
        slow.Status.ShouldBe(Simulator.Core.Jobs.JobStatus.Completed);

        // Then the item still shows its newest job's failure: the old copy arrived, but no backup of the VM succeeded
        world.Item.State.ShouldBe(ProtectionState.ProtectionError);
        world.Item.LastBackupStatus.ShouldBe(LastBackupStatus.Unhealthy);
    }

    [Fact]
    public void Should_GoToError_When_AnInitialBackupStartedBeforeTheVmWasDeletedCompletesAfterNewerRunsFailed()
    {
        // Given a VM whose initial backup (500 GB at 5 MB/s) transfers for about 28 hours
        var world = new TestWorld(new VmSpec("vm-big", "westeurope") { UsedSizeGb = 500, ThroughputMBps = 5 });
        world.RunToDay(1);
        var initial = world.Simulation.Jobs.Single(j => j.IsBackup);
        initial.IsFinished.ShouldBeFalse();

        // When the VM is deleted while it transfers, the next run fails, and then the initial transfer completes
        world.Simulation.DeleteVirtualMachine(world.Vm);
        world.Simulation.RunUntil(initial.TransferDue!.Value);
        initial.Status.ShouldBe(Simulator.Core.Jobs.JobStatus.Completed);
        world.Simulation.Jobs.Where(j => j.IsBackup && j.Start > initial.Start).ShouldContain(j => j.ErrorCode == "UserErrorVmNotFoundV2");

        // Then the initial backup is done, but the item shows the newer failure: no backup of the VM succeeds now
        world.Item.State.ShouldBe(ProtectionState.ProtectionError);
        world.Item.LastBackupStatus.ShouldBe(LastBackupStatus.Unhealthy);
    }

    [Fact]
    public void Should_BeProtectedAndHealthy_When_AnInitialBackupCompletesAfterARunBehindItSkippedItsTransfer()
    {
        // Given a VM whose initial backup (500 GB at 5 MB/s) transfers for about 28 hours
        var world = new TestWorld(new VmSpec("vm-big", "westeurope") { UsedSizeGb = 500, ThroughputMBps = 5 });
        world.RunToDay(1);
        var initial = world.Simulation.Jobs.Single(j => j.IsBackup);

        // When the next day's run completes with its transfer skipped behind it, and then the initial transfer completes
        world.Simulation.RunUntil(initial.TransferDue!.Value);
        initial.Status.ShouldBe(Simulator.Core.Jobs.JobStatus.Completed);
        world.Simulation.Jobs.Where(j => j.IsBackup && j.Start > initial.Start).ShouldAllBe(j => j.Status == Simulator.Core.Jobs.JobStatus.Completed && j.Transfer!.Value.Status == Simulator.Core.Jobs.PhaseStatus.Skipped);

        // Then the initial backup is done and healthy, shown as of its own arrival
        world.Item.State.ShouldBe(ProtectionState.Protected);
        world.Item.LastBackupStatus.ShouldBe(LastBackupStatus.Healthy);
        world.Item.LastBackupTime.ShouldBe(initial.TransferDue);
    }
}
