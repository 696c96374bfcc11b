using NodaTime;
using Simulator.Core.DataSources;
using Simulator.Core.Jobs;
using Simulator.Core.Journal;
using Simulator.Core.Protection;
using Simulator.Core.Service;
using Simulator.Tests.Support;

namespace Simulator.Tests.Core;

/// <summary>A deleted VM re-created with the same name and resource group (domain.md §5.3): its item keeps its points and backs it up again.</summary>
public sealed class RecreateVirtualMachineTests
{
    [Fact]
    public void Should_RefuseToRecreateTheVm_When_ItExists()
    {
        // Given a VM that was never deleted
        var world = new TestWorld();

        // When
        var refusal = world.Simulation.RecreateVirtualMachineRefusal(world.Vm);

        // Then it names the operation, the VM, the rule and the way out
        refusal.ShouldNotBeNull().Message.ShouldBe(
            "Re-create VM on 'vm-web-01' refused: the VM exists; only a deleted VM can be re-created. Delete it first to play that fault.");
    }

    [Fact]
    public void Should_ThrowWhatTheQuerySaysAndPublishNothing_When_AnExistingVmIsRecreated()
    {
        // Given
        var world = new TestWorld();
        var events = world.Journal.Events.Count;

        // When
        var thrown = Should.Throw<OperationRefusedException>(() => world.Simulation.RecreateVirtualMachine(world.Vm));

        // Then
        thrown.Message.ShouldBe(world.Simulation.RecreateVirtualMachineRefusal(world.Vm)!.Message);
        world.Journal.Events.Count.ShouldBe(events);
    }

    [Fact]
    public void Should_RefuseNothing_When_TheVmHasBeenDeleted()
    {
        // Given
        var world = new TestWorld();
        world.Simulation.DeleteVirtualMachine(world.Vm);

        // When
        var refusal = world.Simulation.RecreateVirtualMachineRefusal(world.Vm);

        // Then
        refusal.ShouldBeNull();
    }

    [Fact]
    public void Should_SayRecreatingTheVmIsTheWayToResume_When_ResumeIsRefusedForADeletedVm()
    {
        // Given a stopped item whose VM is then deleted
        var world = new TestWorld();
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainForever);
        world.WaitForOperation();
        world.Simulation.DeleteVirtualMachine(world.Vm);

        // When
        var refusal = world.Simulation.ResumeRefusal(world.Item);

        // Then
        refusal.ShouldNotBeNull().Message.ShouldContain("the VM has been deleted; there is nothing to back up. Re-create it with the same name and resource group to resume");
    }

    [Fact]
    public void Should_SayTheItemIsStillProtected_When_ResumeIsAskedForAProtectedItemWhoseVmWasDeleted()
    {
        // Given a protected item whose VM is deleted (a fault: protection goes on)
        var world = new TestWorld();
        world.Simulation.DeleteVirtualMachine(world.Vm);

        // When
        var refusal = world.Simulation.ResumeRefusal(world.Item);

        // Then re-creating the VM, which would not make it resumable, is not offered as the way out
        refusal.ShouldNotBeNull().Message.ShouldContain("is already protected");
        refusal.Message.ShouldNotContain("Re-create");
    }

    [Fact]
    public void Should_BringTheVmBackRunningWithAHealthyAgent_When_ItIsRecreated()
    {
        // Given a VM deallocated without its agent, then deleted
        var world = new TestWorld(new VmSpec("vm-web-01", "westeurope") { ResourceGroup = "rg-app", UsedSizeGb = 300, DailyChurnGb = 6 });
        world.Simulation.SetPowerState(world.Vm, PowerState.Deallocated);
        world.Simulation.SetAgentStatus(world.Vm, VmAgentStatus.Missing);
        world.Simulation.DeleteVirtualMachine(world.Vm);

        // When
        world.Simulation.RecreateVirtualMachine(world.Vm);

        // Then it is the same VM again, as a new one is built: running, its agent installed and healthy
        world.Vm.Exists.ShouldBeTrue();
        (world.Vm.Name, world.Vm.ResourceGroup, world.Vm.Region, world.Vm.UsedSizeGb, world.Vm.DailyChurnGb).ShouldBe(("vm-web-01", "rg-app", "westeurope", 300.0, 6.0));
        world.Vm.PowerState.ShouldBe(PowerState.Running);
        world.Vm.AgentStatus.ShouldBe(VmAgentStatus.Healthy);
        world.Simulation.FindItem("vm-web-01").ShouldBe(world.Item);
    }

    [Fact]
    public void Should_TellTheJournal_When_TheVmIsRecreated()
    {
        // Given
        var world = new TestWorld();
        world.Simulation.DeleteVirtualMachine(world.Vm);

        // When
        world.Simulation.RecreateVirtualMachine(world.Vm);

        // Then it reads as the deletion does, on the VM's own line
        world.Journal.Events.Last().ShouldBe(new DataSourceChanged(TestWorld.Start, "vm-web-01", "VM", "Re-created"));
    }

    [Fact]
    public void Should_MakeAFullCopy_When_TheFirstBackupAfterRecreationRuns()
    {
        // Given a VM backed up for three days, deleted for two, then re-created with new disks
        var world = DeletedAndRecreated();

        // When its next backup runs
        world.RunToDay(6);

        // Then it sends the whole used size, and its point is a full one
        var first = BackupsAfter(world, world.Day(5)).First();
        first.Status.ShouldBe(JobStatus.Completed);
        first.TransferSizeGb.ShouldBe(world.Vm.UsedSizeGb);
        first.Point!.IsFull.ShouldBeTrue();
    }

    [Fact]
    public void Should_MakeIncrementalCopies_When_TheFullCopyAfterRecreationIsInTheVault()
    {
        // Given
        var world = DeletedAndRecreated();

        // When two backups have run since the re-creation
        world.RunToDay(7);

        // Then the second sends the churn since the full copy
        var backups = BackupsAfter(world, world.Day(5));
        var (full, next) = (backups[0], backups[1]);
        next.Point!.IsFull.ShouldBeFalse();
        next.TransferSizeGb.ShouldBe(world.Vm.DailyChurnGb * (next.Point.Time - full.Point!.Time).TotalDays, tolerance: 1e-9);
    }

    [Fact]
    public void Should_ReturnToProtected_When_TheFirstBackupAfterRecreationSucceeds()
    {
        // Given an item in error after its deleted VM's backups failed, the VM re-created
        var world = DeletedAndRecreated();
        world.Item.State.ShouldBe(ProtectionState.ProtectionError);

        // When
        world.RunToDay(6);

        // Then it is protected as after any success, its initial backup long done
        world.Item.State.ShouldBe(ProtectionState.Protected);
        world.Item.LastBackupStatus.ShouldBe(LastBackupStatus.Healthy);
        world.Item.Health.ShouldBe(ProtectedItemHealth.Healthy);
    }

    [Fact]
    public void Should_KeepTheOldPoints_When_TheVmIsRecreated()
    {
        // Given the points taken before the deletion
        var world = new TestWorld();
        world.RunToDay(3);
        var before = world.Item.RecoveryPoints.ToList();
        world.Simulation.DeleteVirtualMachine(world.Vm);
        world.RunToDay(5);

        // When
        world.Simulation.RecreateVirtualMachine(world.Vm);
        world.RunToDay(6);

        // Then they are still the item's, in the vault, ahead of the new full one
        world.Item.RecoveryPoints.Take(before.Count).ShouldBe(before);
        before.ShouldAllBe(p => p.InVault);
        world.Item.RecoveryPoints.Count.ShouldBe(before.Count + 1);
    }

    [Fact]
    public void Should_AllowResume_When_TheVmOfAStoppedItemIsRecreated()
    {
        // Given an item stopped with its data retained, whose VM was then deleted, so that resuming was refused
        var world = new TestWorld();
        world.RunToDay(3);
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainForever);
        world.WaitForOperation();
        world.Simulation.DeleteVirtualMachine(world.Vm);
        world.Simulation.ResumeRefusal(world.Item).ShouldNotBeNull();

        // When the VM is re-created
        world.Simulation.RecreateVirtualMachine(world.Vm);

        // Then it resumes, and its next backup is the full copy of the new disks
        world.Simulation.ResumeRefusal(world.Item).ShouldBeNull();
        world.Simulation.ResumeProtection(world.Item, "DefaultPolicy");
        world.Item.State.ShouldBe(ProtectionState.Protected);
        world.RunToDay(3, 12);
        var first = BackupsAfter(world, world.Day(3)).ShouldHaveSingleItem();
        first.TransferSizeGb.ShouldBe(world.Vm.UsedSizeGb);
        first.Point!.IsFull.ShouldBeTrue();
    }

    [Fact]
    public void Should_StillMakeAFullCopy_When_TheFirstTransferAfterRecreationFailed()
    {
        // Given the full copy after the re-creation failed in its transfer
        var world = DeletedAndRecreated();
        world.Simulation.FailNextTransfers(world.Vm);
        world.RunToDay(6);
        BackupsAfter(world, world.Day(5)).Single().Status.ShouldBe(JobStatus.CompletedWithWarnings);

        // When the next backup runs
        world.RunToDay(7);

        // Then it makes the full copy again: none of the new disks is in the vault yet
        var next = BackupsAfter(world, world.Day(6)).Single();
        next.TransferSizeGb.ShouldBe(world.Vm.UsedSizeGb);
        next.Point!.IsFull.ShouldBeTrue();
    }

    [Fact]
    public void Should_StillMakeAFullCopy_When_ATransferOfTheOldDisksEndsAfterRecreation()
    {
        // Given 500 GB of churn a day at 1 MB/s: the second backup's incremental copy of the old disks runs about six days
        var world = new TestWorld(new VmSpec("vm-web-01", "westeurope") { UsedSizeGb = 1, DailyChurnGb = 500, ThroughputMBps = 1 });
        world.RunToDay(1, 12);
        var old = world.Item.ActiveJobs.ShouldHaveSingleItem();
        old.Point!.IsFull.ShouldBeFalse();

        // When the VM is deleted and re-created while that copy runs, and the copy ends
        world.Simulation.DeleteVirtualMachine(world.Vm);
        world.Simulation.RecreateVirtualMachine(world.Vm);
        world.Simulation.RunUntil(old.TransferDue!.Value + Duration.FromDays(2));

        // Then the old disks' increment reached the vault, and the first transfer after it is still the new disks' full copy
        old.Status.ShouldBe(JobStatus.Completed);
        var next = world.Simulation.Jobs.First(j => j.IsBackup && j.Transfer?.Status is PhaseStatus.InProgress or PhaseStatus.Completed && j.Start > old.TransferDue.Value);
        next.TransferSizeGb.ShouldBe(world.Vm.UsedSizeGb);
        next.Point!.IsFull.ShouldBeTrue();
    }

    [Fact]
    public void Should_StillMakeAFullCopy_When_TheOldDisksFirstFullCopyEndsAfterRecreation()
    {
        // Given 500 GB at 1 MB/s: the first backup's full copy of the old disks runs about six days
        var world = new TestWorld(new VmSpec("vm-web-01", "westeurope") { UsedSizeGb = 500, DailyChurnGb = 5, ThroughputMBps = 1 });
        world.RunToDay(0, 12);
        var old = world.Item.ActiveJobs.ShouldHaveSingleItem();
        old.TransferSizeGb.ShouldBe(world.Vm.UsedSizeGb, "the old disks' full copy is on its way");
        old.Point!.IsFull.ShouldBeFalse("a point is full once its full copy is in the vault");

        // When the VM is deleted and re-created while that copy runs, and the copy ends
        world.Simulation.DeleteVirtualMachine(world.Vm);
        world.Simulation.RecreateVirtualMachine(world.Vm);
        world.Simulation.RunUntil(old.TransferDue!.Value + Duration.FromDays(2));

        // Then the old disks' full copy reached the vault, yet the first transfer after it is the new disks' full copy
        old.Status.ShouldBe(JobStatus.Completed);
        old.Point.InVault.ShouldBeTrue();
        old.Point.IsFull.ShouldBeTrue();
        var next = TransfersAfter(world, old.TransferDue.Value).First();
        next.TransferSizeGb.ShouldBe(world.Vm.UsedSizeGb);
        world.Simulation.RunUntil(next.TransferDue!.Value);
        next.Point!.IsFull.ShouldBeTrue();
    }

    [Fact]
    public void Should_MakeIncrementalCopies_When_TheNewDisksFullCopyArrivesAfterTheOldDisksOne()
    {
        // Given 50 GB at 0.5 MB/s (a full copy runs about 28 hours), the VM re-created during the old disks' first one
        var world = new TestWorld(new VmSpec("vm-web-01", "westeurope") { UsedSizeGb = 50, DailyChurnGb = 5, ThroughputMBps = 0.5 });
        world.RunToDay(0, 12);
        var old = world.Item.ActiveJobs.ShouldHaveSingleItem();
        world.Simulation.DeleteVirtualMachine(world.Vm);
        world.Simulation.RecreateVirtualMachine(world.Vm);
        world.Simulation.RunUntil(old.TransferDue!.Value + Duration.FromDays(1));
        var full = TransfersAfter(world, old.TransferDue.Value).First();
        full.TransferSizeGb.ShouldBe(world.Vm.UsedSizeGb, "the new disks' full copy is on its way");

        // When the new disks' full copy is in the vault and the next backup runs
        world.Simulation.RunUntil(full.TransferDue!.Value + Duration.FromDays(2));

        // Then the new disks' copy is the full one, and that next backup is an increment again
        full.Point!.IsFull.ShouldBeTrue();
        var next = TransfersAfter(world, full.TransferDue.Value).First();
        next.Point!.IsFull.ShouldBeFalse();
        next.TransferSizeGb.ShouldBeLessThan(world.Vm.UsedSizeGb);
    }

    /// <summary>A VM backed up on days 0 to 2, deleted on day 3 (days 3 and 4 fail), re-created at the start of day 5.</summary>
    private static TestWorld DeletedAndRecreated()
    {
        var world = new TestWorld();
        world.RunToDay(3);
        world.Simulation.DeleteVirtualMachine(world.Vm);
        world.RunToDay(5);
        BackupsAfter(world, world.Day(3)).ShouldAllBe(j => j.Status == JobStatus.Failed && j.ErrorCode == ErrorCodes.VmNotFound);
        world.Simulation.RecreateVirtualMachine(world.Vm);
        return world;
    }

    /// <summary>Backups started after <paramref name="after"/> whose transfer ran (not skipped behind another).</summary>
    private static IEnumerable<BackupJob> TransfersAfter(TestWorld world, Instant after) =>
        BackupsAfter(world, after).Where(j => j.Transfer?.Status is PhaseStatus.InProgress or PhaseStatus.Completed);

    private static List<BackupJob> BackupsAfter(TestWorld world, Instant after) =>
        [.. world.Simulation.Jobs.Where(j => j.IsBackup && j.Start > after)];
}
