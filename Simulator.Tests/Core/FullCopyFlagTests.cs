using Simulator.Core.DataSources;
using Simulator.Core.Jobs;
using Simulator.Core.Journal;
using Simulator.Core.RecoveryPoints;
using Simulator.Tests.Support;

namespace Simulator.Tests.Core;

/// <summary>
/// "Full" is said of a vault copy: the first backup's copy in the vault is full, later ones incremental
/// (backup-azure-vm-backup-faq.yml), while "snapshots taken as a part of instant restore capability are incremental
/// snapshots" (backup-instant-restore-capability.md). So a point that is only a snapshot is never full.
/// </summary>
public sealed class FullCopyFlagTests
{
    // 1080 GB at 10 MB/s: the first transfer runs about 31 hours, so the second day's is skipped (D5).
    private static VmSpec BigVm => new("vm-big", "westeurope") { UsedSizeGb = 1080, DailyChurnGb = 10, ThroughputMBps = 10 };

    [Fact]
    public void Should_NotBeFull_When_APointsTransferIsSkippedBehindTheFirstFullCopy()
    {
        // Given
        var world = new TestWorld(BigVm);

        // When the second day's job has skipped its transfer, and later when the first full copy has arrived
        world.RunToDay(1, 6);
        var second = world.Simulation.Jobs.Where(j => j.IsBackup).ElementAt(1);
        second.Transfer!.Value.Status.ShouldBe(PhaseStatus.Skipped);
        var skippedWhileInFlight = second.Point!.IsFull;
        world.RunToDay(2);

        // Then its point, only a snapshot, was never full
        skippedWhileInFlight.ShouldBeFalse();
        second.Point.Tier.ShouldBe(RecoveryPointTier.Snapshot);
        second.Point.IsFull.ShouldBeFalse();
    }

    [Fact]
    public void Should_BeFullOnceItsFullCopyReachesTheVault_When_ItIsTheFirstBackupsPoint()
    {
        // Given
        var world = new TestWorld(BigVm);
        world.RunToDay(1, 6);
        var first = world.Simulation.Jobs.First(j => j.IsBackup);
        first.Transfer!.Value.Status.ShouldBe(PhaseStatus.InProgress);
        var fullWhileOnlyASnapshot = first.Point!.IsFull;

        // When its full copy reaches the vault
        world.RunToDay(2);

        // Then it is full from then on, and not before
        fullWhileOnlyASnapshot.ShouldBeFalse();
        first.Point.InVault.ShouldBeTrue();
        first.Point.IsFull.ShouldBeTrue();
    }

    [Fact]
    public void Should_NotBeFull_When_ItsFullTransferFailed()
    {
        // Given a first backup whose transfer fails
        var world = new TestWorld(new VmSpec("vm-web-01", "westeurope") { UsedSizeGb = 200, DailyChurnGb = 5 });
        world.Simulation.FailNextTransfers(world.Vm);

        // When the next day's backup has run too
        world.RunToDay(2);

        // Then the failed one's point holds only its snapshot, and the next backup sent the full copy
        var backups = world.Simulation.Jobs.Where(j => j.IsBackup).ToList();
        backups[0].Status.ShouldBe(JobStatus.CompletedWithWarnings);
        backups[0].Point!.IsFull.ShouldBeFalse();
        backups[1].TransferSizeGb.ShouldBe(200);
        backups[1].Point!.IsFull.ShouldBeTrue();
    }

    [Fact]
    public void Should_TellTheFullCopyAsItReachesTheVault_When_JournalingTheFirstBackups()
    {
        // Given
        var world = new TestWorld(BigVm);

        // When the first full copy has arrived, after the second day's snapshot skipped its transfer
        world.RunToDay(2);

        // Then no snapshot is told full when taken, and the first point's copy is told full when it arrives
        world.Journal.Events.OfType<RecoveryPointCreated>().ShouldAllBe(e => !e.IsFull);
        world.JournalText.ShouldNotContain(" full\n");
        var arrival = world.Journal.Events.OfType<RecoveryPointTierChanged>().Single(e => e.PointId == 1);
        arrival.Reason.ShouldBe(RecoveryPointTierChanged.FullCopyTransferredToVault);
        arrival.State.ShouldBe("SnapshotAndVaultStandard (full copy transferred to vault)");
    }
}
