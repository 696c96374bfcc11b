using Simulator.Core.DataSources;
using Simulator.Core.Journal;
using Simulator.Core.Policies;
using Simulator.Tests.Support;

namespace Simulator.Tests.Core;

/// <summary>
/// The vault never loses the full copy while newer points need it: "When the initial recovery point expires, it merges
/// with the next incremental recovery point ... The incremental backup then becomes the initial full backup"
/// (MicrosoftDocs/azure-docs articles/backup/manage-recovery-points.md, Case 1; domain.md §5.4).
/// </summary>
public sealed class FullBaselineTests
{
    private static VmSpec Vm => new("vm-web-01", "westeurope") { UsedSizeGb = 200, DailyChurnGb = 5 };

    [Fact]
    public void Should_MakeTheNextVaultPointTheFullBaseline_When_TheFullPointExpires()
    {
        // Given DefaultPolicy's 30 days, and a first point that was the full copy
        var world = new TestWorld(Vm);
        world.RunToDay(2);
        var first = world.Item.RecoveryPoints[0];
        var second = world.Item.RecoveryPoints[1];
        first.IsFull.ShouldBeTrue();
        second.IsFull.ShouldBeFalse();

        // When the first point's 30 days are over, and the second's are not
        world.RunToDay(30, 12);

        // Then the second holds the whole VM in its place
        world.Item.RecoveryPoints.ShouldNotContain(first);
        second.InVault.ShouldBeTrue();
        second.IsFull.ShouldBeTrue();
        second.VaultSizeGb.ShouldBe(200);
    }

    [Fact]
    public void Should_KeepOneFullCopyInTheVault_When_EveryBaselineExpiresInTurn()
    {
        // Given
        var world = new TestWorld(Vm);

        // When a hundred days pass: the baseline has moved on about seventy times
        world.RunToDay(100);

        // Then the oldest vault point is the only full one, and the vault holds it and the churn of the others
        var inVault = world.Item.RecoveryPoints.Where(p => p.InVault).ToList();
        inVault.Count(p => p.IsFull).ShouldBe(1);
        inVault[0].IsFull.ShouldBeTrue();
        inVault[0].VaultSizeGb.ShouldBe(200);
        inVault.Skip(1).ShouldAllBe(p => p.VaultSizeGb < 10);
    }

    [Fact]
    public void Should_JournalTheNewBaseline_When_TheFullPointExpires()
    {
        // Given
        var world = new TestWorld(Vm);
        world.RunToDay(2);
        var second = world.Item.RecoveryPoints[1];

        // When
        world.RunToDay(30, 12);

        // Then the store and the screens learn the point's new size from the journal
        var change = world.Journal.Events.OfType<RecoveryPointTierChanged>().Single(e => e.PointId == second.Id && e.Reason == "now the full baseline");
        change.VaultSizeGb.ShouldBe(200);
        change.Tier.ShouldBe("VaultStandard");
    }

    [Fact]
    public void Should_MakeTheNextMarsPointTheFullBaseline_When_TheFullPointExpires()
    {
        // Given a MARS server backed up daily, points kept 7 days
        var start = NodaTime.Instant.FromUtc(2026, 3, 2, 0, 0);
        var policy = TestPolicies.MarsSeed004() with
        {
            Schedule = BackupSchedule.Daily(new NodaTime.LocalTime(0, 0)),
            Retention = new RetentionPolicy(new DailyRetention(7)),
        };
        var world = MarsWorld.Create(start, policy);

        // When the first point's 7 days are over
        world.Simulation.RunUntil(start + NodaTime.Duration.FromDays(8) + NodaTime.Duration.FromHours(12));

        // Then
        var oldest = world.Item.RecoveryPoints[0];
        oldest.IsFull.ShouldBeTrue();
        oldest.VaultSizeGb.ShouldBe(world.Server.UsedSizeGb);
        world.Item.RecoveryPoints.Count(p => p.IsFull).ShouldBe(1);
    }
}
