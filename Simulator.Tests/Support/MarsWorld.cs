using NodaTime;
using Simulator.Core;
using Simulator.Core.DataSources;
using Simulator.Core.Policies;
using Simulator.Core.Protection;
using Simulator.Core.Vaults;

namespace Simulator.Tests.Support;

/// <summary>A vault with one MARS server protected under a given MARS policy.</summary>
internal sealed class MarsWorld
{
    private MarsWorld(Simulation simulation, Vault vault, MarsServer server, ProtectedItem item)
    {
        Simulation = simulation;
        Vault = vault;
        Server = server;
        Item = item;
    }

    public Simulation Simulation { get; }

    public Vault Vault { get; }

    public MarsServer Server { get; }

    public ProtectedItem Item { get; }

    /// <summary>Starts one second before <paramref name="start"/>, so a run due exactly then is the first one.</summary>
    public static MarsWorld Create(Instant start, BackupPolicy policy, MarsServerSpec? spec = null)
    {
        var simulation = new Simulation(start - Duration.FromSeconds(1), seed: 7);
        var vault = simulation.CreateVault("vault-mars", "westeurope");
        simulation.SavePolicy(vault, policy);
        var server = simulation.AddMarsServer(spec ?? new MarsServerSpec("fs-01") { UsedSizeGb = 10, DailyChurnGb = 1, ThroughputMBps = 100 }, vault);
        var item = simulation.ConfigureProtection(vault, server, policy.Name);
        return new MarsWorld(simulation, vault, server, item);
    }
}
