using NodaTime;
using Simulator.Core;
using Simulator.Core.DataSources;
using Simulator.Core.Policies;
using Simulator.Core.Service;
using Simulator.Scenarios.Model;

namespace Simulator.Scenarios.Parsing;

/// <summary>What the core says of a timeline step whatever the run has done before it: asked of a world built from the
/// file with nothing protected in it, which never runs.</summary>
/// <remarks>
/// The world holds the file's vaults with their policies, and the data sources the steps name, added when first asked
/// about. With nothing protected, a refusal it gives can't depend on the run: a VM in another region, a server whose
/// agent is registered elsewhere, a policy of a kind the item can't take. A vault's policies change only through
/// <c>updatePolicy</c> steps, saved here in the order written, as the run saves them. The probe also keeps the vaults
/// each data source can have an item in by the step being read: where it is protected at the start, and where a
/// <c>configureProtection</c> step above protects it; and which vaults' redundancy is locked by then (see
/// <see cref="SetRedundancy"/>); and the management jobs the file itself starts on each item, which refuse another
/// operation on it until they complete (see <see cref="OperationAt"/>), with the <c>setSoftDelete</c> steps that decide
/// whether data a job deletes sits in soft delete after (see <see cref="SoftDeleted"/>). The world is built on first
/// use: most files never ask. It is seeded as the run is, with the file's seed or the <c>--seed</c> that overrides it:
/// nothing it answers reads a draw today (it never runs, and no refusal it gives names a job), but one that did would
/// otherwise judge another world than the run's.
/// </remarks>
internal sealed partial class TimelineProbe(Instant start, long seed, SimulationSettings settings, IReadOnlyList<VaultDefinition> vaults, IReadOnlyList<DataSourceDefinition> sources)
{
    private readonly Dictionary<string, HashSet<string>> _protectedBySteps = new(StringComparer.OrdinalIgnoreCase);
    private Simulation? _world;
    private Dictionary<string, DataSourceDefinition>? _definitions;

    /// <summary>The definition of the VM or server of that name, or null when the file defines none.</summary>
    public DataSourceDefinition? Definition(string name)
    {
        _definitions ??= sources.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        return _definitions.GetValueOrDefault(name);
    }

    /// <summary>The vaults the data source can have an item in by the step being read, in the order it got them.</summary>
    public IReadOnlyList<string> VaultsWithItem(string source)
    {
        var result = new List<string>();
        if (Definition(source) is { Vault: { } vault, Policy: not null })
        {
            result.Add(vault);
        }

        if (_protectedBySteps.TryGetValue(source, out var bySteps))
        {
            result.AddRange(bySteps.Where(v => !result.Contains(v, StringComparer.OrdinalIgnoreCase)));
        }

        return result;
    }

    /// <summary>Notes a <c>configureProtection</c> step: from the next step on, the data source can have an item in the
    /// vault, its name alone means that item, and the vault's redundancy is locked.</summary>
    public void Protected(string source, string vault)
    {
        Lock(vault);
        _protectedLast[source] = vault;
        if (!_protectedBySteps.TryGetValue(source, out var set))
        {
            _protectedBySteps[source] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        }

        set.Add(vault);
    }

    /// <summary>Why the core refuses ever to protect the data source in the vault; null when it may, or when either is unknown.</summary>
    public OperationRefusedException? ConfigureProtectionRefusal(string vault, string source) =>
        World.FindVault(vault) is { } v && Source(source) is { } s ? World.ConfigureProtectionRefusal(v, s) : null;

    /// <summary>The vault's policy of that name as the steps read so far leave it; null when it has none.</summary>
    public BackupPolicy? Policy(string vault, string policy) => World.FindVault(vault)?.FindPolicy(policy);

    /// <summary>Why the core refuses the policy for the data source whatever its history; null when it fits, or the source is unknown.</summary>
    public string? PolicyRefusal(string source, BackupPolicy policy) =>
        Source(source) is { } s ? World.PolicyRefusal(s, policy) : null;

    /// <summary>Saves the policy in the vault as an <c>updatePolicy</c> step does; the core's refusal, or null when it is saved.</summary>
    public OperationRefusedException? Save(string vault, BackupPolicy policy) =>
        World.FindVault(vault) is { } v ? RefusalOf(() => World.SavePolicy(v, policy)) : null;

    private Simulation World => _world ??= Build();

    /// <summary>The file's vaults and policies, as <c>WorldBuilder</c> creates them; one the core refuses (its mistake is
    /// reported where it is defined) is left out.</summary>
    private Simulation Build()
    {
        var world = new Simulation(start, seed, settings);
        foreach (var definition in vaults)
        {
            if (Attempt(() => world.CreateVault(definition.Name, definition.Region, definition.Redundancy, definition.SoftDeleteEnabled, definition.SoftDeleteDays, definition.CrossRegionRestore)) is not { } vault)
            {
                continue;
            }

            foreach (var policy in definition.Policies)
            {
                Attempt(() => world.SavePolicy(vault, policy));
            }
        }

        _world = world;
        foreach (var vault in sources.Where(s => s.Policy is not null).Select(s => s.Vault).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase))
        {
            Lock(vault);
        }

        // A MARS server is registered to its vault from the start, which locks the vault's redundancy as protection does.
        foreach (var server in sources.Where(s => s.Mars is not null && s.Vault is not null))
        {
            Source(server.Name);
        }

        return world;
    }

    private DataSource? Source(string name)
    {
        if (World.FindDataSource(name) is { } added)
        {
            return added;
        }

        return Definition(name) switch
        {
            { Mars: { } server, Vault: { } vault } => World.FindVault(vault) is { } v ? Attempt(() => World.AddMarsServer(server, v)) : null,
            { Vm: { } vm } => Attempt(() => World.AddVirtualMachine(vm)),
            _ => null,
        };
    }

    /// <summary>Carries out a step's command on the probe's world: the core's refusal, or null when it was done.</summary>
    private static OperationRefusedException? RefusalOf(Action command)
    {
        try
        {
            command();
            return null;
        }
        catch (OperationRefusedException refusal)
        {
            return refusal;
        }
    }

    private static T? Attempt<T>(Func<T> command)
        where T : class
    {
        try
        {
            return command();
        }
        catch (Exception e) when (e is OperationRefusedException or ArgumentException)
        {
            return null;
        }
    }
}
