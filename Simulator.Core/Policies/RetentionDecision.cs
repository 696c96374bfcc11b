using NodaTime;

namespace Simulator.Core.Policies;

/// <summary>The tag a point gets, when its vault copy expires, and every rule it matched.</summary>
public readonly record struct RetentionDecision(RetentionTag Tag, Instant VaultExpiry, RetentionRules Matched)
{
    /// <summary>This point's retention once it stands in for a missed backup's: the higher tag (a rule's over none or
    /// on-demand), the later expiry, and both backups' rules.</summary>
    /// <remarks>A failed MARS backup's role (domain.md §3) and an Enhanced day's missed vault copy (D10) pass on this way.</remarks>
    public RetentionDecision StandingIn(RetentionDecision missed) => new(
        Tag is RetentionTag.None or RetentionTag.OnDemand || missed.Tag > Tag ? missed.Tag : Tag,
        missed.VaultExpiry > VaultExpiry ? missed.VaultExpiry : VaultExpiry,
        Matched | missed.Matched);
}
