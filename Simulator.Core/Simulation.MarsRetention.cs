using Simulator.Core.Jobs;
using Simulator.Core.Policies;
using Simulator.Core.RecoveryPoints;
using Simulator.Core.Service;

namespace Simulator.Core;

public sealed partial class Simulation
{
    /// <summary>Keeps the long-term role of a failed scheduled MARS backup for the next successful one (domain.md §3).</summary>
    private static void RememberOwedRetention(BackupJob job, MarsItemState state)
    {
        if (job.Run is not { } run || RetentionCalculator.Decide(job.Item.Policy, run, job.Start) is not { } decision
            || decision.Tag is not (RetentionTag.Weekly or RetentionTag.Monthly or RetentionTag.Yearly))
        {
            return;
        }

        if (state.OwedTag is not { } owed || decision.Tag > owed)
        {
            state.OwedTag = decision.Tag;
            state.OwedSince = job.Start;
        }
    }

    /// <summary>The point of a completed MARS transfer: vault tier only, no snapshot (decision D11).</summary>
    /// <returns>The point's id.</returns>
    private long CreateMarsPoint(BackupJob job, MarsItemState state)
    {
        var item = job.Item;
        var policy = item.Policy;
        var time = job.Start;
        var (tag, expiry, matched) = job switch
        {
            { Trigger: BackupTrigger.OnDemand } => (RetentionTag.OnDemand, job.RetainUntil!.Value, RetentionRules.None),
            { Run: { } run } when RetentionCalculator.Decide(policy, run, time) is { } decision => (decision.Tag, decision.VaultExpiry, decision.Matched),
            _ => (RetentionTag.None, time, RetentionRules.None),
        };

        // A failed weekly, monthly or yearly backup hands its retention to "the next successful backup after" it
        // (domain.md §3), scheduled or on demand. A backup taken before it, whose long transfer was what made it fail,
        // holds older data and is no backup after it: the role waits for the next one.
        if (state.OwedTag is { } owed && time >= state.OwedSince)
        {
            if (RetentionCalculator.ExpiryForTag(policy, owed, time) is { } owedExpiry)
            {
                (tag, expiry, matched) = new RetentionDecision(tag, expiry, matched).StandingIn(new RetentionDecision(owed, owedExpiry, RetentionCalculator.RuleOf(owed)));
            }

            state.OwedTag = null;
            state.OwedSince = null;
        }

        var id = _nextPointId++;
        item.AddPoint(new PointState(id, time, Consistency.FileSystemConsistent, tag, matched, isFull: item.OwesFullCopy, snapshotDays: 0, expiry));
        ref var point = ref item.Points.Newest;
        if (Journal.HasSubscribers)
        {
            PublishPointCreated(item, point, snapshotExpiry: null, expiry);
        }

        point.InVault = true;
        point.SentSizeGb = job.TransferSizeGb;
        item.MarkVaultPoint(point);
        PublishVaultCopy(item, point);
        ScheduleExpiry(item, id, expiry, EventKind.VaultExpiry);
        if (item.HasDeferredExpiry)
        {
            Sweep(item);
        }

        ExpireTiers(item, id);
        return id;
    }
}
