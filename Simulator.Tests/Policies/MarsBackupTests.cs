using NodaTime;
using Simulator.Core;
using Simulator.Core.DataSources;
using Simulator.Core.Jobs;
using Simulator.Core.Policies;
using Simulator.Core.Protection;
using Simulator.Core.RecoveryPoints;
using Simulator.Core.Service;
using Simulator.Tests.Support;

namespace Simulator.Tests.Policies;

/// <summary>MARS agent items: one-phase jobs (D11), seeding, checkpoints, long-term retention handover, on-demand.</summary>
public sealed class MarsBackupTests
{
    private static readonly Instant March1 = Instant.FromUtc(2026, 3, 1, 0, 0);

    [Fact]
    public void Should_NotNameASnapshotInTheJournal_When_AMarsPointIsCreated()
    {
        // Given
        var world = MarsWorld.Create(March1, TestPolicies.MarsSeed004());
        var journal = new Simulator.Core.Journal.JournalRecorder(world.Simulation.Journal);

        // When
        world.Simulation.RunUntil(March1 + Duration.FromHours(1));

        // Then the point is created without a snapshot tier (D11), and its vault copy follows, the full one
        var created = journal.Events.OfType<Simulator.Core.Journal.RecoveryPointCreated>().ShouldHaveSingleItem();
        created.State.ShouldBe("Created Daily FileSystemConsistent");
        journal.Events.OfType<Simulator.Core.Journal.RecoveryPointTierChanged>().ShouldHaveSingleItem().State.ShouldBe("VaultStandard (full copy transferred to vault)");
    }

    [Fact]
    public void Should_RunOnlyATransferPhaseAndCreateAVaultOnlyPoint_When_AMarsBackupCompletes()
    {
        // Given 10 GB at 100 MB/s
        var world = MarsWorld.Create(March1, TestPolicies.MarsSeed004());

        // When the first run (00:00) has had time to finish
        world.Simulation.RunUntil(March1 + Duration.FromHours(1));

        // Then
        var job = world.Simulation.Jobs.Single(j => j.IsBackup);
        job.Start.ShouldBe(March1, "the agent starts its own jobs on time: no start delay");
        job.Snapshot.ShouldBeNull();
        job.Transfer!.Value.Status.ShouldBe(PhaseStatus.Completed);
        job.Status.ShouldBe(JobStatus.Completed);
        job.TransferSizeGb.ShouldBe(10, "the first backup sends all used data");
        var point = world.Item.RecoveryPoints.ShouldHaveSingleItem();
        point.ShouldBe(job.Point);
        point.Tier.ShouldBe(RecoveryPointTier.VaultStandard);
        point.HasSnapshot.ShouldBeFalse();
        point.IsFull.ShouldBeTrue();
        point.Consistency.ShouldBe(Consistency.FileSystemConsistent);
    }

    [Fact]
    public void Should_CreateThePointOnlyWhenTheTransferCompletes()
    {
        // Given 360 GB at 100 MB/s: about an hour
        var world = MarsWorld.Create(March1, TestPolicies.MarsSeed004(), new MarsServerSpec("fs-01") { UsedSizeGb = 360, ThroughputMBps = 100 });

        world.Simulation.RunUntil(March1 + Duration.FromMinutes(30));
        world.Item.RecoveryPoints.ShouldBeEmpty();
        world.Simulation.Jobs.Single(j => j.IsBackup).Status.ShouldBe(JobStatus.InProgress);

        world.Simulation.RunUntil(March1 + Duration.FromHours(2));
        world.Item.RecoveryPoints.ShouldHaveSingleItem().Time.ShouldBe(March1);
    }

    [Fact]
    public void Should_WaitForTheDiskImportAndSendOnlyTheChurn_When_TheItemIsSeededOffline()
    {
        // Given 2 TB seeded on disks that take 5 days to import, 4 GB of churn a day
        var spec = new MarsServerSpec("fs-seed") { UsedSizeGb = 2048, DailyChurnGb = 4, ThroughputMBps = 10, InitialBackup = InitialBackupMode.OfflineSeeding, DiskImportDuration = Duration.FromDays(5) };
        var world = MarsWorld.Create(March1, TestPolicies.MarsSeed004(), spec);

        // When
        world.Simulation.RunUntil(March1 + Duration.FromDays(5) - Duration.FromMinutes(1));

        // Then the first job is still waiting, and the runs meanwhile failed because it holds the agent
        var first = world.Simulation.Jobs.First(j => j.IsBackup);
        first.Status.ShouldBe(JobStatus.InProgress);
        world.Item.RecoveryPoints.ShouldBeEmpty();
        world.Simulation.Jobs.Where(j => j.IsBackup).Skip(1).ShouldAllBe(j => j.Status == JobStatus.Failed && j.ErrorCode == ErrorCodes.BackupOperationInProgress);

        // and say so without the snapshot a VM's message names, since a MARS job takes none (D11)
        world.Simulation.Jobs.Where(j => j.IsBackup).Skip(1).First().ErrorMessage.ShouldBe("Another backup of this server is still running.");

        world.Simulation.RunUntil(March1 + Duration.FromDays(5) + Duration.FromHours(1));
        first.Status.ShouldBe(JobStatus.Completed);
        first.TransferSizeGb.ShouldBe(20, "five days of churn, not the 2 TB");
        world.Item.RecoveryPoints[0].Time.ShouldBe(March1);
    }

    [Fact]
    public void Should_BeProtectedAndHealthy_When_AnOfflineSeedCompletesAfterTheRunsBehindItFailedForIt()
    {
        // Given 2 TB seeded on disks that take 5 days to import, the runs meanwhile failing because the seed holds the agent
        var spec = new MarsServerSpec("fs-seed") { UsedSizeGb = 2048, DailyChurnGb = 4, ThroughputMBps = 10, InitialBackup = InitialBackupMode.OfflineSeeding, DiskImportDuration = Duration.FromDays(5) };
        var world = MarsWorld.Create(March1, TestPolicies.MarsSeed004(), spec);

        // When the seed's job completes
        world.Simulation.RunUntil(March1 + Duration.FromDays(5) + Duration.FromHours(1));
        var first = world.Simulation.Jobs.First(j => j.IsBackup);
        first.Status.ShouldBe(JobStatus.Completed);
        world.Simulation.Jobs.Where(j => j.IsBackup && j.Start < first.End).Skip(1).ShouldAllBe(j => j.ErrorCode == ErrorCodes.BackupOperationInProgress);

        // Then the initial backup is done: the failures behind it were its own running, not the server's
        world.Item.State.ShouldBe(ProtectionState.Protected);
        world.Item.LastBackupStatus.ShouldBe(LastBackupStatus.Healthy);
    }

    [Fact]
    public void Should_HandTheYearlyRetentionToTheNextBackup_When_TheLastSaturdayOfMarchFails()
    {
        // Given the seed policy; the 18:00 backup of Saturday 28 March (yearly: 10 years) will fail
        var world = MarsWorld.Create(March1, TestPolicies.MarsSeed004());
        world.Simulation.RunUntil(Instant.FromUtc(2026, 3, 28, 17, 0));
        world.Simulation.FailNextTransfers(world.Server);

        // When the next run (Sunday 00:00, a daily one) succeeds
        world.Simulation.RunUntil(Instant.FromUtc(2026, 3, 29, 1, 0));

        // Then
        world.Simulation.Jobs.Single(j => j.ScheduledFor == Instant.FromUtc(2026, 3, 28, 18, 0)).Status.ShouldBe(JobStatus.Failed);
        var sunday = world.Item.LatestRecoveryPoint!;
        sunday.Time.ShouldBe(Instant.FromUtc(2026, 3, 29, 0, 0));
        sunday.Tag.ShouldBe(RetentionTag.Yearly);
        sunday.VaultExpiry.ShouldBe(Instant.FromUtc(2036, 3, 29, 0, 0));

        // And only that one backup takes it over
        world.Simulation.RunUntil(Instant.FromUtc(2026, 3, 29, 19, 0));
        world.Item.LatestRecoveryPoint!.Tag.ShouldBe(RetentionTag.Daily);
    }

    [Fact]
    public void Should_KeepTheWeeklyRoleForTheNextBackup_When_TheBackupStillRunningAtTheFailedSaturdayCompletesAfterIt()
    {
        // Given a first backup from Sunday 1 March 00:00 that runs until Saturday 7 March 20:07, so that both Saturday
        // backups (00:00 and 18:00, weekly) fail behind it
        var spec = new MarsServerSpec("fs-01") { UsedSizeGb = 577, DailyChurnGb = 1, ThroughputMBps = 1 };
        var world = MarsWorld.Create(March1, TestPolicies.MarsSeed004(), spec);

        // When it completes after them
        world.Simulation.RunUntil(Instant.FromUtc(2026, 3, 7, 21, 0));

        // Then its point, Sunday's data, keeps its own daily role: it is no backup after the failed Saturday ones
        world.Simulation.Jobs.Count(j => j.ScheduledFor?.InUtc().DayOfWeek == IsoDayOfWeek.Saturday && j.Status == JobStatus.Failed).ShouldBe(2);
        var first = world.Item.LatestRecoveryPoint!;
        first.Time.ShouldBe(March1);
        first.Tag.ShouldBe(RetentionTag.Daily);

        // And the next backup, Sunday 8 March 00:00, takes the weekly role over
        world.Simulation.RunUntil(Instant.FromUtc(2026, 3, 8, 6, 0));
        var next = world.Item.LatestRecoveryPoint!;
        next.Time.ShouldBe(Instant.FromUtc(2026, 3, 8, 0, 0));
        next.Tag.ShouldBe(RetentionTag.Weekly);
        next.VaultExpiry.ShouldBe(Instant.FromUtc(2026, 4, 5, 0, 0));
    }

    [Fact]
    public void Should_GiveTheWeeklyRoleToAnOnDemandBackup_When_ItFollowsAFailedSaturdayBackup()
    {
        var world = MarsWorld.Create(March1, TestPolicies.MarsSeed004());
        world.Simulation.RunUntil(Instant.FromUtc(2026, 3, 6, 23, 0));
        world.Simulation.FailNextTransfers(world.Server);
        world.Simulation.RunUntil(Instant.FromUtc(2026, 3, 7, 1, 0));

        var job = world.Simulation.BackupNow(world.Item, Instant.FromUtc(2026, 3, 10, 0, 0));
        world.Simulation.RunUntil(Instant.FromUtc(2026, 3, 7, 2, 0));

        job.Point!.Tag.ShouldBe(RetentionTag.Weekly);
        job.Point.VaultExpiry.ShouldBe(Instant.FromUtc(2026, 4, 4, 1, 0), "four weeks beat the retain-until date");
    }

    [Fact]
    public void Should_KeepAnOnDemandPointUntilItsRetainUntil_When_NothingIsOwed()
    {
        var world = MarsWorld.Create(March1, TestPolicies.MarsSeed004());
        world.Simulation.RunUntil(March1 + Duration.FromHours(3));
        var until = Instant.FromUtc(2026, 5, 1, 0, 0);

        var job = world.Simulation.BackupNow(world.Item, until);
        world.Simulation.RunUntil(March1 + Duration.FromHours(4));

        job.Snapshot.ShouldBeNull();
        job.Point!.Tag.ShouldBe(RetentionTag.OnDemand);
        job.Point.VaultExpiry.ShouldBe(until);
        world.Simulation.RunUntil(until);
        world.Item.RecoveryPoints.ShouldNotContain(job.Point);
    }

    [Fact]
    public void Should_NotResendCheckpointedData_When_TheFirstTransferFailed()
    {
        var world = MarsWorld.Create(March1, TestPolicies.MarsSeed004());
        world.Simulation.FailNextTransfers(world.Server);

        world.Simulation.RunUntil(March1 + Duration.FromHours(19));

        var (failed, next) = (world.Simulation.Jobs.First(j => j.IsBackup), world.Simulation.Jobs.Last(j => j.IsBackup));
        failed.Status.ShouldBe(JobStatus.Failed);
        failed.ErrorCode.ShouldBe(ErrorCodes.MarsTransferFailed);
        next.Status.ShouldBe(JobStatus.Completed);
        next.TransferSizeGb.ShouldBe(0.75, 1e-9, "the 10 GB sent before the failure is kept; only 18 hours of 1 GB/day churn remain");
    }

    [Fact]
    public void Should_SendOnlyTheChurnSinceTheImport_When_TheBackupAfterASeededOneRuns()
    {
        // Given 2 TB seeded on disks that take 5 days to import, 4 GB of churn a day; the top-up sends those 5 days
        var spec = new MarsServerSpec("fs-seed") { UsedSizeGb = 2048, DailyChurnGb = 4, ThroughputMBps = 10, InitialBackup = InitialBackupMode.OfflineSeeding, DiskImportDuration = Duration.FromDays(5) };
        var world = MarsWorld.Create(March1, TestPolicies.MarsSeed004(), spec);

        // When the 18:00 run after the import (00:00 on 6 March) has started
        world.Simulation.RunUntil(Instant.FromUtc(2026, 3, 6, 18, 1));

        // Then it sends the 18 hours of churn since the import, not the five days the top-up sent already
        world.Simulation.Jobs.Last(j => j.IsBackup).TransferSizeGb.ShouldBe(3, 1e-6);
    }

    [Fact]
    public void Should_KeepWhatTheTopUpSent_When_ASeededJobIsCancelledAfterTheImport()
    {
        // Given the 20 GB top-up after the import at 00:00 on 6 March takes 2,048 seconds at 10 MB/s
        var spec = new MarsServerSpec("fs-seed") { UsedSizeGb = 2048, DailyChurnGb = 4, ThroughputMBps = 10, InitialBackup = InitialBackupMode.OfflineSeeding, DiskImportDuration = Duration.FromDays(5) };
        var world = MarsWorld.Create(March1, TestPolicies.MarsSeed004(), spec);
        world.Simulation.RunUntil(Instant.FromUtc(2026, 3, 6, 0, 0) + Duration.FromSeconds(1_024));
        var seeded = world.Simulation.Jobs.First(j => j.IsBackup);

        // When it is cancelled halfway through the top-up
        world.Simulation.CancelJob(seeded);
        world.Simulation.RunUntil(Instant.FromUtc(2026, 3, 6, 18, 1));

        // Then the next run sends the 10 GB left plus 18 hours of churn since the import
        seeded.Status.ShouldBe(JobStatus.Cancelled);
        world.Simulation.Jobs.Last(j => j.IsBackup).TransferSizeGb.ShouldBe(13, 1e-6);
    }

    [Fact]
    public void Should_KeepTheDataSentBeforeACancel_When_AMarsJobIsCancelledHalfway()
    {
        // Given 100 GB at 1 MB/s: 102,400 seconds
        var world = MarsWorld.Create(March1, TestPolicies.MarsSeed004(), new MarsServerSpec("fs-slow") { UsedSizeGb = 100, DailyChurnGb = 0, ThroughputMBps = 1 });
        world.Simulation.RunUntil(March1 + Duration.FromSeconds(51_200));
        var first = world.Simulation.Jobs.First(j => j.IsBackup);

        world.Simulation.CancelJob(first);
        world.Simulation.RunUntil(Instant.FromUtc(2026, 3, 1, 18, 1));

        first.Status.ShouldBe(JobStatus.Cancelled);
        world.Simulation.Jobs.Last(j => j.IsBackup).TransferSizeGb.ShouldBe(50, 1e-6);
    }

    [Fact]
    public void Should_RefuseProtection_When_TheAgentIsRegisteredToAnotherVaultOrThePolicyIsNotMars()
    {
        var world = MarsWorld.Create(March1, TestPolicies.MarsSeed004());
        var other = world.Simulation.CreateVault("vault-other", "westeurope");
        var server = world.Simulation.AddMarsServer(new MarsServerSpec("fs-02"), world.Vault);

        Should.Throw<OperationRefusedException>(() => world.Simulation.ConfigureProtection(other, server)).Reason.ShouldContain("registered to vault 'vault-mars'");
        Should.Throw<OperationRefusedException>(() => world.Simulation.ConfigureProtection(world.Vault, server, "DefaultPolicy")).Reason.ShouldContain("is a Standard policy");
    }

    [Fact]
    public void Should_RefuseThe51stAgent_When_AVaultHas50()
    {
        var world = MarsWorld.Create(March1, TestPolicies.MarsSeed004());
        for (var i = 2; i <= Simulation.MaxMarsAgentsPerVault; i++)
        {
            world.Simulation.AddMarsServer(new MarsServerSpec($"fs-{i:00}"), world.Vault);
        }

        Should.Throw<OperationRefusedException>(() => world.Simulation.AddMarsServer(new MarsServerSpec("fs-51"), world.Vault)).Reason.ShouldContain("50 MARS agents");
    }
}
