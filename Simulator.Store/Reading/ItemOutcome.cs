namespace Simulator.Store.Reading;

/// <summary>How one item came out of a run: its jobs by status, its points kept by tier, and the vault storage they use.</summary>
/// <param name="Vault">The vault that holds the item.</param>
/// <param name="Item">The item's name, its VM's or server's.</param>
public sealed record ItemOutcome(string Vault, string Item, IReadOnlyDictionary<string, long> JobsByStatus, IReadOnlyDictionary<string, long> PointsByTier, double StorageGb)
{
    /// <summary>True when both say the same; storage is compared to a thousandth of a GB, below what any report shows.</summary>
    public bool SameAs(ItemOutcome other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return SameCounts(JobsByStatus, other.JobsByStatus) && SameCounts(PointsByTier, other.PointsByTier) && Math.Abs(StorageGb - other.StorageGb) < 0.0005;
    }

    private static bool SameCounts(IReadOnlyDictionary<string, long> a, IReadOnlyDictionary<string, long> b) =>
        a.Keys.Union(b.Keys).All(k => a.GetValueOrDefault(k) == b.GetValueOrDefault(k));
}
