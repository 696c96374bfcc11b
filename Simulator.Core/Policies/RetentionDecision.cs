using NodaTime;

namespace Simulator.Core.Policies;

/// <summary>The tag a point gets and when its vault copy expires.</summary>
public readonly record struct RetentionDecision(RetentionTag Tag, Instant VaultExpiry);
