using NodaTime;
using Simulator.Core.Protection;

namespace Simulator.Core.RecoveryPoints;

/// <summary>Whether a tier still there is kept whatever its date says, and why: the one reading of decisions D3 and D4 that the dashboard and the reports share.</summary>
/// <remarks>
/// While retention is off (stopped with data retained, or soft-deleted: D4) nothing expires, whatever the policy's
/// dates say; they apply again only if protection resumes. A tier still there after its date is kept by D3 (the newest
/// point, with its snapshot) until a newer point is taken: a past date would read as a fault. And while no backup is
/// scheduled (stopped as per policy) no newer point comes, so D3 keeps the newest for good: its dates would be promises
/// the cleanup never keeps. Two tiers of other points outlive their dates too, by the rule that a vault copy can't go
/// while its snapshot exists (domain.md §5.4): a vault copy goes with its snapshot (<see cref="VaultCopyDate"/>, a date
/// that holds), and a snapshot stays while a transfer copies it to the vault, which is not the newest point's doing.
/// </remarks>
public static class KeptPastExpiry
{
    /// <summary>Why the tier of <paramref name="item"/>'s point that expires at <paramref name="expiry"/> is kept at <paramref name="now"/>; null when its date holds.</summary>
    /// <param name="isKeptAsNewest">Whether D3 protects this tier of the point: the newest point's, or the newest vault copy while the newest point is snapshot-only.</param>
    public static KeptReason? Of(ProtectedItem item, Instant expiry, Instant now, bool isKeptAsNewest)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Of(item.IsRetentionActive, item.DeleteState != DeleteState.NotDeleted, item.IsScheduleActive, expiry, now, isKeptAsNewest, item.IsResuming);
    }

    /// <summary>The same, for an item known only by its states, as a recorded run keeps them.</summary>
    /// <param name="inVault">Whether the tier asked about is a vault copy.</param>
    /// <remarks>
    /// A record does not say whether a resume's job was running, which holds expiries back for its 30 seconds too. A
    /// vault copy past its date with retention on can only be waiting for it, as no transfer holds a vault copy; a
    /// snapshot then may be waiting for either, and is told as a transfer's.
    /// </remarks>
    public static KeptReason? Of(ProtectionState state, DeleteState deleteState, Instant expiry, Instant now, bool isKeptAsNewest, bool inVault) =>
        Of(ProtectedItem.IsRetentionActiveIn(state, deleteState), deleteState != DeleteState.NotDeleted, ProtectedItem.IsScheduleActiveIn(state, deleteState), expiry, now, isKeptAsNewest, isResuming: false) switch
        {
            KeptReason.Transferring when inVault => KeptReason.Resuming,
            var reason => reason,
        };

    /// <summary>When a vault copy goes by its dates: its own expiry, or its snapshot's when the snapshot outlives it.</summary>
    /// <remarks>
    /// A vault copy can't be deleted while its snapshot exists (domain.md §5.4), so an on-demand point kept a day under
    /// two days of snapshots goes with its snapshot: that is the date to give for its vault copy, and the one
    /// <see cref="Of(ProtectedItem, Instant, Instant, bool)"/> is asked about.
    /// </remarks>
    /// <param name="vaultExpiry">The vault copy's own expiry (<see cref="Instant.MaxValue"/> for never).</param>
    /// <param name="snapshotExpiry">The expiry of its snapshot if the point still has one, else null.</param>
    public static Instant VaultCopyDate(Instant vaultExpiry, Instant? snapshotExpiry) =>
        snapshotExpiry is { } snapshot && snapshot > vaultExpiry ? snapshot : vaultExpiry;

    // A date past with retention on is D3's only for the tier it protects; any other such tier is a snapshot that a
    // running transfer holds, as a vault copy is asked about with the date its snapshot gives it (VaultCopyDate).
    // A resume's job holds retention back once the item is no longer stopped, but only for the tiers past their dates,
    // which it cleans up when it completes; a date still to come holds. A live item says so; a record does not (see above).
    private static KeptReason? Of(bool isRetentionActive, bool isSoftDeleted, bool isScheduleActive, Instant expiry, Instant now, bool isKeptAsNewest, bool isResuming) =>
        !isRetentionActive ? (isSoftDeleted ? KeptReason.SoftDeleted : isResuming ? (expiry <= now ? KeptReason.Resuming : null) : KeptReason.ProtectionStopped)
        : isKeptAsNewest && (expiry <= now || !isScheduleActive) ? KeptReason.NewestPoint
        : expiry <= now ? KeptReason.Transferring
        : null;
}
