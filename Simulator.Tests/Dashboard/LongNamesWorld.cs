using NodaTime;
using Simulator.Scenarios.Parsing;
using Simulator.Tui.Dashboard;

namespace Simulator.Tests.Dashboard;

/// <summary>A world of names as long as an enterprise's: what QA found cut on narrow windows.</summary>
internal static class LongNamesWorld
{
    /// <summary>A 49-character vault keeping three VMs of 41 to 49 characters, one of them under a 54-character policy; a 67-character scenario name.</summary>
    public const string Text = """
        name: a-very-long-scenario-name-for-testing-truncation-in-the-header-bar
        description: Long names.
        seed: 7
        start: 2026-03-02T00:00:00Z
        duration: 3d
        displayTimeZone: Europe/Amsterdam
        vaults:
          - name: contoso-recovery-services-vault-westeurope-prod01
            region: westeurope
            redundancy: GeoRedundant
            policies:
              - name: Enhanced-Hourly-Policy-With-A-Very-Long-Name-For-Tests
                kind: Enhanced
                timeZone: W. Europe Standard Time
                schedule: { frequency: Hourly, interval: 4, windowStart: "08:00", windowHours: 12 }
                instantRestoreDays: 7
                retention:
                  daily: { days: 30 }
        vms:
          - { name: vm-contoso-webshop-production-frontend-01, os: Windows, usedGb: 200, churnGb: 6, throughputMBps: 40, vault: contoso-recovery-services-vault-westeurope-prod01 }
          - { name: vm-contoso-webshop-production-frontend-02, usedGb: 1200, churnGb: 25, throughputMBps: 12, vault: contoso-recovery-services-vault-westeurope-prod01 }
          - name: vm-contoso-webshop-production-backend-database-01
            agent: Missing
            usedGb: 100
            vault: contoso-recovery-services-vault-westeurope-prod01
            policy: Enhanced-Hourly-Policy-With-A-Very-Long-Name-For-Tests
        """;

    /// <summary>The first morning, 10:30 CET: frontend-01 protected, frontend-02's first transfer running, the database's backup failed.</summary>
    public static readonly Instant FirstMorning = Instant.FromUtc(2026, 3, 2, 9, 30);

    public static DashboardState At(Instant at) => DashboardWorlds.From(ScenarioParser.Parse(Text, "long-names.yaml"), at);
}
