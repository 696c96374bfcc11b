using NodaTime;
using Simulator.Core.RecoveryPoints;

namespace Simulator.Store.Reading;

/// <summary>How one item came out of a run: its jobs by status, its points kept by tier and by retention tag, when they expire, and the vault storage they use.</summary>
/// <param name="Vault">The vault that holds the item.</param>
/// <param name="Item">The item's name, its VM's or server's.</param>
/// <param name="PointsByTag">
/// The points kept by the rule that tagged them: two runs under policies that differ only in a weekly or monthly rule keep as
/// many points in the same tiers, with the same storage, for weeks, and differ only here.
/// </param>
/// <param name="Expiries">
/// The points kept, oldest first, each by its time and when the tier it is in expires (<see cref="PointRecord.Expiry"/>), or,
/// for a tier kept whatever its date says, no date and why (<see cref="PointRecord.KeptBy"/>): two runs under retentions that
/// differ only in length keep the same points, tiers and storage until the shorter ends, and a run stopped retaining its
/// data forever keeps its newest point as one stopped retaining as per policy does, for another reason.
/// </param>
public sealed record ItemOutcome(
    string Vault, string Item, IReadOnlyDictionary<string, long> JobsByStatus, IReadOnlyDictionary<string, long> PointsByTier, IReadOnlyDictionary<string, long> PointsByTag,
    IReadOnlyList<(Instant Time, Instant? Expiry, KeptReason? KeptBy)> Expiries, double StorageGb)
{
    /// <summary>The item's jobs that ended with an error, by its code: two runs can fail as many jobs for other reasons.</summary>
    public IReadOnlyDictionary<string, long> ErrorsByCode { get; init; } = new Dictionary<string, long>();

    /// <summary>The item's jobs by what they did and how they ended: two runs can end as many jobs alike, with the same errors, where one backed up by its schedule and the other on demand.</summary>
    public IReadOnlyDictionary<JobKind, long> JobsByKind { get; init; } = new Dictionary<JobKind, long>();

    /// <summary>The time its finished jobs took together: a VM whose transfers are slower completes as many jobs, keeps the same points and storage, and differs only here.</summary>
    public Duration JobTime { get; init; }
}
