namespace Simulator.Core.Policies.AzureJson;

internal static partial class AzurePolicyReader
{
    /// <summary>Refuses the second of two policies whose names a vault can't tell apart (<see cref="BackupPolicy.NameComparer"/>),
    /// where its name is written, saying on which line the first one's is.</summary>
    /// <remarks>
    /// Azure's own list of a vault's policies never holds two such names, so a file that does was edited by hand. Read
    /// as it is, it gave a scenario importing it two policies of one name (refused there as the import clashing with
    /// itself, without the file's lines) and 'policy preview --policy' the first of the two, whichever was meant.
    /// </remarks>
    /// <param name="roots">The policies' objects, in the order <paramref name="policies"/> were read from them.</param>
    /// <param name="json">The text they were parsed from, where both names are placed.</param>
    private static void RefuseRepeatedNames(IReadOnlyList<JsonCursor> roots, IReadOnlyList<BackupPolicy> policies, string json)
    {
        // The names as the vault holds them: a resource's without its vault's part (vault1/Gold is Gold).
        var firsts = new Dictionary<string, int>(BackupPolicy.NameComparer);
        foreach (var (index, policy) in policies.Index())
        {
            if (firsts.TryAdd(policy.Name, index))
            {
                continue;
            }

            var first = policies[firsts[policy.Name]].Name;
            var firstLine = JsonSyntax.Locate(json, NamePath(roots[firsts[policy.Name]]))?.Line;
            var at = JsonSyntax.Locate(json, NamePath(roots[index]));
            var spelt = string.Equals(first, policy.Name, StringComparison.Ordinal) ? string.Empty : $" ('{first}')";
            throw new AzurePolicyJsonException(
                roots[index].Source,
                NamePath(roots[index]),
                $"'{policy.Name}' is already the name of the policy at line {firstLine}{spelt}; a vault's policy names are unique, whatever their case: rename one of the two.",
                at?.Line,
                at?.Position);
        }
    }

    private static string NamePath(JsonCursor policyRoot) => policyRoot.Path.Length == 0 ? "name" : $"{policyRoot.Path}.name";
}
