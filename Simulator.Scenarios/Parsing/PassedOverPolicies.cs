using Simulator.Core.Policies.AzureJson;

namespace Simulator.Scenarios.Parsing;

/// <summary>The policy files each vault imported, to tell a policy one of them passed over, as one of a workload
/// vaultsim does not simulate, from a name that no file holds.</summary>
/// <remarks>A vault's list from Azure (<c>az backup policy list</c>) holds its SQL and Azure Files policies too: a
/// trainer who names one was told only that the vault has no such policy, though the file plainly lists it.</remarks>
internal sealed class PassedOverPolicies
{
    private readonly Dictionary<string, List<(string File, string Json)>> _imports = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Notes that <paramref name="vault"/> imported <paramref name="json"/> from <paramref name="file"/>, as the scenario names it.</summary>
    public void Imported(string vault, string file, string json)
    {
        if (!_imports.TryGetValue(vault, out var files))
        {
            _imports[vault] = files = [];
        }

        files.Add((file, json));
    }

    /// <summary>Why the vault (any vault when null) has no policy <paramref name="policy"/> though a file it imported lists
    /// it; null when none does.</summary>
    public string? Why(string? vault, string policy)
    {
        var imports = vault is null ? _imports.Values.SelectMany(files => files) : _imports.GetValueOrDefault(vault) ?? [];
        return imports.Select(i => AzurePolicyJson.PassedOver(i.Json, policy) is { } passed
                ? $"{i.File} lists '{passed.Name}', but as {passed.Reason}, so its import passed it over."
                : null)
            .FirstOrDefault(why => why is not null);
    }
}
