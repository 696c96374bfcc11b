using NodaTime;

namespace Simulator.Core.Policies;

/// <summary>The last runs <see cref="PolicySchedule.NextRun"/> gave, with their policy and the instant they were asked after.</summary>
/// <remarks>
/// Every item of a policy asks for the run after the same scheduled instant, one after another, so remembering the
/// last answer per policy answers all but the first of them. Policies are immutable and replaced when edited, so an
/// entry is matched by the policy object itself and can never answer for a changed schedule. A few entries, searched
/// by reference, cost less than hashing into a dictionary on every run.
/// </remarks>
internal sealed class NextRunCache
{
    private const int Size = 8;

    private readonly BackupPolicy?[] _policies = new BackupPolicy?[Size];
    private readonly Instant[] _after = new Instant[Size];
    private readonly ScheduledRun[] _runs = new ScheduledRun[Size];
    private int _next;

    public ScheduledRun NextRun(BackupPolicy policy, Instant after)
    {
        for (var i = 0; i < Size; i++)
        {
            if (ReferenceEquals(_policies[i], policy))
            {
                if (_after[i] != after)
                {
                    _after[i] = after;
                    _runs[i] = PolicySchedule.NextRun(policy, after);
                }

                return _runs[i];
            }
        }

        var slot = _next;
        _next = (_next + 1) % Size;
        _policies[slot] = policy;
        _after[slot] = after;
        _runs[slot] = PolicySchedule.NextRun(policy, after);
        return _runs[slot];
    }
}
