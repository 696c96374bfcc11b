using System.Runtime.CompilerServices;
using NodaTime;

namespace Simulator.Core.Policies;

/// <summary>The last run <see cref="PolicySchedule.NextRun"/> gave for each policy, with the instant it was asked after.</summary>
/// <remarks>
/// Every item of a policy asks for the run after the same scheduled instant, one after another, so remembering the
/// last answer per policy answers all but the first of them. Policies are immutable and replaced when edited, so an
/// entry is matched by the policy object itself and can never answer for a changed schedule. Entries are found by the
/// policy's identity hash: each vault has its own DefaultPolicy, and the runs of a hundred vaults interleave minute by
/// minute, which turned a short list searched in order into a miss on nearly every run.
/// </remarks>
internal sealed class NextRunCache
{
    private const int Size = 256;

    private readonly Entry[] _entries = new Entry[Size];

    public ScheduledRun NextRun(BackupPolicy policy, Instant after)
    {
        ref var entry = ref _entries[RuntimeHelpers.GetHashCode(policy) & (Size - 1)];
        if (!ReferenceEquals(entry.Policy, policy) || entry.After != after)
        {
            entry = new Entry(policy, after, PolicySchedule.NextRun(policy, after));
        }

        return entry.Run;
    }

    private readonly record struct Entry(BackupPolicy? Policy, Instant After, ScheduledRun Run);
}
