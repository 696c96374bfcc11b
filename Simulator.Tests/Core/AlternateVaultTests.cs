using Simulator.Core.Jobs;
using Simulator.Core.Protection;
using Simulator.Core.Service;
using Simulator.Core.Vaults;
using Simulator.Tests.Support;

namespace Simulator.Tests.Core;

/// <summary>
/// Reconfiguring a VM's backup in an alternate vault (MicrosoftDocs/azure-docs
/// articles/business-continuity-center/tutorial-reconfigure-backup-alternate-vault.md, 10/06/2025): stop it in one
/// vault with its data kept, protect it in another; the old points stay under their own retention.
/// </summary>
public sealed class AlternateVaultTests
{
    private const string OldVault = "vault-weu";
    private const string NewVaultName = "vault-weu-lrs";

    [Fact]
    public void Should_ProtectTheVmInAnotherVault_When_ItsBackupIsStoppedWithDataRetainedForever()
    {
        // Given ten days of backups in the first vault, stopped with the data retained forever
        var world = new TestWorld();
        world.RunToDay(10);
        var oldPoints = world.Item.RecoveryPoints.ToList();
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainForever);

        // When the VM is protected in a locally redundant vault, and a hundred days pass
        var lrs = NewVault(world);
        var item = world.Simulation.ConfigureProtection(lrs, world.Vm);
        world.RunToDay(110);

        // Then the new vault backs it up, and the old vault still has every point: none expires with no policy attached
        item.Vault.ShouldBe(lrs);
        item.State.ShouldBe(ProtectionState.Protected);
        world.Item.State.ShouldBe(ProtectionState.ProtectionStopped);
        world.Item.RecoveryPoints.ShouldBe(oldPoints);
        world.Simulation.ItemsOf(world.Vm).ShouldBe([world.Item, item]);
    }

    [Fact]
    public void Should_KeepExpiringTheOldVaultsPointsPerPolicy_When_StoppedAsPerPolicyAndProtectedElsewhere()
    {
        // Given ten days of DefaultPolicy backups (30 days), stopped with the data retained as per policy
        var world = new TestWorld();
        world.RunToDay(10);
        var expiries = world.Item.RecoveryPoints.ToDictionary(p => p.Id, p => p.PlannedVaultExpiry);
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainAsPerPolicy);
        world.Simulation.ConfigureProtection(NewVault(world), world.Vm);

        // When the oldest points pass their expiry
        world.RunToDay(35);

        // Then they go, on their own expiries, while the newer ones wait for theirs
        world.Item.State.ShouldBe(ProtectionState.BackupsSuspended);
        world.Item.RecoveryPoints.ShouldNotBeEmpty();
        world.Item.RecoveryPoints.Count.ShouldBeLessThan(expiries.Count);
        world.Item.RecoveryPoints.ShouldAllBe(p => p.PlannedVaultExpiry == expiries[p.Id] && p.PlannedVaultExpiry > world.Simulation.Now);
    }

    [Fact]
    public void Should_KeepTheOldVaultsNewestPoint_When_AllItsPointsHaveExpired()
    {
        // Given backups stopped as per policy in the first vault and reconfigured in another
        var world = new TestWorld();
        world.RunToDay(10);
        var newest = world.Item.LatestRecoveryPoint.ShouldNotBeNull();
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainAsPerPolicy);
        world.Simulation.ConfigureProtection(NewVault(world), world.Vm);

        // When every point of the old vault is past its expiry
        world.RunToDay(100);

        // Then the newest is kept (decision D3), so the old vault can still restore it
        world.Item.RecoveryPoints.ShouldBe([newest]);
    }

    [Fact]
    public void Should_TransferAllUsedData_When_TheFirstBackupRunsInTheNewVault()
    {
        // Given a VM with a baseline in the first vault, stopped with its data kept and protected in another
        var world = new TestWorld();
        world.RunToDay(10);
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainForever);
        var item = world.Simulation.ConfigureProtection(NewVault(world), world.Vm);

        // When its first backup there runs
        world.RunToDay(11, 12);

        // Then it is a full copy: the new vault has no baseline to build on
        var first = world.Simulation.Jobs.First(j => j.IsBackup && j.Item == item);
        first.TransferSizeGb.ShouldBe(world.Vm.UsedSizeGb);
        item.RecoveryPoints[0].IsFull.ShouldBeTrue();
    }

    [Fact]
    public void Should_RefuseToResumeTheOldVaultsItem_When_AnotherVaultProtectsTheVm()
    {
        // Given the VM reconfigured in another vault
        var world = new TestWorld();
        world.RunToDay(2);
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainForever);
        world.WaitForOperation();
        world.Simulation.ConfigureProtection(NewVault(world), world.Vm);

        // When its old item is resumed
        var refusal = Should.Throw<OperationRefusedException>(() => world.Simulation.ResumeProtection(world.Item, "DefaultPolicy"));

        // Then no vault protects it twice: the way out names the vault that does
        refusal.Reason.ShouldContain("doesn't allow active multi-protection");
        refusal.Reason.ShouldContain($"Stop protection in vault '{NewVaultName}' first");
        world.Item.State.ShouldBe(ProtectionState.ProtectionStopped);
    }

    [Fact]
    public void Should_PointToTheNewVaultsItem_When_BackupNowOrAPolicyChangeIsAskedOfTheOldOne()
    {
        // Given the VM reconfigured in another vault, where resuming the old item is refused
        var world = new TestWorld();
        world.RunToDay(2);
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainAsPerPolicy);
        world.WaitForOperation();
        world.Simulation.ConfigureProtection(NewVault(world), world.Vm);

        // When
        var backup = world.Simulation.BackupNowRefusal(world.Item).ShouldNotBeNull();
        var policy = world.Simulation.ChangePolicyRefusal(world.Item).ShouldNotBeNull();

        // Then the way out is the item that protects the VM now, not a resume that would be refused
        backup.Reason.ShouldBe($"protection is stopped here (BackupsSuspended), and vault '{NewVaultName}' backs the VM up now; run Backup now on its item there ('{NewVaultName}/{world.Vm.Name}').");
        policy.Reason.ShouldBe($"protection is stopped here (BackupsSuspended), and vault '{NewVaultName}' backs the VM up now; change the policy of its item there ('{NewVaultName}/{world.Vm.Name}').");
    }

    [Fact]
    public void Should_RefuseAStandardPolicyInTheNewVault_When_TheOldVaultsItemWasEnhanced()
    {
        // Given a VM backed up under an Enhanced policy, stopped with its data kept
        var world = new TestWorld(protect: false);
        world.Simulation.SavePolicy(world.Vault, TestPolicies.EnhancedDaily());
        var old = world.Simulation.ConfigureProtection(world.Vault, world.Vm, "enhanced-daily");
        world.WaitForOperation();
        world.Simulation.StopProtection(old, StopProtectionMode.RetainAsPerPolicy);
        var lrs = NewVault(world);

        // When it is protected in another vault under DefaultPolicy (Standard)
        var refusal = Should.Throw<OperationRefusedException>(() => world.Simulation.ConfigureProtection(lrs, world.Vm));

        // Then it is refused, and an Enhanced policy there is not
        refusal.Reason.ShouldContain($"its backup in vault '{OldVault}' was under the Enhanced policy 'enhanced-daily'");
        lrs.Items.ShouldBeEmpty();
        world.Simulation.SavePolicy(lrs, TestPolicies.EnhancedDaily());
        world.Simulation.ConfigureProtection(lrs, world.Vm, "enhanced-daily").IsScheduleActive.ShouldBeTrue();
    }

    [Fact]
    public void Should_RefuseProtectionInAnotherVault_When_TheOldItemIsSoftDeleted()
    {
        // Given the VM's backup data deleted in the first vault, soft-deleted for 14 days
        var world = new TestWorld();
        world.RunToDay(2);
        world.Simulation.StopProtection(world.Item, StopProtectionMode.DeleteData);
        world.WaitForOperation();
        var lrs = NewVault(world);

        // When it is protected in another vault
        var refusal = Should.Throw<OperationRefusedException>(() => world.Simulation.ConfigureProtection(lrs, world.Vm));

        // Then it is refused until the data is purged or undeleted (domain.md §5.2)
        refusal.Reason.ShouldContain($"its backup data in vault '{OldVault}' is soft-deleted");
        lrs.Items.ShouldBeEmpty();
    }

    [Fact]
    public void Should_UndeleteTheOldItemToStoppedWithData_When_AnotherVaultProtectsTheVm()
    {
        // Given the VM reconfigured in another vault, then its old data deleted to soft delete
        var world = new TestWorld();
        world.RunToDay(2);
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainForever);
        world.WaitForOperation();
        var item = world.Simulation.ConfigureProtection(NewVault(world), world.Vm);
        world.Simulation.DeleteBackupData(world.Item);
        world.WaitForOperation();

        // When it is undeleted
        world.Simulation.Undelete(world.Item);
        world.WaitForOperation();

        // Then it is stopped with its data again, and the new vault still protects the VM
        world.Item.DeleteState.ShouldBe(DeleteState.NotDeleted);
        world.Item.State.ShouldBe(ProtectionState.ProtectionStopped);
        item.IsScheduleActive.ShouldBeTrue();
    }

    [Fact]
    public void Should_FindTheNewVaultsItemByName_And_TheOldOneByVaultAndName()
    {
        // Given the VM reconfigured in another vault
        var world = new TestWorld();
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainForever);
        var item = world.Simulation.ConfigureProtection(NewVault(world), world.Vm);

        // When / Then the name alone means the item that protects it; vault/name picks one
        world.Simulation.FindItem("vm-web-01").ShouldBeSameAs(item);
        world.Simulation.FindItem($"{OldVault}/vm-web-01").ShouldBeSameAs(world.Item);
        world.Simulation.FindItem($"{NewVaultName.ToUpperInvariant()}/VM-WEB-01").ShouldBeSameAs(item);
        world.Simulation.FindItem("vault-none/vm-web-01").ShouldBeNull();
    }

    [Fact]
    public void Should_MeanTheItemResumedLast_When_TheVmCameBackToItsFirstVaultAndBothAreStopped()
    {
        // Given the VM moved to another vault and back: stopped there, its first item resumed
        var world = new TestWorld();
        world.RunToDay(2);
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainForever);
        var item = world.Simulation.ConfigureProtection(NewVault(world), world.Vm);
        world.RunToDay(4);
        world.Simulation.StopProtection(item, StopProtectionMode.RetainForever);
        world.Simulation.ResumeProtection(world.Item, "DefaultPolicy");
        world.RunToDay(6);

        // When its backup stops again, so that no item of it is active
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainForever);

        // Then its name alone means the item protected last, the first vault's, not the one configured last
        world.Simulation.FindItem("vm-web-01").ShouldBeSameAs(world.Item);
    }

    [Fact]
    public void Should_RefuseToResumeTheOldItemUnderStandard_When_TheVmWasLastUnderEnhancedInAnotherVault()
    {
        // Given a VM moved from DefaultPolicy (Standard) to an Enhanced policy in another vault, then stopped there
        var world = new TestWorld();
        world.RunToDay(2);
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainForever);
        var lrs = NewVault(world);
        world.Simulation.SavePolicy(lrs, TestPolicies.EnhancedDaily());
        var item = world.Simulation.ConfigureProtection(lrs, world.Vm, "enhanced-daily");
        world.RunToDay(4);
        world.Simulation.StopProtection(item, StopProtectionMode.RetainForever);

        // When its first item is resumed under DefaultPolicy
        var refusal = Should.Throw<OperationRefusedException>(() => world.Simulation.ResumeProtection(world.Item, "DefaultPolicy"));

        // Then it is refused as protecting it anew in a third vault would be: Enhanced never goes back to Standard
        refusal.Reason.ShouldContain($"its backup in vault '{NewVaultName}' was under the Enhanced policy 'enhanced-daily'");
        world.Item.State.ShouldBe(ProtectionState.ProtectionStopped);
    }

    [Fact]
    public void Should_KeepTheNewVaultsItem_When_TheOldOneIsPurged()
    {
        // Given the VM reconfigured in another vault, and its old data deleted
        var world = new TestWorld();
        world.RunToDay(2);
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainForever);
        world.WaitForOperation();
        var item = world.Simulation.ConfigureProtection(NewVault(world), world.Vm);
        world.Simulation.DeleteBackupData(world.Item);

        // When the soft-delete period ends
        world.RunToDay(20);

        // Then only the old item is gone
        world.Simulation.ItemsOf(world.Vm).ShouldBe([item]);
        world.Vault.Items.ShouldBeEmpty();
        item.IsScheduleActive.ShouldBeTrue();
        item.RecoveryPoints.ShouldNotBeEmpty();
    }

    [Fact]
    public void Should_FailOnlyTheNewVaultsJobs_When_TheReconfiguredVmIsDeleted()
    {
        // Given the VM reconfigured in another vault after backups stopped forever in the first
        var world = new TestWorld();
        world.RunToDay(5);
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainForever);
        var oldPoints = world.Item.RecoveryPoints.ToList();
        var item = world.Simulation.ConfigureProtection(NewVault(world), world.Vm);
        world.RunToDay(10);

        // When the VM is deleted without stopping protection (domain.md §5.3)
        world.Simulation.DeleteVirtualMachine(world.Vm);
        world.RunToDay(60);

        // Then the new vault's backups fail and keep its newest point; the old vault keeps all it had
        world.Simulation.Jobs.Last(j => j.IsBackup).ShouldSatisfyAllConditions(
            j => j.Item.ShouldBeSameAs(item),
            j => j.ErrorCode.ShouldBe(ErrorCodes.VmNotFound));
        item.RecoveryPoints.ShouldHaveSingleItem();
        world.Item.RecoveryPoints.ShouldBe(oldPoints);
    }

    [Fact]
    public void Should_SayWhyBeforeAnyPolicyIsChosen_When_AnotherVaultBacksTheVmUp_AndNothing_OnceItIsStopped()
    {
        // Given the VM backed up by the first vault, and a second vault of its region
        var world = new TestWorld();
        var lrs = NewVault(world);

        // When the second vault asks whether it could protect the VM, before and after it is stopped with its data kept
        var before = world.Simulation.ConfigureProtectionRefusal(lrs, world.Vm);
        var thrown = Should.Throw<OperationRefusedException>(() => world.Simulation.ConfigureProtection(lrs, world.Vm));
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainForever);
        var after = world.Simulation.ConfigureProtectionRefusal(lrs, world.Vm);

        // Then it is refused as ConfigureProtection refuses it, then free; in its own vault it resumes instead
        before.ShouldNotBeNull().Message.ShouldBe(thrown.Message);
        before.Reason.ShouldContain($"already protected by vault '{OldVault}'");
        after.ShouldBeNull();
        world.Simulation.ConfigureProtectionRefusal(world.Vault, world.Vm).ShouldNotBeNull().Reason.ShouldContain("resume protection instead");
    }

    private static Vault NewVault(TestWorld world) =>
        world.Simulation.CreateVault(NewVaultName, "westeurope", StorageRedundancy.LocallyRedundant);
}
