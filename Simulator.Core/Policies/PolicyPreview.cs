using NodaTime;

namespace Simulator.Core.Policies;

/// <summary>The next runs of a policy with the tag and expiries of each point, as the schedule and retention rules decide.</summary>
/// <remarks>
/// Expiries are counted from the scheduled instant; in the simulation a VM job starts up to the start delay later
/// (decision D6), and its point's expiries move with it.
/// </remarks>
public static class PolicyPreview
{
    /// <summary>The first <paramref name="count"/> runs due at or after <paramref name="from"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static IReadOnlyList<PreviewRow> Compute(BackupPolicy policy, Instant from, int count)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentOutOfRangeException.ThrowIfNegative(count);

        // NextRun looks strictly after its instant; one tick earlier makes a run due exactly at 'from' count.
        var runs = PolicySchedule.Runs(policy, from - Duration.Epsilon, count);
        return runs.Select(run => Row(policy, run)).ToList();
    }

    private static PreviewRow Row(BackupPolicy policy, ScheduledRun run)
    {
        Instant? snapshotExpiry = policy.InstantRestoreDays > 0 ? run.At + Duration.FromDays(policy.InstantRestoreDays) : null;
        var decision = run.TransfersToVault ? RetentionCalculator.Decide(policy, run, run.At) : null;
        return new PreviewRow(
            run.At,
            run.Local,
            policy.TimeZone.GetUtcOffset(run.At),
            run.Configured,
            run.IsShifted,
            run.TransfersToVault,
            decision?.Tag ?? RetentionTag.None,
            decision?.VaultExpiry,
            snapshotExpiry);
    }
}
