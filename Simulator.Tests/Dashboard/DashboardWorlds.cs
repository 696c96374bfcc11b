using NodaTime;
using Simulator.Scenarios;
using Simulator.Scenarios.Parsing;
using Simulator.Scenarios.Running;
using Simulator.Tests.Support;
using Simulator.Tui.Dashboard;

namespace Simulator.Tests.Dashboard;

/// <summary>The worlds the dashboard tests look at: the built-in demo, the long-transfer overlap and a MARS file server, at named instants.</summary>
internal static class DashboardWorlds
{
    /// <summary>Early on the demo's first day: vm-web-01 and vm-db-01 transferring, vm-legacy-01 failed.</summary>
    public static readonly Instant DemoFirstMorning = Instant.FromUtc(2026, 3, 2, 4, 0);

    /// <summary>The demo's first night, while vm-legacy-01's backup, the newest job, takes its snapshot.</summary>
    public static readonly Instant DemoFirstSnapshot = Instant.FromUtc(2026, 3, 2, 2, 50);

    /// <summary>The demo's second day at noon UTC: vm-db-01's second transfer was skipped while its first one ran.</summary>
    public static readonly Instant DemoSecondNoon = Instant.FromUtc(2026, 3, 3, 12, 0);

    /// <summary>The second day's job has skipped its transfer; the first transfer still runs.</summary>
    public static readonly Instant OverlapSecondMorning = Instant.FromUtc(2026, 1, 6, 6, 0);

    /// <summary>The MARS scenario's first morning: fs-contoso-01, a file server, has had its midnight backup.</summary>
    public static readonly Instant MarsFirstMorning = Instant.FromUtc(2026, 2, 23, 6, 0);

    public static DashboardState Demo(Instant at) => At(BuiltInScenarios.Demo(), at);

    /// <summary>A name as long as a real fleet's VMs have, 30 characters: the demo's vm-web-01 under it.</summary>
    public const string LongVmName = "vm-contoso-webshop-frontend-01";

    /// <summary>The demo with vm-web-01 renamed <see cref="LongVmName"/>.</summary>
    public static DashboardState DemoWithLongName(Instant at) =>
        At(ScenarioParser.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Scenarios, "demo.yaml")).Replace("vm-web-01", LongVmName, StringComparison.Ordinal), "demo.yaml"), at);

    /// <summary>The demo with vm-web-01 and vm-db-01 renamed <paramref name="web"/> and <paramref name="db"/>: two names of a series, alike but at their end.</summary>
    public static DashboardState DemoWithNames(Instant at, string web, string db) =>
        At(ScenarioParser.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Scenarios, "demo.yaml")).Replace("vm-web-01", web, StringComparison.Ordinal).Replace("vm-db-01", db, StringComparison.Ordinal), "demo.yaml"), at);

    /// <summary>The fleet demo's first night: snapshots taken, transfers running with anything from hours to a day left.</summary>
    public static readonly Instant FleetFirstNight = Instant.FromUtc(2026, 5, 4, 2, 45);

    public static DashboardState Fleet(Instant at) => At(ScenarioParser.Load(Path.Combine(RepositoryFiles.Scenarios, "fleet-demo.yaml")), at);

    public static DashboardState Overlap(Instant at) => At(ScenarioParser.Load(Path.Combine(RepositoryFiles.Scenarios, "long-transfer-overlap.yaml")), at);

    /// <summary>After vm-erp-01's backup moved from vault-grs to vault-lrs: it has an item in each.</summary>
    public static readonly Instant ReconfiguredTwentiethApril = Instant.FromUtc(2026, 4, 20, 0, 0);

    public static DashboardState Reconfigured(Instant at) => At(ScenarioParser.Load(Path.Combine(RepositoryFiles.Scenarios, "reconfigure-alternate-vault.yaml")), at);

    /// <summary>
    /// Three vaults and four VMs: vm-app-01 backed up by vault-grs, vm-erp-01 stopped there (its data kept, last under
    /// the Enhanced Hourly4), vm-new-01 in northeurope and vm-us-01 in eastus unprotected.
    /// </summary>
    public const string ProtectableText = """
        name: protect-from-dashboard
        description: VMs the dashboard can protect, one stopped in another vault under an Enhanced policy.
        seed: 7
        start: 2026-04-01T00:00:00Z
        duration: 10d
        vaults:
          - name: vault-grs
            region: northeurope
            policies:
              - name: Hourly4
                kind: Enhanced
                timeZone: UTC
                schedule: { frequency: Hourly, interval: 4, windowStart: "08:00", windowHours: 24 }
                instantRestoreDays: 7
                retention:
                  daily: { days: 30 }
          - name: vault-lrs
            region: northeurope
            redundancy: LocallyRedundant
          - name: vault-us
            region: eastus
        vms:
          - { name: vm-app-01, region: northeurope, usedGb: 40, vault: vault-grs }
          - { name: vm-erp-01, region: northeurope, usedGb: 40, vault: vault-grs, policy: Hourly4 }
          - { name: vm-new-01, region: northeurope, usedGb: 40 }
          - { name: vm-us-01, region: eastus, usedGb: 40 }
        timeline:
          - at: 2026-04-02T00:00:00Z
            do: stopProtection
            item: vm-erp-01
            mode: retainForever
        """;

    /// <summary>The protectable world's second morning: vm-erp-01's protection in vault-grs stopped six hours ago.</summary>
    public static readonly Instant ProtectableSecondMorning = Instant.FromUtc(2026, 4, 2, 6, 0);

    public static global::Simulator.Scenarios.Model.ScenarioDefinition ProtectableDefinition() => ScenarioParser.Parse(ProtectableText, "protect-from-dashboard.yaml");

    public static DashboardState Protectable(Instant at) => At(ProtectableDefinition(), at);

    /// <summary>
    /// vault-mixed keeps VM policies (DefaultPolicy, the Enhanced Hourly4) and MARS ones (FilesNightly,
    /// FilesTwiceADay) and protects vm-app-01 and fs-01; vault-vms has only DefaultPolicy, and fs-02's MARS agent is
    /// registered to it, unprotected.
    /// </summary>
    public const string MixedPoliciesText = """
        name: mixed-policies
        description: A vault with VM and MARS policies, and one with VM policies only that a MARS agent is registered to.
        seed: 5
        start: 2026-04-01T00:00:00Z
        duration: 10d
        vaults:
          - name: vault-mixed
            region: westeurope
            policies:
              - name: Hourly4
                kind: Enhanced
                timeZone: UTC
                schedule: { frequency: Hourly, interval: 4, windowStart: "08:00", windowHours: 24 }
                instantRestoreDays: 7
                retention:
                  daily: { days: 30 }
              - name: FilesNightly
                kind: Mars
                timeZone: UTC
                schedule: { frequency: Daily, times: ["22:00"] }
                retention:
                  daily: { days: 7 }
              - name: FilesTwiceADay
                kind: Mars
                timeZone: UTC
                schedule: { frequency: Daily, times: ["00:00", "12:00"] }
                retention:
                  daily: { days: 7 }
          - name: vault-vms
            region: westeurope
        vms:
          - { name: vm-app-01, region: westeurope, usedGb: 40, vault: vault-mixed }
        marsServers:
          - { name: fs-01, vault: vault-mixed, policy: FilesNightly, usedGb: 50 }
          - { name: fs-02, vault: vault-vms, usedGb: 50 }
        """;

    /// <summary>The mixed-policies world's second morning: each protected item has had its first backups.</summary>
    public static readonly Instant MixedSecondMorning = Instant.FromUtc(2026, 4, 2, 6, 0);

    public static DashboardState MixedPolicies(Instant at) => At(ScenarioParser.Parse(MixedPoliciesText, "mixed-policies.yaml"), at);

    /// <summary>Half an hour after vm-keep-01 was undeleted: vm-gone-01 soft-deleted, vm-keep-01 stopped with its data retained (it resumes at 11:00).</summary>
    public static readonly Instant SoftDeleteAfterUndelete = Instant.FromUtc(2026, 6, 13, 10, 30);

    public static DashboardState SoftDelete(Instant at) => At(ScenarioParser.Load(Path.Combine(RepositoryFiles.Scenarios, "stop-delete-soft-delete-undelete.yaml")), at);

    /// <summary>The morning after vm-app-01 was deleted (with its protection still on) and its Backup now failed.</summary>
    public static readonly Instant VmDeletedNextMorning = Instant.FromUtc(2026, 2, 12, 6, 0);

    /// <summary>A weekly GFS policy's two VMs, whose monthly and yearly points are kept for years.</summary>
    public static DashboardState GfsWeekly(Instant at) => At(ScenarioParser.Load(Path.Combine(RepositoryFiles.Scenarios, "gfs-weekly-two-vms.yaml")), at);

    public static DashboardState VmDeleted(Instant at) => At(ScenarioParser.Load(Path.Combine(RepositoryFiles.Scenarios, "vm-deleted.yaml")), at);

    /// <summary>The Enhanced 4-hourly scenario's second morning: vm-oltp-01 has had a backup every four hours since the first.</summary>
    public static readonly Instant HourlySecondMorning = Instant.FromUtc(2026, 2, 3, 10, 30);

    public static DashboardState Hourly(Instant at) => At(ScenarioParser.Load(Path.Combine(RepositoryFiles.Scenarios, "enhanced-hourly.yaml")), at);

    public static DashboardState Mars(Instant at) => At(ScenarioParser.Load(Path.Combine(RepositoryFiles.Scenarios, "mars-three-a-day.yaml")), at);

    /// <summary>The day after clocks went forward in Europe: three VMs under policies named up to 15 characters (Daily10-Resaved).</summary>
    public static readonly Instant DstDayAfter = Instant.FromUtc(2026, 3, 30, 10, 0);

    public static DashboardState Dst(Instant at) => At(ScenarioParser.Load(Path.Combine(RepositoryFiles.Scenarios, "dst-shift.yaml")), at);

    /// <summary>A world of a scenario a test wrote, paused at <paramref name="at"/>.</summary>
    public static DashboardState From(global::Simulator.Scenarios.Model.ScenarioDefinition definition, Instant at) => At(definition, at);

    private static DashboardState At(global::Simulator.Scenarios.Model.ScenarioDefinition definition, Instant at)
    {
        var world = new DashboardWorld(new ScenarioSession(definition));
        world.RunUntil(at);
        return DashboardState.Initial(world) with { Paused = true };
    }
}
