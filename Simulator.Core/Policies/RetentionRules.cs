namespace Simulator.Core.Policies;

/// <summary>The retention rules a scheduled point matched when it was taken, as flags.</summary>
/// <remarks>
/// A point keeps the tag of its highest rule (domain.md §2.5), but its expiry is the latest of every rule it matched
/// (decision D2); a policy change recomputes that expiry from the same rules, so they are remembered with the point.
/// </remarks>
[Flags]
public enum RetentionRules : byte
{
    None = 0,
    Daily = 1,
    Weekly = 2,
    Monthly = 4,
    Yearly = 8,
}
