using NodaTime;

namespace Simulator.Core.Policies;

/// <summary>The tag a point gets, when its vault copy expires, and every rule it matched.</summary>
public readonly record struct RetentionDecision(RetentionTag Tag, Instant VaultExpiry, RetentionRules Matched);
