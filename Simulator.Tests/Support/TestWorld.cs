using NodaTime;
using Simulator.Core;
using Simulator.Core.DataSources;
using Simulator.Core.Journal;
using Simulator.Core.Protection;
using Simulator.Core.Vaults;

namespace Simulator.Tests.Support;

/// <summary>A small world for core tests: one vault in West Europe and one VM protected under DefaultPolicy.</summary>
internal sealed class TestWorld
{
    public static readonly Instant Start = Instant.FromUtc(2026, 1, 1, 0, 0);

    /// <summary>When the world is built: a minute before <see cref="Start"/>, so that the item's ConfigureBackup job has completed when a test begins.</summary>
    /// <remarks>An item refuses every operation while one of its management jobs runs (30 seconds by default).</remarks>
    public static readonly Instant Built = Start - Duration.FromMinutes(1);

    public TestWorld(VmSpec? spec = null, long seed = 42, bool protect = true)
    {
        Simulation = new Simulation(Built, seed);
        Journal = new JournalRecorder(Simulation.Journal);
        Vault = Simulation.CreateVault("vault-weu", "westeurope");
        Vm = Simulation.AddVirtualMachine(spec ?? new VmSpec("vm-web-01", "westeurope"));
        if (protect)
        {
            Item = Simulation.ConfigureProtection(Vault, Vm);
        }

        Simulation.RunUntil(Start);
    }

    public Simulation Simulation { get; }

    public JournalRecorder Journal { get; }

    public Vault Vault { get; }

    public AzureVm Vm { get; }

    public ProtectedItem Item { get; } = null!;

    public Instant Day(int day, int hour = 0) => Start + Duration.FromDays(day) + Duration.FromHours(hour);

    public void RunToDay(int day, int hour = 0) => Simulation.RunUntil(Day(day, hour));

    /// <summary>Runs the clock until a management job asked just now has completed, as a person waits before the next action.</summary>
    public void WaitForOperation() => Simulation.RunFor(Simulation.Settings.OperationDuration);

    public string JournalText => JournalFormatter.Format(Journal.Events);
}
