using NodaTime.Text;
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

    [Theory]
    [InlineData("do: deleteVm", "2026-05-15T07:00:00Z", "  Next runs: 05-15 08:00 · 05-15 12:00 · 05-15 16:00 · ")]
    [InlineData("do: failNextTransfer", "2026-05-09T07:00:00Z", "  Next runs: 05-09 08:00 · 05-09 12:00 (snapshot) · ")]
    public void Should_NotCallARunASnapshot_When_ItWillTryToSendTheCopyAFailedRunOwes(string fault, string at, string nextRuns)
    {
        // Given the item's detail the morning after its window's vault copy failed: a week of runs of a deleted VM, or
        // one transfer that failed, which its next run sends again
        var definition = ScenarioParser.Parse(DeletedHourlyVm.Replace("do: deleteVm", fault, StringComparison.Ordinal), "deleted-hourly.yaml");
        var state = DashboardWorlds.From(definition, InstantPattern.ExtendedIso.Parse(at).Value) with { OpenItem = "vault-eus/vm-sql-01" };

        // When
        var lines = ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40).Split('\n');

        // Then a run that will try the vault is not told a snapshot: while the VM is gone each does, else the next one
        lines.Single(line => line.StartsWith("  Next runs: ", StringComparison.Ordinal)).ShouldStartWith(nextRuns);
    }
}
