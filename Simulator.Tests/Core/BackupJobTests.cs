using NodaTime;
using Simulator.Core.DataSources;
using Simulator.Core.Jobs;
using Simulator.Core.Protection;
using Simulator.Core.RecoveryPoints;
using Simulator.Tests.Support;

namespace Simulator.Tests.Core;

public sealed class BackupJobTests
{
    [Fact]
    public void Should_StartScheduledJobsWithinTwoHoursOfTheScheduledTime_NeverBefore()
    {
        var world = new TestWorld();

        world.RunToDay(60);

        var delays = world.Simulation.Jobs.Where(j => j.Trigger == BackupTrigger.Scheduled)
            .Select(j => j.Start - j.ScheduledFor!.Value).ToList();
        delays.Count.ShouldBeGreaterThanOrEqualTo(59);
        delays.ShouldAllBe(d => d >= Duration.Zero && d <= Duration.FromHours(2));
        delays.Distinct().Count().ShouldBeGreaterThan(50, "delays are drawn, not constant");
    }

    [Fact]
    public void Should_GoFromIRPendingToProtected_When_TheFirstBackupCompletes()
    {
        var world = new TestWorld();
        world.Item.State.ShouldBe(ProtectionState.IRPending);
        world.Item.LastBackupStatus.ShouldBe(LastBackupStatus.IRPending);
        world.Item.Health.ShouldBe(ProtectedItemHealth.IRPending);

        world.RunToDay(1);

        world.Item.State.ShouldBe(ProtectionState.Protected);
        world.Item.Health.ShouldBe(ProtectedItemHealth.Healthy);
        world.Item.LastBackupStatus.ShouldBe(LastBackupStatus.Healthy);
        world.Simulation.Jobs.First().Operation.ShouldBe(JobOperation.ConfigureBackup);
    }

    [Fact]
    public void Should_FailWithGuestAgentStatusUnavailable_When_ARunningVmHasNoAgent()
    {
        var world = new TestWorld(new VmSpec("vm-web-01", "westeurope") { AgentStatus = VmAgentStatus.Missing });

        world.RunToDay(1);

        var job = world.Simulation.Jobs.Single(j => j.IsBackup);
        job.Status.ShouldBe(JobStatus.Failed);
        job.Snapshot!.Value.Status.ShouldBe(PhaseStatus.Failed);
        job.Transfer!.Value.Status.ShouldBe(PhaseStatus.Failed);
        job.ErrorCode.ShouldBe(ErrorCodes.GuestAgentStatusUnavailable);
        world.Item.State.ShouldBe(ProtectionState.IRPending);
        world.Item.LastBackupStatus.ShouldBe(LastBackupStatus.Unhealthy);
    }

    [Fact]
    public void Should_GoToProtectionError_When_AProtectedItemsBackupFails()
    {
        var world = new TestWorld();
        world.RunToDay(1);
        world.Simulation.SetAgentStatus(world.Vm, VmAgentStatus.Unhealthy);

        world.RunToDay(2);

        world.Item.State.ShouldBe(ProtectionState.ProtectionError);
        world.Item.Health.ShouldBe(ProtectedItemHealth.Unhealthy);
    }

    [Theory]
    [InlineData(OsType.Windows, PowerState.Running, Consistency.AppConsistent)]
    [InlineData(OsType.Linux, PowerState.Running, Consistency.FileSystemConsistent)]
    [InlineData(OsType.Windows, PowerState.Deallocated, Consistency.CrashConsistent)]
    public void Should_TakeThePointsConsistencyFromOsAndPowerState(OsType os, PowerState power, Consistency expected)
    {
        var world = new TestWorld(new VmSpec("vm-web-01", "westeurope") { Os = os, PowerState = power });

        world.RunToDay(1);

        world.Item.LatestRecoveryPoint!.Consistency.ShouldBe(expected);
    }

    [Fact]
    public void Should_BackUpADeallocatedVmWithoutAgent_CrashConsistent()
    {
        var world = new TestWorld(new VmSpec("vm-web-01", "westeurope") { PowerState = PowerState.Deallocated, AgentStatus = VmAgentStatus.Missing });

        world.RunToDay(1);

        world.Item.LatestRecoveryPoint!.Consistency.ShouldBe(Consistency.CrashConsistent);
    }

    [Fact]
    public void Should_CompleteWithWarnings_AndCarryTheChurnToTheNextPoint_When_ATransferFails()
    {
        var world = new TestWorld();
        world.RunToDay(1);
        world.Simulation.FailNextTransfers(world.Vm);

        world.RunToDay(3);

        var backups = world.Simulation.Jobs.Where(j => j.IsBackup).ToList();
        backups[1].Status.ShouldBe(JobStatus.CompletedWithWarnings);
        backups[1].ErrorCode.ShouldBe(ErrorCodes.TransferFailed);
        backups[1].Point!.InVault.ShouldBeFalse();
        var churnDays = (backups[2].Point!.Time - backups[0].Point!.Time).TotalDays;
        backups[2].TransferSizeGb.ShouldBe(world.Vm.DailyChurnGb * churnDays, tolerance: 1e-9);
    }

    [Fact]
    public void Should_FailOnDemandBackupsOfADeletedVm_WithACriticalPreCheck_AndScheduledOnesWithout()
    {
        var world = new TestWorld();
        world.RunToDay(1);
        world.Simulation.DeleteVirtualMachine(world.Vm);

        var onDemand = world.Simulation.BackupNow(world.Item);
        world.RunToDay(2, 12);

        onDemand.Status.ShouldBe(JobStatus.Failed);
        onDemand.ErrorCode.ShouldBe(ErrorCodes.VmNotFound);
        onDemand.PreCheck.ShouldBe(PreCheckResult.Critical);
        var scheduled = world.Simulation.Jobs.Last(j => j.Trigger == BackupTrigger.Scheduled);
        scheduled.ErrorCode.ShouldBe(ErrorCodes.VmNotFound);
        scheduled.PreCheck.ShouldBe(PreCheckResult.Passed);
    }

    [Fact]
    public void Should_MakeAFullCopy_When_BackupNowRunsBeforeTheFirstBackup()
    {
        var world = new TestWorld();

        var job = world.Simulation.BackupNow(world.Item);
        world.Simulation.RunFor(Duration.FromHours(1));

        job.Status.ShouldBe(JobStatus.Completed);
        job.TransferSizeGb.ShouldBe(world.Vm.UsedSizeGb);
        job.Point!.IsFull.ShouldBeTrue();
        job.Point.VaultExpiry.ShouldBe(TestWorld.Start + Duration.FromDays(30));
    }

    [Fact]
    public void Should_KeepAnOnDemandPointUntilItsRetainUntil()
    {
        var world = new TestWorld();
        world.RunToDay(1);
        var until = world.Day(6);

        var job = world.Simulation.BackupNow(world.Item, until);
        world.Simulation.RunUntil(until - Duration.FromSeconds(1));
        world.Item.RecoveryPoints.ShouldContain(job.Point!);
        world.Simulation.RunUntil(until);

        world.Item.RecoveryPoints.ShouldNotContain(job.Point!);
    }

    [Fact]
    public void Should_CancelAJob_DuringItsSnapshot()
    {
        var world = new TestWorld();
        var job = world.Simulation.BackupNow(world.Item);

        world.Simulation.CancelJob(job);

        job.Status.ShouldBe(JobStatus.Cancelled);
        job.Snapshot!.Value.Status.ShouldBe(PhaseStatus.Cancelled);
        world.Simulation.RunFor(Duration.FromHours(1));
        world.Item.RecoveryPoints.ShouldBeEmpty();
    }

    [Fact]
    public void Should_EndTheTransferAsCancelled_When_TheJobIsCancelledDuringItsSnapshot()
    {
        // Given an on-demand backup taking its snapshot
        var world = new TestWorld();
        var job = world.Simulation.BackupNow(world.Item);

        // When it is cancelled
        world.Simulation.CancelJob(job);

        // Then its transfer ends as its snapshot did, as a failed snapshot's does (the status table's Failed | Failed row)
        job.Transfer!.Value.Status.ShouldBe(PhaseStatus.Cancelled);
        job.Transfer.Value.Ended.ShouldBe(job.Snapshot!.Value.Ended);
    }

    [Fact]
    public void Should_FailASecondSnapshot_When_OneIsAlreadyRunning()
    {
        var world = new TestWorld();
        world.Simulation.BackupNow(world.Item);

        var second = world.Simulation.BackupNow(world.Item);

        second.Status.ShouldBe(JobStatus.Failed);
        second.ErrorCode.ShouldBe(ErrorCodes.BackupOperationInProgress);
    }
}
