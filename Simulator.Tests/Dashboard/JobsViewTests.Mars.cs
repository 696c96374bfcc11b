using System.Text.RegularExpressions;
using NodaTime;
using Simulator.Scenarios.Parsing;
using Simulator.Tests.Support;
using Simulator.Tui.Dashboard;

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

    [Fact]
    public void Should_SayTheTransferWaitsForTheSeedingDisks_When_TheyAreStillOnTheirWay()
    {
        // Given fs-lyon-01's first backup, seeded offline, its disks imported 7 days after the job started (05-02 22:00),
        // and the job list focused: nothing has gone over the network yet
        var seeding = ScenarioParser.Load(Path.Combine(RepositoryFiles.Scenarios, "mars-weekly-offline-seeding.yaml"));
        var state = DashboardWorlds.From(seeding, Instant.FromUtc(2026, 5, 5, 0, 0)).Press(Keys.Tab);
        state.Focus.ShouldBe(Pane.Jobs);

        // When
        var lines = Lines(state, 100, 30);

        // Then its row shows no share sent (it read 30%, rising to 100% as the disks travelled, then 0% again for the
        // top-up), and the lines under the list say what it waits for and until when
        var row = JobRows(lines).Single(l => Regex.IsMatch(l, "^[› ] Backup +fs-lyon-01.+ In progress "));
        row.ShouldNotContain("%");
        row.ShouldMatch(" In progress +In progress +05-02 22:00 ");
        lines.ShouldContain(line => line.Contains("disks", StringComparison.Ordinal) && line.Contains("05-09 22:00", StringComparison.Ordinal));

        // And once the disks are imported, the changes made meanwhile go over the network, with their share and time left
        var topUp = Lines(DashboardWorlds.From(seeding, Instant.FromUtc(2026, 5, 9, 22, 10)).Press(Keys.Tab), 100, 30);
        JobRows(topUp).Single(l => Regex.IsMatch(l, "^[› ] Backup +fs-lyon-01.+ In progress ")).ShouldContain("%");
    }
}
