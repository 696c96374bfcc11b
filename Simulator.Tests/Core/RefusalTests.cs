using NodaTime;
using Simulator.Core.DataSources;
using Simulator.Core.Jobs;
using Simulator.Core.Journal;
using Simulator.Core.Policies;
using Simulator.Core.Protection;
using Simulator.Core.Service;
using Simulator.Core.Vaults;
using Simulator.Tests.Support;

namespace Simulator.Tests.Core;

/// <summary>Each command refuses what Azure refuses, with a reason that says why.</summary>
public sealed class RefusalTests
{
    [Theory]
    [InlineData("a", "it has 1 character and must have 2 to 50")]
    [InlineData("1vault", "start with a letter")]
    [InlineData("vault_01", "'_' is not allowed")]
    [InlineData("vault-0123456789-0123456789-0123456789-012345678901", "2 to 50")]
    public void Should_RefuseAVaultName_When_ItBreaksTheNamingRules(string name, string reason)
    {
        var world = new TestWorld(protect: false);
        Should.Throw<OperationRefusedException>(() => world.Simulation.CreateVault(name, "westeurope")).Reason.ShouldContain(reason);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("Contoso-Vault-2")]
    [InlineData("v0123456789012345678901234567890123456789012345678")]
    public void Should_AcceptAVaultName_When_ItFollowsTheNamingRules(string name)
    {
        var world = new TestWorld(protect: false);
        world.Simulation.CreateVault(name, "westeurope").Name.Value.ShouldBe(name);
    }

    [Fact]
    public void Should_CreateEveryVaultWithDefaultPolicy()
    {
        var world = new TestWorld(protect: false);
        var policy = world.Vault.FindPolicy("DefaultPolicy")!;
        policy.InstantRestoreDays.ShouldBe(2);
        policy.Retention.Daily!.Days.ShouldBe(30);
        world.Vault.StorageRedundancy.ShouldBe(StorageRedundancy.GeoRedundant);
        world.Vault.SoftDeleteEnabled.ShouldBeTrue();
        world.Vault.SoftDeleteRetentionDays.ShouldBe(14);
    }

    [Fact]
    public void Should_RefuseToChangeRedundancy_When_AnItemIsProtected()
    {
        var world = new TestWorld(protect: false);
        world.Simulation.SetStorageRedundancy(world.Vault, StorageRedundancy.LocallyRedundant);
        world.Simulation.ConfigureProtection(world.Vault, world.Vm);

        Should.Throw<OperationRefusedException>(() => world.Simulation.SetStorageRedundancy(world.Vault, StorageRedundancy.GeoRedundant))
            .Reason.ShouldContain("can't be changed once backup has been configured in the vault, or a machine registered to it");
    }

    [Fact]
    public void Should_RefuseToChangeRedundancy_When_AMarsServerIsRegisteredButNothingIsProtected()
    {
        // Given: a machine registered is enough, as the API's StorageTypeState says ("once a machine is registered")
        var world = new TestWorld(protect: false);
        world.Simulation.AddMarsServer(new MarsServerSpec("fs-01"), world.Vault);

        // When
        var refusal = Should.Throw<OperationRefusedException>(() => world.Simulation.SetStorageRedundancy(world.Vault, StorageRedundancy.LocallyRedundant));

        // Then
        refusal.Reason.ShouldContain("or a machine registered to it");
        world.Vault.StorageRedundancy.ShouldBe(StorageRedundancy.GeoRedundant);
    }

    [Fact]
    public void Should_TurnCrossRegionRestoreOff_When_AMarsServerIsRegisteredButNothingIsProtected()
    {
        // Given: the lock on turning it off comes with protection, not with a registration
        var world = new TestWorld(protect: false);
        var vault = world.Simulation.CreateVault("vault-crr", "westeurope", StorageRedundancy.GeoRedundant, crossRegionRestore: true);
        world.Simulation.AddMarsServer(new MarsServerSpec("fs-01"), vault);

        // When
        world.Simulation.SetCrossRegionRestore(vault, enabled: false);

        // Then
        vault.CrossRegionRestore.ShouldBeFalse();
    }

    [Fact]
    public void Should_RefuseCrossRegionRestore_When_TheVaultIsNotGeoRedundant()
    {
        var world = new TestWorld(protect: false);
        Should.Throw<OperationRefusedException>(() => world.Simulation.CreateVault("vault-lrs", "westeurope", StorageRedundancy.LocallyRedundant, crossRegionRestore: true))
            .Reason.ShouldContain("geo-redundant");
    }

    [Fact]
    public void Should_JournalTheSettingsAVaultIsCreatedWithout_When_TheyAreNotTheDefaults()
    {
        // Given a journal from before the vaults are created
        var world = new TestWorld(protect: false);
        var journal = new JournalRecorder(world.Simulation.Journal);

        // When one vault is created as Azure's default, one without soft delete, and one with 30 days and cross-region restore
        world.Simulation.CreateVault("vault-plain", "westeurope");
        world.Simulation.CreateVault("vault-nosd", "westeurope", softDeleteEnabled: false);
        world.Simulation.CreateVault("vault-crr", "westeurope", softDeleteDays: 30, crossRegionRestore: true);

        // Then the settings that are not the defaults are said, as changing them later is
        journal.Events.OfType<VaultSettingChanged>().Select(e => $"{e.VaultName} {e.Setting}: {e.Value}")
            .ShouldBe(["vault-nosd Soft delete: Off", "vault-crr Soft delete: On, 30 days", "vault-crr Cross-region restore: On"]);
    }

    [Fact]
    public void Should_JournalCrossRegionRestoreOff_When_TheVaultStopsBeingGeoRedundant()
    {
        // Given a cross-region restore vault with nothing protected yet
        var world = new TestWorld(protect: false);
        var vault = world.Simulation.CreateVault("vault-crr", "westeurope", StorageRedundancy.GeoRedundant, crossRegionRestore: true);
        var journal = new JournalRecorder(world.Simulation.Journal);

        // When it becomes locally redundant, which cross-region restore can't be
        world.Simulation.SetStorageRedundancy(vault, StorageRedundancy.LocallyRedundant);

        // Then both settings that changed are said, not the redundancy alone
        vault.CrossRegionRestore.ShouldBeFalse();
        journal.Events.OfType<VaultSettingChanged>().Select(e => $"{e.Setting}: {e.Value}")
            .ShouldBe(["Storage redundancy: LocallyRedundant", "Cross-region restore: Off"]);
    }

    [Theory]
    [InlineData(13)]
    [InlineData(181)]
    public void Should_RefuseSoftDeleteDays_When_OutsideFourteenTo180(int days)
    {
        var world = new TestWorld(protect: false);
        Should.Throw<OperationRefusedException>(() => world.Simulation.SetSoftDelete(world.Vault, true, days)).Reason.ShouldContain("14 to 180");
    }

    [Fact]
    public void Should_RefuseProtection_When_TheVmIsInAnotherRegion()
    {
        var world = new TestWorld(protect: false);
        var vm = world.Simulation.AddVirtualMachine(new VmSpec("vm-us", "eastus"));

        Should.Throw<OperationRefusedException>(() => world.Simulation.ConfigureProtection(world.Vault, vm)).Reason.ShouldContain("own region");
    }

    [Fact]
    public void Should_RefuseProtection_When_AnotherVaultProtectsTheVm()
    {
        var world = new TestWorld();
        var other = world.Simulation.CreateVault("vault-weu-2", "westeurope");

        Should.Throw<OperationRefusedException>(() => world.Simulation.ConfigureProtection(other, world.Vm)).Reason.ShouldContain("only one vault at a time");
    }

    [Fact]
    public void Should_SayToResume_When_TheStoppedVmIsProtectedAgainInItsOwnVault()
    {
        var world = new TestWorld();
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainAsPerPolicy);

        var refusal = Should.Throw<OperationRefusedException>(() => world.Simulation.ConfigureProtection(world.Vault, world.Vm));

        refusal.Reason.ShouldContain("resume protection instead");
    }

    [Fact]
    public void Should_RefuseProtection_When_ThePolicyDoesNotExist()
    {
        var world = new TestWorld(protect: false);
        Should.Throw<OperationRefusedException>(() => world.Simulation.ConfigureProtection(world.Vault, world.Vm, "Gold")).Reason.ShouldContain("no policy 'Gold'");
    }

    [Fact]
    public void Should_RefuseToMoveAVmFromAnEnhancedToAStandardPolicy_When_ChangingItsPolicy()
    {
        // Given a VM under an Enhanced policy
        var world = new TestWorld(protect: false);
        world.Simulation.SavePolicy(world.Vault, TestPolicies.EnhancedDaily());
        var item = world.Simulation.ConfigureProtection(world.Vault, world.Vm, "enhanced-daily");
        world.WaitForOperation();

        // When it is moved to DefaultPolicy (Standard)
        var refusal = Should.Throw<OperationRefusedException>(() => world.Simulation.ChangePolicy(item, "DefaultPolicy"));

        // Then nothing changes
        refusal.Reason.ShouldContain("Azure doesn't move a VM from an Enhanced policy to a Standard one such as 'DefaultPolicy'");
        item.PolicyName.ShouldBe("enhanced-daily");
    }

    [Fact]
    public void Should_SayAnotherEnhancedPolicyMustBeCreated_When_TheVaultHasNoneButTheItemsOwn()
    {
        // Given a VM under the vault's only Enhanced policy
        var world = new TestWorld(protect: false);
        world.Simulation.SavePolicy(world.Vault, TestPolicies.EnhancedDaily());
        var item = world.Simulation.ConfigureProtection(world.Vault, world.Vm, "enhanced-daily");
        world.WaitForOperation();

        // When it is moved to DefaultPolicy (Standard)
        var refusal = Should.Throw<OperationRefusedException>(() => world.Simulation.ChangePolicy(item, "DefaultPolicy"));

        // Then the way out named is one there is
        refusal.Reason.ShouldEndWith($"Choose an Enhanced policy: vault '{world.Vault.Name}' has no Enhanced policy other than 'enhanced-daily', so another must be created first.");
    }

    [Fact]
    public void Should_SayChooseAnEnhancedPolicy_When_TheVaultHasAnother()
    {
        // Given a VM under one of two Enhanced policies of its vault
        var world = new TestWorld(protect: false);
        world.Simulation.SavePolicy(world.Vault, TestPolicies.EnhancedDaily());
        world.Simulation.SavePolicy(world.Vault, TestPolicies.EnhancedDaily() with { Name = "enhanced-other" });
        var item = world.Simulation.ConfigureProtection(world.Vault, world.Vm, "enhanced-daily");
        world.WaitForOperation();

        // When it is moved to DefaultPolicy (Standard)
        var refusal = Should.Throw<OperationRefusedException>(() => world.Simulation.ChangePolicy(item, "DefaultPolicy"));

        // Then
        refusal.Reason.ShouldEndWith("to a Standard one such as 'DefaultPolicy'. Choose an Enhanced policy.");
    }

    [Fact]
    public void Should_RefuseToResumeAVmWithAStandardPolicy_When_AnEnhancedOneProtectedIt()
    {
        var world = new TestWorld(protect: false);
        world.Simulation.SavePolicy(world.Vault, TestPolicies.EnhancedDaily());
        var item = world.Simulation.ConfigureProtection(world.Vault, world.Vm, "enhanced-daily");
        world.WaitForOperation();
        world.Simulation.StopProtection(item, StopProtectionMode.RetainForever);
        world.WaitForOperation();

        var refusal = Should.Throw<OperationRefusedException>(() => world.Simulation.ResumeProtection(item, "DefaultPolicy"));

        refusal.Reason.ShouldContain("protected by the Enhanced policy 'enhanced-daily'");
        item.State.ShouldBe(ProtectionState.ProtectionStopped);
        world.Simulation.ResumeProtection(item, "enhanced-daily");
        item.IsScheduleActive.ShouldBeTrue();
    }

    [Fact]
    public void Should_MoveAVmFromAStandardToAnEnhancedPolicy()
    {
        var world = new TestWorld();
        world.Simulation.SavePolicy(world.Vault, TestPolicies.EnhancedDaily());

        world.Simulation.ChangePolicy(world.Item, "enhanced-daily");

        world.Item.Policy.Kind.ShouldBe(PolicyKind.Enhanced);
    }

    [Fact]
    public void Should_RefuseAnUpdateThatChangesAPolicysType()
    {
        // Given DefaultPolicy protecting a VM
        var world = new TestWorld();
        var standard = world.Vault.FindPolicy("DefaultPolicy")!;

        // When it is saved again as a MARS policy
        var refusal = Should.Throw<OperationRefusedException>(() => world.Simulation.SavePolicy(world.Vault, TestPolicies.MarsSeed004() with { Name = "DefaultPolicy" }));

        // Then it is refused and the VM keeps its Standard policy
        refusal.Reason.ShouldBe("'DefaultPolicy' is a Standard policy and an update can't make it MARS; save the MARS policy under another name.");
        world.Vault.FindPolicy("DefaultPolicy").ShouldBeSameAs(standard);
    }

    [Fact]
    public void Should_RefuseAVaults201stPolicy_ButStillUpdateItsPolicies()
    {
        // Given a vault holding 200 policies, DefaultPolicy among them
        var world = new TestWorld();
        var standard = world.Vault.FindPolicy("DefaultPolicy")!;
        for (var i = world.Vault.Policies.Count; i < global::Simulator.Core.Simulation.MaxPoliciesPerVault; i++)
        {
            world.Simulation.SavePolicy(world.Vault, standard with { Name = $"Policy{i:000}" });
        }

        // When one more is created, and one of the 200 is updated
        var refusal = Should.Throw<OperationRefusedException>(() => world.Simulation.SavePolicy(world.Vault, standard with { Name = "OneTooMany" }));
        world.Simulation.SavePolicy(world.Vault, standard with { InstantRestoreDays = 3 });

        // Then the new one is refused, as Azure refuses it (domain.md §1.1), and the update is saved
        refusal.Reason.ShouldBe("vault 'vault-weu' already has 200 backup policies, the most a vault holds (domain.md §1.1); update or reuse one of them.");
        world.Vault.Policies.Count.ShouldBe(200);
        world.Vault.FindPolicy("DefaultPolicy")!.InstantRestoreDays.ShouldBe(3);
    }

    [Fact]
    public void Should_ProtectADeallocatedVm()
    {
        var world = new TestWorld(new VmSpec("vm-off", "westeurope") { PowerState = PowerState.Deallocated }, protect: false);
        world.Simulation.ConfigureProtection(world.Vault, world.Vm).State.ShouldBe(ProtectionState.IRPending);
    }

    [Fact]
    public void Should_RefuseATenthOnDemandBackupOnTheSameDay()
    {
        var world = new TestWorld();
        world.RunToDay(1, 6);
        for (var i = 0; i < 9; i++)
        {
            world.Simulation.BackupNow(world.Item);
            world.Simulation.RunFor(Duration.FromMinutes(30));
        }

        Should.Throw<OperationRefusedException>(() => world.Simulation.BackupNow(world.Item)).Reason.ShouldContain("9 on-demand backups");
        world.RunToDay(2);
        world.Simulation.BackupNow(world.Item).ShouldNotBeNull();
    }

    [Fact]
    public void Should_RefuseBackupNow_When_RetainUntilIsInThePast()
    {
        var world = new TestWorld();
        world.RunToDay(1);
        Should.Throw<OperationRefusedException>(() => world.Simulation.BackupNow(world.Item, world.Day(0))).Reason.ShouldContain("must be after");
    }

    [Fact]
    public void Should_RefuseToCancel_When_TheJobIsTransferring()
    {
        var world = new TestWorld();
        var job = world.Simulation.BackupNow(world.Item);
        world.Simulation.RunFor(Duration.FromMinutes(11));

        Should.Throw<OperationRefusedException>(() => world.Simulation.CancelJob(job)).Reason.ShouldContain("only during its snapshot phase");
    }

    [Fact]
    public void Should_NameTheJobAsTheJournalDoes_AndItsItem_When_ACancelIsRefused()
    {
        // Given a backup past its snapshot
        var world = new TestWorld();
        var job = world.Simulation.BackupNow(world.Item);
        world.Simulation.RunFor(Duration.FromMinutes(11));

        // When
        var refusal = Should.Throw<OperationRefusedException>(() => world.Simulation.CancelJob(job));

        // Then by the id's first eight characters and its item, not by a whole GUID no other line shows
        refusal.Message.ShouldStartWith($"Cancel job on 'Backup job {job.Id[..8]} of vault-weu/vm-web-01' refused: ");
    }

    [Fact]
    public void Should_RefuseToCancel_When_TheJobIsAManagementOperation()
    {
        var world = new TestWorld();
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainForever);
        var disable = world.Simulation.Jobs.Last(j => j.Operation == JobOperation.DisableBackup);

        Should.Throw<OperationRefusedException>(() => world.Simulation.CancelJob(disable)).Reason
            .ShouldBe("only backup jobs can be cancelled; DisableBackup jobs run to their end.");
    }

    [Fact]
    public void Should_RefuseBackupNow_When_ProtectionIsStopped()
    {
        var world = new TestWorld();
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainForever);
        world.WaitForOperation();
        Should.Throw<OperationRefusedException>(() => world.Simulation.BackupNow(world.Item)).Reason.ShouldContain("Resume protection first");
    }

    [Fact]
    public void Should_RefuseResume_When_TheItemIsProtected()
    {
        var world = new TestWorld();
        Should.Throw<OperationRefusedException>(() => world.Simulation.ResumeProtection(world.Item, "DefaultPolicy")).Reason.ShouldContain("already protected");
    }

    [Fact]
    public void Should_RefuseToDeleteBackupData_When_ProtectionStillRuns()
    {
        var world = new TestWorld();
        Should.Throw<OperationRefusedException>(() => world.Simulation.DeleteBackupData(world.Item)).Reason.ShouldContain("stop protection first");
    }

    [Theory]
    [InlineData("resume", "undelete it first.")]
    [InlineData("backup now", "undelete it and resume protection first.")]
    [InlineData("change policy", "undelete it, then resume protection with the new policy.")]
    [InlineData("stop retaining", "its protection is stopped and its backup data deleted already. It is purged then, unless undeleted.")]
    [InlineData("delete data", "its protection is stopped and its backup data deleted already. It is purged then, unless undeleted.")]
    public void Should_OfferOnlyAWayOutThatWorks_When_ASoftDeletedItemIsAskedSomething(string operation, string wayOut)
    {
        // Given a soft-deleted item, which an undelete brings back stopped with its data retained
        var world = new TestWorld();
        world.Simulation.StopProtection(world.Item, StopProtectionMode.DeleteData);
        world.WaitForOperation();
        var simulation = world.Simulation;
        Action asked = operation switch
        {
            "resume" => () => simulation.ResumeProtection(world.Item, "DefaultPolicy"),
            "backup now" => () => simulation.BackupNow(world.Item),
            "change policy" => () => simulation.ChangePolicy(world.Item, "DefaultPolicy"),
            "stop retaining" => () => simulation.StopProtection(world.Item, StopProtectionMode.RetainForever),
            _ => () => simulation.DeleteBackupData(world.Item),
        };

        // When it is asked, then the way out named is one an undeleted item would then allow, or none
        Should.Throw<OperationRefusedException>(asked).Reason.ShouldBe($"the item is soft-deleted until {world.Item.PurgeAt}; {wayOut}");
    }

    [Fact]
    public void Should_NotOfferResume_When_BackupNowIsAskedOfAStoppedItemWhoseVmIsDeleted()
    {
        // Given a stopped item whose VM is then deleted, so that a resume is refused too
        var world = new TestWorld();
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainForever);
        world.WaitForOperation();
        world.Simulation.DeleteVirtualMachine(world.Vm);

        // When Backup now is asked
        var refusal = Should.Throw<OperationRefusedException>(() => world.Simulation.BackupNow(world.Item));

        // Then it says why protection can't resume and what would let it
        refusal.Reason.ShouldContain("the VM has been deleted, so protection can't resume. Re-create it with the same name and resource group, then resume protection.");
        refusal.Reason.ShouldNotContain("Resume protection first");
    }

    [Fact]
    public void Should_RefuseUndelete_When_TheItemIsNotSoftDeleted()
    {
        var world = new TestWorld();
        Should.Throw<OperationRefusedException>(() => world.Simulation.Undelete(world.Item)).Reason.ShouldContain("not soft-deleted");
    }

    [Fact]
    public void Should_RefuseToStopTwice()
    {
        var world = new TestWorld();
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainForever);
        world.WaitForOperation();
        Should.Throw<OperationRefusedException>(() => world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainAsPerPolicy)).Reason.ShouldContain("already stopped");
    }

    [Theory]
    [InlineData(StopProtectionMode.RetainForever)]
    [InlineData(StopProtectionMode.RetainAsPerPolicy)]
    public void Should_StartTheReasonLowerCaseAfterRefused_When_AStoppedItemIsStoppedAgain(StopProtectionMode mode)
    {
        // Given an item whose protection is stopped
        var world = new TestWorld();
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainForever);
        world.WaitForOperation();

        // When it is stopped again
        var refusal = Should.Throw<OperationRefusedException>(() => world.Simulation.StopProtection(world.Item, mode));

        // Then the reason reads on after "refused:" in lower case, as every other reason does
        refusal.Reason.ShouldBe($"protection of '{world.Item.Name}' is already stopped (ProtectionStopped). Resume it first, or delete its backup data.");
    }

    [Fact]
    public void Should_RefuseToProtectASoftDeletedVmAgain_UntilItIsPurged()
    {
        var world = new TestWorld();
        world.Simulation.StopProtection(world.Item, StopProtectionMode.DeleteData);
        world.WaitForOperation();
        Should.Throw<OperationRefusedException>(() => world.Simulation.ConfigureProtection(world.Vault, world.Vm)).Reason.ShouldContain("soft-deleted");

        world.RunToDay(15);

        world.Simulation.ConfigureProtection(world.Vault, world.Vm).State.ShouldBe(ProtectionState.IRPending);
    }
}
