namespace Simulator.Core.Jobs;

/// <summary>The operations of Azure's <c>JobOperationType</c> that vaultsim does not simulate, told apart from a word
/// that is no operation: a person who filters Azure's jobs by them would otherwise read that they do not exist.</summary>
public static class UnsimulatedOperations
{
    private static readonly Dictionary<string, string> Why = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Restore"] = "restores are not simulated",
        ["CrossRegionRestore"] = "restores are not simulated, to the secondary region neither",
        ["Register"] = "registering a container of a workload vaultsim does not simulate (SQL or SAP HANA in a VM, Azure Files) is not simulated",
        ["UnRegister"] = "unregistering a container of a workload vaultsim does not simulate (SQL or SAP HANA in a VM, Azure Files) is not simulated",
        ["UpdateCustomerManagedKey"] = "customer-managed keys are not simulated",
    };

    /// <summary>Why no run has a job of the operation <paramref name="text"/> names (in any case, spaced as the portal
    /// writes it: <c>Cross Region Restore</c>), with that operation; null when it names none of them.</summary>
    /// <example><c>restores are not simulated, so no run has a Restore job</c></example>
    public static string? NoJobOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var name = Why.Keys.FirstOrDefault(k => string.Equals(k, string.Concat(text.Where(c => c is not (' ' or '-'))), StringComparison.OrdinalIgnoreCase));
        return name is null ? null : $"{Why[name]}, so no run has {("AEIOU".Contains(name[0], StringComparison.Ordinal) ? "an" : "a")} {name} job";
    }
}
