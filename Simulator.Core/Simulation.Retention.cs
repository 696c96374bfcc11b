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
    /// <summary>Takes the job's point and schedules its snapshot's expiry.</summary>
    /// <returns>The point's id.</returns>
    private long CreatePoint(BackupJob job)
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

        // D10: while a day's copy is owed, the next copy sent ("the first backup of the next day is transferred", or
        // the day's own vault run, or a Backup now) stands in for it, and keeps what it would have kept: a Sunday's
        // weekly role is not lost to a failed transfer, as a failed MARS backup's is not (domain.md §3).
        if (policy.Schedule?.Frequency == ScheduleFrequency.Hourly && job.Transfer is not null && item.OwedCopyDate is { } owedDate
            && RetentionCalculator.Decide(policy, owedDate, time) is { } owed)
        {
            (tag, vaultExpiry, matched) = new RetentionDecision(tag, vaultExpiry, matched).StandingIn(owed);
        }

        var point = new PointState(_nextPointId++, time, ConsistencyOf(item.DataSource), tag, matched, isFull: item.OwesFullCopy, Math.Max(policy.InstantRestoreDays, 0), vaultExpiry);
        item.AddPoint(point);
        if (Journal.HasSubscribers)
        {
            PublishPointCreated(item, point, point.SnapshotExpiry, vaultExpiry);
        }
        if (point.SnapshotExpiry is { } expiry)
        {
            ScheduleExpiry(item, point.Id, expiry, EventKind.SnapshotExpiry);
        }

        if (item.HasDeferredExpiry)
        {
            Sweep(item);
        }

        return point.Id;
    }

    /// <remarks>The event names the item, and the point by its id as the event's version: the point is a value in the simulation's log.</remarks>
    private void ScheduleExpiry(ProtectedItem item, long pointId, Instant at, EventKind kind)
    {
        if (at != Instant.MaxValue)
        {
            Schedule(Instant.Max(at, Now), EventPriority.Expiry, kind, item, pointId);
        }
    }

    private void OnExpiry(ProtectedItem item, long pointId) => ExpireTiers(item, pointId);

    /// <summary>Removes the tiers of a point that are due, under decisions D3 and D4.</summary>
    /// <remarks>
    /// Expiry events are not removed from the queue when an expiry moves; each one simply re-checks the point, so a
    /// stale event does nothing, nor does one of a point that has left. A vault copy waits for its snapshot (a vault
    /// point can't go while its snapshot exists), and a snapshot waits for a running transfer that copies from it.
    /// </remarks>
    private void ExpireTiers(ProtectedItem item, long pointId)
    {
        if (item.IndexOfPoint(pointId) is var index and >= 0 && ExpireDueTiers(item, index))
        {
            PublishFullCopyHolder(item);
        }
    }

    /// <summary>The work of <see cref="ExpireTiers"/> for the item's point at <paramref name="index"/>, without telling the journal who holds the full copy now.</summary>
    /// <returns>True when the journal is heard and the point's vault copy, which held the item's full copy, went.</returns>
    private bool ExpireDueTiers(ProtectedItem item, int index)
    {
        ref var point = ref item.PointAt(index);
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
        var guarded = item.IsKeptAsNewest(point.Id);
        if (snapshotDue && !(guarded && point.Id == item.Points.NewestId))
        {
            point.HasSnapshot = false;
        }

        var handsOnFullCopy = false;
        if (vaultDue && !point.HasSnapshot && !guarded)
        {
            // Asked before the copy goes, and only for the journal: the state itself needs no other point (see
            // ProtectedItem.HoldsExpiredFullCopy), while the journal names the point that holds the full copy now.
            handsOnFullCopy = Journal.HasSubscribers && item.IsFull(point);
            point.InVault = false;
            item.VaultCopyDropped(point);
        }

        if (guarded && (point.SnapshotExpiry <= Now || (point.InVault && point.PlannedVaultExpiry <= Now)))
        {
            item.HasDeferredExpiry = true;
        }

        if (point.IsGone)
        {
            var id = point.Id;
            item.RemovePoint(index);
            if (Journal.HasSubscribers)
            {
                PublishPointDeleted(item, id, RecoveryPointDeleted.Expired);
            }
        }
        else if (snapshotDue && !point.HasSnapshot)
        {
            if (Journal.HasSubscribers)
            {
                PublishTierChanged(item, point, RecoveryPointTierChanged.SnapshotExpired);
            }
        }

        return handsOnFullCopy;
    }

    /// <summary>Tells the journal that the point's vault copy arrived, and whether it is the item's full copy: the point is full from then on.</summary>
    /// <remarks>The one place the journal says a point is full when its copy arrives; a snapshot is never told full (see <see cref="RecoveryPoint.IsFull"/>).</remarks>
    private void PublishVaultCopy(ProtectedItem item, in PointState point)
    {
        if (Journal.HasSubscribers)
        {
            PublishTierChanged(item, point, item.IsFull(point) ? RecoveryPointTierChanged.FullCopyTransferredToVault : RecoveryPointTierChanged.TransferredToVault);
        }
    }

    /// <summary>Tells the journal which vault point holds the item's full copy now that the one holding it expired (domain.md §5.4).</summary>
    /// <remarks>Told after the expired point's deletion, and once per sweep: a cleanup of many points hands the copy on to the last.</remarks>
    private void PublishFullCopyHolder(ProtectedItem item)
    {
        if (item.ExpiredFullCopyHolder() is var index and >= 0 && item.PointAt(index) is { TakenFull: false } holder)
        {
            PublishTierChanged(item, holder, RecoveryPointTierChanged.BecameFullBaseline);
        }
    }

    /// <summary>Re-checks every point of the item, after a guard was lifted or a policy changed.</summary>
    private void Sweep(ProtectedItem item)
    {
        item.HasDeferredExpiry = false;

        // Oldest first, in place: ExpireDueTiers removes at most the point it is given, and then the next one has
        // moved into its place.
        ref var points = ref item.Points;
        var handedOn = false;
        for (var i = 0; i < points.Count;)
        {
            var count = points.Count;
            handedOn |= ExpireDueTiers(item, i);
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
    /// points without a daily rule any more are cleaned up; other tags without a rule keep the days they had, or the
    /// longer days a rule they also matched now gives. A weekly schedule turned daily (or hourly) leaves its weekly
    /// points as they were: they "keep the days remaining under the current retention".
    /// </remarks>
    /// <param name="before">The policy the item had until now; null when it had none in force (a resume).</param>
    private void Reapply(ProtectedItem item, BackupPolicy policy, BackupPolicy? before)
    {
        var weeklyKeepDays = before?.Schedule.Frequency == ScheduleFrequency.Weekly && policy.Schedule.Frequency != ScheduleFrequency.Weekly;
        ref var points = ref item.Points;
        for (var i = 0; i < points.Count; i++)
        {
            ref var point = ref points.At(i);
            if (point.Tag is RetentionTag.None or RetentionTag.OnDemand || (weeklyKeepDays && point.Tag == RetentionTag.Weekly))
            {
                continue;
            }

            var expiry = RetentionCalculator.ExpiryForTag(policy, point.Tag, point.MatchedRules, point.Time) ?? KeptWithoutItsRule(policy, point);
            if (expiry != point.PlannedVaultExpiry)
            {
                point.PlannedVaultExpiry = expiry;
                if (Journal.HasSubscribers)
                {
                    Journal.Publish(JournalEntry.PointRetentionChanged(Now, item.Vault.Name.Value, item.Name, point.Id, expiry, item.Number));
                }
                if (point.InVault)
                {
                    ScheduleExpiry(item, point.Id, expiry, EventKind.VaultExpiry);
                }
            }
        }

        Sweep(item);
    }

    private Instant KeptWithoutItsRule(BackupPolicy policy, in PointState point)
    {
        if (point.Tag == RetentionTag.Daily)
        {
            return Now;
        }

        return RetentionCalculator.LongestOfMatched(policy, point.MatchedRules, point.Time) is { } longer && longer > point.PlannedVaultExpiry
            ? longer
            : point.PlannedVaultExpiry;
    }
}
