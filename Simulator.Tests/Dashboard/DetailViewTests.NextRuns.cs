using NodaTime;
using Simulator.Scenarios.Parsing;
using Simulator.Tests.Support;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

public sealed partial class DetailViewTests
{
    // An item backed up every 4 hours, its 08:00 run of each window a snapshot but for the window's last, whose VM is
    // deleted on 8 May: every run since has failed, and each tries the transfer the failed one owed (D10).
    private const string DeletedHourlyVm = """
        name: deleted-hourly
        seed: 21
        start: 2026-05-04T00:00:00Z
        end: 2026-05-21T00:00:00Z
        settings: { maxStartDelay: 0s }
        vaults:
          - name: vault-eus
            region: eastus
            policies:
              - name: Hourly4
                kind: Enhanced
                instantRestoreDays: 2
                schedule: { frequency: Hourly, interval: 4, windowStart: "08:00", windowHours: 24 }
                retention: { daily: { days: 7 } }
        vms:
          - { name: vm-sql-01, vault: vault-eus, policy: Hourly4 }
        timeline:
          - { at: 2026-05-08T10:00:00Z, do: deleteVm, item: vm-sql-01 }
        """;

    [Fact]
    public void Should_NotCallTheNextRunASnapshot_When_ItWillSendTheCopyAFailedRunOwes()
    {
        // Given the deleted VM's detail the morning after a week of failed runs
        var definition = ScenarioParser.Parse(DeletedHourlyVm, "deleted-hourly.yaml");
        var state = DashboardWorlds.From(definition, Instant.FromUtc(2026, 5, 15, 7, 0)) with { OpenItem = "vault-eus/vm-sql-01" };

        // When
        var lines = ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40).Split('\n');

        // Then its next run, which will try the vault too, is not told a snapshot; the schedule's others are
        lines.Single(line => line.StartsWith("  Next runs: ", StringComparison.Ordinal))
            .ShouldStartWith("  Next runs: 05-15 08:00 · 05-15 12:00 (snapshot) · ");
    }
}
