using NodaTime;

namespace Simulator.Core.Journal;

public sealed record PolicySaved(Instant At, string VaultName, string PolicyName, string Summary) : DomainEvent(At)
{
    public override string? Vault => VaultName;

    public override string What => WhatOf(PolicyName);

    /// <summary>The what text of a save of the policy named <paramref name="policyName"/>.</summary>
    public static string WhatOf(string policyName) => $"Policy {policyName}";

    public override string State => Summary;
}
