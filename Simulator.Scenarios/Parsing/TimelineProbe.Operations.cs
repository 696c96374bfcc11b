using Simulator.Core.Jobs;
using Simulator.Core.Protection;
using Simulator.Scenarios.Model;

namespace Simulator.Scenarios.Parsing;

internal sealed partial class TimelineProbe
{
    /// <summary>The newest job the file starts on each item, keyed by <c>vault/name</c>.</summary>
    private readonly Dictionary<string, ItemOperation> _operations = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The vault each data source was protected in last (configured or resumed) by the steps read so far.</summary>
    private readonly Dictionary<string, string> _protectedLast = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The vault of the item a reference means by the step being read; null when the data source has none.</summary>
    /// <remarks>
    /// <c>vault/name</c> names its vault. A name alone means the data source's current item, which the core takes to be
    /// the one whose schedule is active, else the one protected last (<c>Simulation.FindItem</c>): the active one is
    /// always the one protected last, since protecting or resuming another while one is active is refused. So it is the
    /// vault of the last <c>configureProtection</c> or <c>resumeProtection</c> step above, else where the file protects
    /// the data source at the start.
    /// </remarks>
    public string? VaultOf(ItemReference reference) =>
        reference.Vault
        ?? _protectedLast.GetValueOrDefault(reference.DataSource)
        ?? (Definition(reference.DataSource) is { Vault: { } vault, Policy: not null } ? vault : null);

    /// <summary>Notes a <c>resumeProtection</c> step: from the next step on, the data source's name alone means its item in the vault.</summary>
    public void Resumed(string source, string vault) => _protectedLast[source] = vault;

    /// <summary>The job the file has started on the data source's item in the vault that still runs when a step
    /// running at <paramref name="at"/> comes, whatever the run does before it; null when none does, or only the run knows.</summary>
    public ItemOperation? OperationAt(string vault, string source, EarliestRun at) =>
        NewestOperation(vault, source) is { } job && job.Holds(at) ? job : null;

    /// <summary>The vault, and the job, of the data source's item whose backup data a job the file started deletes or
    /// undeletes when a step running at <paramref name="at"/> comes; null when none does, or only the run knows.</summary>
    /// <remarks>The core refuses to protect the data source while one does, in any vault, its own included
    /// (<c>Simulation.AlreadyProtectedReason</c>).</remarks>
    public (string Vault, ItemOperation Job)? DataChanging(string source, EarliestRun at)
    {
        foreach (var vault in VaultsWithItem(source))
        {
            if (OperationAt(vault, source, at) is { Operation: JobOperation.DeleteBackupData or JobOperation.Undelete } changing)
            {
                return (vault, changing);
            }
        }

        return null;
    }

    /// <summary>Notes the job a step starts on the data source's item in the vault when it runs at <paramref name="at"/>.</summary>
    public void Started(string vault, string source, JobOperation operation, EarliestRun at, ActionVerb verb, int line) =>
        _operations[Key(vault, source)] = new ItemOperation(operation, at, settings.OperationDuration, (verb, line));

    /// <summary>The newest job the file has started on the data source's item in the vault; null when it has started none.</summary>
    /// <remarks>An item protected at the start runs its ConfigureBackup job from the start, as the world is built.</remarks>
    private ItemOperation? NewestOperation(string vault, string source) =>
        _operations.TryGetValue(Key(vault, source), out var started) ? started
            : Definition(source) is { Vault: { } protectedIn, Policy: not null } && string.Equals(protectedIn, vault, StringComparison.OrdinalIgnoreCase)
                ? new ItemOperation(JobOperation.ConfigureBackup, EarliestRun.AtStart(start), settings.OperationDuration, Step: null)
                : null;

    private static string Key(string vault, string source) => new ItemReference(vault, source).ToString();
}
