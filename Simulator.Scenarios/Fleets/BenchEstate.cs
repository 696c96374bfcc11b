using System.Globalization;
using NodaTime;
using Simulator.Core;
using Simulator.Core.Policies;
using Simulator.Core.Service;
using Simulator.Core.Vaults;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Running;

namespace Simulator.Scenarios.Fleets;

/// <summary>A realistic estate for measuring the simulator: generated VMs, 1,000 per vault, across six regions.</summary>
/// <remarks>
/// Everything derives from <see cref="Seed"/>, so the same size gives the same estate on every machine. The VMs come
/// from <see cref="FleetGenerator"/>, one fleet per vault; a few are deallocated or have a broken agent, as in a
/// real estate, so failure paths run too.
/// </remarks>
public static class BenchEstate
{
    public const long Seed = 2026;

    /// <summary>Azure's limit of VMs per Recovery Services vault.</summary>
    public const int VmsPerVault = 1_000;

    /// <summary>Finished jobs kept in the job list: about a day of a 10,000-VM estate, so history leaves the heap.</summary>
    public const int JobHistoryLimit = 10_000;

    public static readonly Instant Start = Instant.FromUtc(2026, 1, 1, 0, 0);

    /// <summary>What a recorded benchmark names as its scenario file: it has none, its estate is generated.</summary>
    public const string ScenarioFile = "vaultsim bench";

    private static readonly string[] Regions = ["westeurope", "northeurope", "eastus", "westus2", "southeastasia", "australiaeast"];

    private static readonly string[] RegionCodes = ["weu", "neu", "eus", "wus2", "sea", "ae"];

    /// <summary>The settings a benchmark runs with: the defaults, with a bounded job list.</summary>
    public static SimulationSettings Settings { get; } = new() { JobHistoryLimit = JobHistoryLimit };

    /// <summary>Creates the estate's vaults, policy and VMs in <paramref name="simulation"/>, and protects every VM.</summary>
    public static void Build(Simulation simulation, int vms, EstatePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        var (vaults, sources) = Estate(vms, policy);
        WorldBuilder.Build(simulation, vaults, sources);
    }

    /// <summary>The estate as a scenario of <paramref name="days"/> with no steps, so that a recorded benchmark can be reopened in the dashboard.</summary>
    /// <remarks>Its world is built by the same calls as <see cref="Build"/>, so a session on it replays the benchmark event for event.</remarks>
    public static ScenarioDefinition Definition(int vms, int days, EstatePolicy policy)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var (vaults, sources) = Estate(vms, policy);
        var header = new ScenarioHeader(
            Name(vms, days, policy),
            $"A benchmark estate: {CountText.Grouped(vms, "VM")} for {CountText.Grouped(days, "day")} under {PolicyName(policy)}.",
            [],
            Seed,
            Start,
            Start + Duration.FromDays(days),
            DateTimeZone.Utc,
            DstMode.Fixed);
        return new ScenarioDefinition(ScenarioFile, header, Settings, vaults, sources, [], []);
    }

    /// <summary>The name a run of this estate is recorded under.</summary>
    public static string Name(int vms, int days, EstatePolicy policy) =>
        string.Create(CultureInfo.InvariantCulture, $"bench-{vms}x{days}-{policy}").ToLowerInvariant();

    /// <summary>The name of the policy the estate's VMs use, as the output calls it.</summary>
    public static string PolicyName(EstatePolicy policy) => Policy(policy)?.Name ?? BackupPolicy.DefaultPolicyName;

    private static (List<VaultDefinition> Vaults, List<DataSourceDefinition> Sources) Estate(int vms, EstatePolicy policy)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(vms, 1);
        var vaults = Vaults(vms, policy);
        var sources = new List<DataSourceDefinition>(vms);
        for (var i = 0; i < vaults.Count; i++)
        {
            var fleet = Fleet(i, Math.Min(VmsPerVault, vms - (i * VmsPerVault)), vaults[i], policy);
            sources.AddRange(FleetGenerator.Generate(Seed, fleet, [vaults[i]]));
        }

        return (vaults, sources);
    }

    /// <summary>The policy the estate's VMs use; null for the vault's own DefaultPolicy.</summary>
    public static BackupPolicy? Policy(EstatePolicy policy) => policy switch
    {
        EstatePolicy.Default => null,
        EstatePolicy.Gfs => Daily("Bench-GFS") with
        {
            Retention = new RetentionPolicy(
                new DailyRetention(30),
                new WeeklyRetention(12, [IsoDayOfWeek.Sunday]),
                new MonthlyRetention(60, DayOfMonthSelector.ByWeeks([WeekOfMonth.First], [IsoDayOfWeek.Sunday])),
                new YearlyRetention(10, [1], DayOfMonthSelector.ByWeeks([WeekOfMonth.First], [IsoDayOfWeek.Sunday]))),
        },
        EstatePolicy.Enhanced => Daily("Bench-Enhanced-4h") with
        {
            Kind = PolicyKind.Enhanced,
            Schedule = BackupSchedule.HourlyEvery(4, new LocalTime(8, 0), 24),
            InstantRestoreDays = 7,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "Unknown estate policy."),
    };

    private static List<VaultDefinition> Vaults(int vms, EstatePolicy policy)
    {
        var policies = Policy(policy) is { } custom ? new[] { custom } : [];
        var count = (vms + VmsPerVault - 1) / VmsPerVault;
        return [.. Enumerable.Range(0, count).Select(i => new VaultDefinition(
            $"bench-{RegionCodes[i % Regions.Length]}-{i + 1:000}",
            Regions[i % Regions.Length],
            StorageRedundancy.GeoRedundant,
            SoftDeleteEnabled: true,
            Vault.DefaultSoftDeleteDays,
            CrossRegionRestore: false,
            policies))];
    }

    private static FleetSpec Fleet(int index, int count, VaultDefinition vault, EstatePolicy policy) => new()
    {
        Name = $"b{index + 1:000}",
        Count = count,
        NamePattern = "vm-{name}-{word}-{n:0000}",
        Vaults = [vault],
        Policy = Policy(policy)?.Name,
        WindowsPercent = 60,
        UsedGb = new ValueRange(32, 1024),
        ChurnGb = new ValueRange(0.5, 20),
        ThroughputMBps = new ValueRange(20, 150),
        DeallocatedPercent = 5,
        AgentMissingPercent = 1,
        AgentUnhealthyPercent = 1,
    };

    private static BackupPolicy Daily(string name) => new()
    {
        Name = name,
        Kind = PolicyKind.Standard,
        Schedule = BackupSchedule.Daily(new LocalTime(2, 0)),
        Retention = new RetentionPolicy(new DailyRetention(30)),
        InstantRestoreDays = 2,
        TimeZoneId = "UTC",
        TimeZone = DateTimeZone.Utc,
        SavedAt = Start,
    };
}
