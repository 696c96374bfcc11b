using NodaTime;
using Simulator.Core.Jobs;
using Simulator.Core.Protection;
using Simulator.Core.Service;
using Simulator.Tests.Support;

namespace Simulator.Tests.Core;

/// <summary>
/// Management operations overlapping in time: each runs as a job (30 seconds by default), an item refuses any other
/// operation while one runs ("Another operation is in progress on this item"), and deleting data or undeleting it takes
/// effect when its job completes.
/// </summary>
public sealed class ManagementOverlapTests
{
    private static readonly Duration Operation = Duration.FromSeconds(30);

    [Fact]
    public void Should_SoftDeleteTheItemWhenTheDeleteJobCompletes_When_StoppedWithDelete()
    {
        // Given five days of backups
        var world = new TestWorld();
        world.RunToDay(5);

        // When protection stops with delete
        world.Simulation.StopProtection(world.Item, StopProtectionMode.DeleteData);

        // Then the schedule stops at once, but the data goes into soft delete only when the job completes, for 14 days from then
        world.Item.State.ShouldBe(ProtectionState.ProtectionStopped);
        world.Item.DeleteState.ShouldBe(DeleteState.NotDeleted);
        world.Simulation.RunFor(Operation);
        world.Simulation.Jobs.Last().Status.ShouldBe(JobStatus.Completed);
        world.Item.DeleteState.ShouldBe(DeleteState.ToBeDeleted);
        world.Item.PurgeAt.ShouldBe(world.Day(19) + Operation);
    }

    [Fact]
    public void Should_RefuseUndeleteNamingTheJob_When_TheDeleteJobStillRuns()
    {
        // Given a delete that started ten seconds ago
        var world = new TestWorld();
        world.RunToDay(5);
        world.Simulation.StopProtection(world.Item, StopProtectionMode.DeleteData);
        var delete = world.Simulation.Jobs.Last();
        world.Simulation.RunFor(Duration.FromSeconds(10));

        // When / Then undelete is refused, naming the running job and the way out
        var reason = Should.Throw<OperationRefusedException>(() => world.Simulation.Undelete(world.Item)).Reason;
        reason.ShouldContain($"DeleteBackupData job {delete.Id[..8]}");
        reason.ShouldContain("Wait for it to finish");
    }

    [Fact]
    public void Should_UndeleteWhenTheUndeleteJobCompletes_When_Undeleted()
    {
        // Given a soft-deleted item
        var world = new TestWorld();
        world.RunToDay(5);
        world.Simulation.StopProtection(world.Item, StopProtectionMode.DeleteData);
        world.RunToDay(6);

        // When it is undeleted
        world.Simulation.Undelete(world.Item);

        // Then it comes back from soft delete when the Undelete job completes, stopped with its data retained
        world.Item.DeleteState.ShouldBe(DeleteState.ToBeDeleted);
        world.Simulation.RunFor(Operation);
        world.Item.DeleteState.ShouldBe(DeleteState.NotDeleted);
        world.Item.State.ShouldBe(ProtectionState.ProtectionStopped);
    }

    [Fact]
    public void Should_RefuseResume_When_TheUndeleteJobStillRuns()
    {
        // Given an undelete that started five seconds ago
        var world = SoftDeletedWorld();
        world.Simulation.Undelete(world.Item);
        world.Simulation.RunFor(Duration.FromSeconds(5));

        // When / Then resuming is refused until the undelete has completed, and accepted after it
        Should.Throw<OperationRefusedException>(() => world.Simulation.ResumeProtection(world.Item, "DefaultPolicy"))
            .Reason.ShouldContain("Undelete job");
        world.Simulation.RunFor(Operation);
        world.Simulation.ResumeProtection(world.Item, "DefaultPolicy");
        world.Item.State.ShouldBe(ProtectionState.Protected);
    }

    [Fact]
    public void Should_CleanTheExpiredPointsWhenTheResumeJobCompletes_When_ProtectionResumes()
    {
        // Given an item stopped with its data retained forever for ninety days, its points long past their expiry
        var world = new TestWorld();
        world.RunToDay(10);
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainForever);
        world.RunToDay(100);
        var points = world.Item.RecoveryPoints.ToList();

        // When protection resumes
        world.Simulation.ResumeProtection(world.Item, "DefaultPolicy");

        // Then protection and the schedule resume at once, but the points wait for the job: "the garbage collector
        // runs as soon as the resume operation completes"
        world.Item.State.ShouldBe(ProtectionState.Protected);
        world.Item.NextRun.ShouldNotBeNull();
        world.Item.RecoveryPoints.ShouldBe(points);
        world.Simulation.RunFor(Operation - Duration.FromSeconds(1));
        world.Item.RecoveryPoints.ShouldBe(points);
        world.Simulation.RunFor(Duration.FromSeconds(1));
        world.Item.RecoveryPoints.ShouldBe([points[^1]]);
    }

    [Fact]
    public void Should_SayTheExpiredPointsAreCleanedThen_When_AnOperationIsRefusedWhileTheResumeJobRuns()
    {
        // Given a resume five seconds ago
        var world = new TestWorld();
        world.RunToDay(10);
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainForever);
        world.RunToDay(100);
        world.Simulation.ResumeProtection(world.Item, "DefaultPolicy");
        world.Simulation.RunFor(Duration.FromSeconds(5));

        // When
        var reason = Should.Throw<OperationRefusedException>(() => world.Simulation.BackupNow(world.Item)).Reason;

        // Then the refusal names the job and what its completion does
        reason.ShouldContain("ConfigureBackup job");
        reason.ShouldContain("runs until 2026-04-11T00:00:30Z, and its expired recovery points are cleaned up then");
    }

    [Fact]
    public void Should_KeepTheItem_When_ItsPurgeFallsWhileAnUndeleteRuns()
    {
        // Given a soft-deleted item undeleted ten seconds before its purge
        var world = SoftDeletedWorld();
        var purgeAt = world.Item.PurgeAt!.Value;
        world.Simulation.RunUntil(purgeAt - Duration.FromSeconds(10));
        world.Simulation.Undelete(world.Item);

        // When the purge time passes while the undelete runs
        world.Simulation.RunUntil(purgeAt + Operation);

        // Then the undelete, asked first, wins: the item is back with its points
        world.Vault.Items.ShouldContain(world.Item);
        world.Item.DeleteState.ShouldBe(DeleteState.NotDeleted);
        world.Item.RecoveryPoints.ShouldNotBeEmpty();
    }

    [Fact]
    public void Should_PurgeWhenTheDeleteJobCompletes_When_SoftDeleteIsOff()
    {
        // Given a vault without soft delete and an item stopped with its data retained
        var world = new TestWorld();
        world.Simulation.SetSoftDelete(world.Vault, enabled: false, days: 14);
        world.RunToDay(3);
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainForever);
        world.Simulation.RunFor(Operation);

        // When its data is deleted
        world.Simulation.DeleteBackupData(world.Item);

        // Then it goes when the job completes
        world.Vault.Items.ShouldContain(world.Item);
        world.Simulation.RunFor(Operation);
        world.Vault.Items.ShouldBeEmpty();
    }

    [Fact]
    public void Should_RefuseASecondDeleteNamingTheFirst_When_TheFirstDeleteJobStillRuns()
    {
        // Given a stop with delete five seconds ago
        var world = new TestWorld();
        world.RunToDay(2);
        world.Simulation.StopProtection(world.Item, StopProtectionMode.DeleteData);
        world.Simulation.RunFor(Duration.FromSeconds(5));

        // When / Then deleting the data again is refused for the running job, not as if soft-deleted
        Should.Throw<OperationRefusedException>(() => world.Simulation.DeleteBackupData(world.Item))
            .Reason.ShouldContain("another operation is in progress");
    }

    [Fact]
    public void Should_RefuseStop_When_TheConfigureJobStillRuns()
    {
        // Given an item configured just now (its ConfigureBackup job runs)
        var world = new TestWorld(protect: false);
        var item = world.Simulation.ConfigureProtection(world.Vault, world.Vm);

        // When / Then stopping is refused until the job completes, then accepted
        Should.Throw<OperationRefusedException>(() => world.Simulation.StopProtection(item, StopProtectionMode.RetainForever))
            .Reason.ShouldContain("ConfigureBackup job");
        world.Simulation.RunFor(Operation);
        world.Simulation.StopProtection(item, StopProtectionMode.RetainForever);
        item.State.ShouldBe(ProtectionState.ProtectionStopped);
    }

    [Fact]
    public void Should_RefuseBackupNow_When_TheConfigureJobStillRuns()
    {
        var world = new TestWorld(protect: false);
        var item = world.Simulation.ConfigureProtection(world.Vault, world.Vm);

        Should.Throw<OperationRefusedException>(() => world.Simulation.BackupNow(item))
            .Reason.ShouldContain("ConfigureBackup job");
    }

    [Fact]
    public void Should_RefuseResume_When_TheStopJobStillRuns()
    {
        // Given a stop five seconds ago
        var world = new TestWorld();
        world.RunToDay(2);
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainForever);
        world.Simulation.RunFor(Duration.FromSeconds(5));

        // When / Then
        Should.Throw<OperationRefusedException>(() => world.Simulation.ResumeProtection(world.Item, "DefaultPolicy"))
            .Reason.ShouldContain("DisableBackup job");
    }

    [Fact]
    public void Should_RunAConfigureBackupJob_When_ThePolicyIsSwitched()
    {
        // Given a vault with a second policy
        var world = new TestWorld();
        world.Simulation.SavePolicy(world.Vault, TestPolicies.StandardDaily(10) with { Name = "Other" });
        world.RunToDay(2);

        // When the item is switched to it
        world.Simulation.ChangePolicy(world.Item, "Other");

        // Then a ConfigureBackup job records it, and stopping with delete waits for that job
        var job = world.Simulation.Jobs.Last();
        job.Operation.ShouldBe(JobOperation.ConfigureBackup);
        job.IsFinished.ShouldBeFalse();
        Should.Throw<OperationRefusedException>(() => world.Simulation.StopProtection(world.Item, StopProtectionMode.DeleteData))
            .Reason.ShouldContain("ConfigureBackup job");
    }

    [Fact]
    public void Should_RefuseProtectionElsewhere_When_TheOldItemsDataIsBeingDeleted()
    {
        // Given the VM's item in its first vault being deleted
        var world = new TestWorld();
        world.RunToDay(2);
        world.Simulation.StopProtection(world.Item, StopProtectionMode.DeleteData);
        var other = world.Simulation.CreateVault("vault-weu-2", "westeurope");

        // When / Then protecting it in another vault is refused, as it is once the data is soft-deleted
        Should.Throw<OperationRefusedException>(() => world.Simulation.ConfigureProtection(other, world.Vm))
            .Reason.ShouldContain("another operation is in progress on its item in vault 'vault-weu': DeleteBackupData job");
    }

    private static TestWorld SoftDeletedWorld()
    {
        var world = new TestWorld();
        world.RunToDay(5);
        world.Simulation.StopProtection(world.Item, StopProtectionMode.DeleteData);
        world.RunToDay(6);
        world.Item.DeleteState.ShouldBe(DeleteState.ToBeDeleted);
        return world;
    }
}
