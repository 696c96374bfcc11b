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

    public TestWorld(VmSpec? spec = null, long seed = 42, bool protect = true)
    {
        Simulation = new Simulation(Start, seed);
        Journal = new JournalRecorder(Simulation.Journal);
        Vault = Simulation.CreateVault("vault-weu", "westeurope");
        Vm = Simulation.AddVirtualMachine(spec ?? new VmSpec("vm-web-01", "westeurope"));
        if (protect)
        {
            Item = Simulation.ConfigureProtection(Vault, Vm);
        }
    }

    public Simulation Simulation { get; }

    public JournalRecorder Journal { get; }

    public Vault Vault { get; }

    public AzureVm Vm { get; }

    public ProtectedItem Item { get; } = null!;

    public Instant Day(int day, int hour = 0) => Start + Duration.FromDays(day) + Duration.FromHours(hour);

    public void RunToDay(int day, int hour = 0) => Simulation.RunUntil(Day(day, hour));

    public string JournalText => JournalFormatter.Format(Journal.Events);
}
