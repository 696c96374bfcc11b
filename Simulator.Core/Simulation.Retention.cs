using NodaTime;
using Simulator.Core.Engine;
using Simulator.Core.Jobs;
using Simulator.Core.Journal;
using Simulator.Core.Policies;
using Simulator.Core.Protection;
using Simulator.Core.RecoveryPoints;
using Simulator.Core.Service;

namespace Simulator.Core;

public sealed partial class Simulation
{
    private RecoveryPoint CreatePoint(BackupJob job)
    {
        var item = job.Item;
        var policy = item.Policy;
        var time = job.Start;
        var (tag, vaultExpiry, matched) = (job.Trigger, job.Transfer, job.Run) switch
        {
            (BackupTrigger.OnDemand, _, _) => (RetentionTag.OnDemand, job.RetainUntil!.Value, RetentionRules.None),
            (_, null, _) => (RetentionTag.None, time, RetentionRules.None),
            (_, _, { } run) when RetentionCalculator.Decide(policy, run, time) is { } decision => (decision.Tag, decision.VaultExpiry, decision.Matched),
            _ => (RetentionTag.None, time, RetentionRules.None),
        };
        Instant? snapshotExpiry = policy.InstantRestoreDays > 0 ? time + Duration.FromDays(policy.InstantRestoreDays) : null;
        var point = new RecoveryPoint(_nextPointId++, item, time, ConsistencyOf(item.DataSource), tag, matched, isFull: item.OwesFullCopy, snapshotExpiry, vaultExpiry);
        item.AddPoint(point);
        if (Journal.HasSubscribers)
        {
            Journal.Publish(JournalEntry.PointCreated(Now, item.Vault.Name.Value, item.Name, point.Id, point.Time, EnumText.Of(tag), EnumText.Of(point.Consistency), point.IsFull, snapshotExpiry, vaultExpiry, item.Number));
        }
        if (snapshotExpiry is { } expiry)
        {
            ScheduleExpiry(point, expiry, EventKind.SnapshotExpiry);
        }

        if (item.HasDeferredExpiry)
        {
            Sweep(item);
        }

        return point;
    }

    private void ScheduleExpiry(RecoveryPoint point, Instant at, EventKind kind)
    {
        if (at != Instant.MaxValue)
        {
            Schedule(Instant.Max(at, Now), EventPriority.Expiry, kind, point);
        }
    }

    private void OnExpiry(RecoveryPoint point) => ExpireTiers(point);

    /// <summary>Removes the tiers of a point that are due, under decisions D3 and D4.</summary>
    /// <remarks>
    /// Expiry events are not removed from the queue when an expiry moves; each one simply re-checks the point, so a
    /// stale event does nothing. A vault copy waits for its snapshot (a vault point can't go while its snapshot
    /// exists), and a snapshot waits for a running transfer that copies from it.
    /// </remarks>
    private void ExpireTiers(RecoveryPoint point)
    {
        if (ExpireDueTiers(point))
        {
            PublishFullCopyHolder(point.Item);
        }
    }

    /// <summary>The work of <see cref="ExpireTiers"/>, without telling the journal who holds the full copy now.</summary>
    /// <returns>True when the journal is heard and the point's vault copy, which held the item's full copy, went.</returns>
    private bool ExpireDueTiers(RecoveryPoint point)
    {
        var item = point.Item;
        if (point.IsGone || !item.IsRetentionActive)
        {
            return false;
        }

        var snapshotDue = point.SnapshotExpiry <= Now && !point.IsTransferring;
        var vaultDue = point.InVault && point.PlannedVaultExpiry <= Now;
        if (!snapshotDue && !vaultDue)
        {
            return false;
        }

        // The newest point keeps its snapshot past its instant-restore days too, until a newer point exists: Azure's
        // cleanup keeps "at least one latest recovery point" with its snapshot (domain.md §5.4), hence its n+1 snapshots.
        var guarded = IsKeptForever(point);
        if (snapshotDue && !(guarded && point == item.LatestRecoveryPoint))
        {
            point.DropSnapshot();
        }

        var handsOnFullCopy = false;
        if (vaultDue && !point.HasSnapshot && !guarded)
        {
            // Asked before the copy goes, and only for the journal: the state itself needs no other point (see
            // ProtectedItem.HoldsExpiredFullCopy), while the journal names the point that holds the full copy now.
            handsOnFullCopy = Journal.HasSubscribers && point.IsFull;
            point.DropVaultCopy();
            item.VaultCopyDropped(point);
        }

        if (guarded && (point.SnapshotExpiry <= Now || (point.InVault && point.PlannedVaultExpiry <= Now)))
        {
            item.HasDeferredExpiry = true;
        }

        if (point.IsGone)
        {
            item.RemovePoint(point);
            if (Journal.HasSubscribers)
            {
                Journal.Publish(JournalEntry.PointDeleted(Now, item.Vault.Name.Value, item.Name, point.Id, RecoveryPointDeleted.Expired));
            }
        }
        else if (snapshotDue && !point.HasSnapshot)
        {
            if (Journal.HasSubscribers)
            {
                Journal.Publish(JournalEntry.PointTierChanged(Now, item.Vault.Name.Value, item.Name, point.Id, EnumText.Of(point.Tier), RecoveryPointTierChanged.SnapshotExpired, point.VaultSizeGb));
            }
        }

        return handsOnFullCopy;
    }

    /// <summary>Tells the journal that the point's vault copy arrived, and whether it is the item's full copy: the point is full from then on.</summary>
    /// <remarks>The one place the journal says a point is full when its copy arrives; a snapshot is never told full (see <see cref="RecoveryPoint.IsFull"/>).</remarks>
    private void PublishVaultCopy(RecoveryPoint point)
    {
        if (Journal.HasSubscribers)
        {
            var item = point.Item;
            var reason = point.IsFull ? RecoveryPointTierChanged.FullCopyTransferredToVault : RecoveryPointTierChanged.TransferredToVault;
            Journal.Publish(JournalEntry.PointTierChanged(Now, item.Vault.Name.Value, item.Name, point.Id, EnumText.Of(point.Tier), reason, point.VaultSizeGb));
        }
    }

    /// <summary>Tells the journal which vault point holds the item's full copy now that the one holding it expired (domain.md §5.4).</summary>
    /// <remarks>Told after the expired point's deletion, and once per sweep: a cleanup of many points hands the copy on to the last.</remarks>
    private void PublishFullCopyHolder(ProtectedItem item)
    {
        if (item.ExpiredFullCopyHolder() is { IsTakenFull: false } holder)
        {
            Journal.Publish(JournalEntry.PointTierChanged(Now, item.Vault.Name.Value, item.Name, holder.Id, EnumText.Of(holder.Tier), RecoveryPointTierChanged.BecameFullBaseline, holder.VaultSizeGb));
        }
    }

    private static bool IsKeptForever(RecoveryPoint point) => point.Item.IsKeptAsNewest(point);

    /// <summary>Re-checks every point of the item, after a guard was lifted or a policy changed.</summary>
    private void Sweep(ProtectedItem item)
    {
        item.HasDeferredExpiry = false;

        // Oldest first, as before, without copying the list: ExpireTiers removes at most the point it is given, and
        // then the next one has moved into its place.
        var points = item.RecoveryPoints;
        var handedOn = false;
        for (var i = 0; i < points.Count;)
        {
            var count = points.Count;
            handedOn |= ExpireDueTiers(points[i]);
            if (points.Count == count)
            {
                i++;
            }
        }

        if (handedOn)
        {
            PublishFullCopyHolder(item);
        }
    }

    /// <summary>Recomputes vault expiries under a changed policy (domain.md §2.7), then cleans what is now due.</summary>
    /// <remarks>
    /// Points keep the tag they were given. While the rule of its tag still exists, a point's new expiry, longer or
    /// shorter, is the longest of the rules it matched when taken (decision D2), as a new point's would be; daily
    /// points without a daily rule any more are cleaned up; other tags without a rule keep the days they had.
    /// </remarks>
    private void Reapply(ProtectedItem item, BackupPolicy policy)
    {
        foreach (var point in item.RecoveryPoints)
        {
            if (point.Tag is RetentionTag.None or RetentionTag.OnDemand)
            {
                continue;
            }

            var expiry = RetentionCalculator.ExpiryForTag(policy, point.Tag, point.MatchedRules, point.Time) ?? (point.Tag == RetentionTag.Daily ? Now : point.PlannedVaultExpiry);
            if (expiry != point.PlannedVaultExpiry)
            {
                point.SetPlannedVaultExpiry(expiry);
                if (Journal.HasSubscribers)
                {
                    Journal.Publish(JournalEntry.PointRetentionChanged(Now, item.Vault.Name.Value, item.Name, point.Id, expiry));
                }
                if (point.InVault)
                {
                    ScheduleExpiry(point, expiry, EventKind.VaultExpiry);
                }
            }
        }

        Sweep(item);
    }
}
