using NodaTime;

namespace Simulator.Tests.Dashboard;

/// <summary>A MARS server's backup job has one phase, the transfer (decision D11): the screen speaks of no snapshot for it.</summary>
public sealed partial class JobsViewTests
{
    /// <summary>The MARS scenario's second day at noon: fs-contoso-01 has had four backups, the fifth is due.</summary>
    private static readonly Instant MarsSecondNoon = Instant.FromUtc(2026, 2, 24, 11, 0);

    [Fact]
    public void Should_LeaveOutTheSnapshotColumn_When_NoListedJobCanHaveASnapshot()
    {
        // Given fs-contoso-01, a MARS server, after its first backups
        var state = DashboardWorlds.Mars(MarsSecondNoon);

        // When
        var lines = Lines(state, 100, 30);

        // Then the job list has no column that could only read "—"
        Header(lines).ShouldBe("  Operation Item          Status        Transfer                                Start       Duration");
        JobRows(lines).Where(row => row.StartsWith("  Backup ", StringComparison.Ordinal)).ShouldAllBe(row => !row.Contains('—'));
    }

    [Fact]
    public void Should_KeepTheSnapshotColumn_When_AVmIsListedBesideAMarsServer()
    {
        // Given vault-mixed: fs-01, a MARS server, and vm-app-01, a VM
        var state = DashboardWorlds.MixedPolicies(DashboardWorlds.MixedSecondMorning);

        // When
        var lines = Lines(state, 100, 30);

        // Then
        Header(lines).ShouldContain(" Snapshot ");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Should_LeaveTheSnapshotMarksOutOfTheLegend_When_NoListedItemTakesSnapshots(bool detail)
    {
        // Given fs-contoso-01's timeline, on the main screen or in its detail
        var state = DashboardWorlds.Mars(MarsSecondNoon) with { ShowTimeline = true };
        state = detail ? state with { OpenItem = "fs-contoso-01" } : state;

        // When
        var lines = Lines(state, 100, 30);

        // Then its legend tells the marks a MARS job draws, and neither a snapshot nor a skipped transfer
        lines.Single(line => line.StartsWith("─ Timeline", StringComparison.Ordinal))
            .ShouldContain(" · █ transfer  ▒ transferring  ✗ failed or cancelled ─");
        lines.ShouldNotContain(line => line.Contains("snapshot", StringComparison.OrdinalIgnoreCase) || line.Contains("skipped", StringComparison.Ordinal));
    }
}
