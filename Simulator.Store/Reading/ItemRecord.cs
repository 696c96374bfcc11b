using NodaTime;
using Simulator.Core.Protection;

namespace Simulator.Store.Reading;

/// <summary>A protected item of a recorded run as it was when the items were last written (the end of the run, for a complete one).</summary>
/// <param name="Policy">The policy last attached, which a stopped item keeps to be resumed with (<see cref="ProtectedItem.PolicyName"/>).</param>
public sealed record ItemRecord(string Name, string Vault, string Policy, string ProtectionState, string DeleteState, string LastBackupStatus, string Health, Instant? LastBackupTime, Instant? LastRecoveryPoint, string? ResourceGroup, string SourceType)
{
    /// <summary>The policy as the portal, the API and the dashboard show it: none once protection is stopped with data retained forever, or deleted.</summary>
    /// <remarks>The file keeps the policy last attached, as the engine does; <see cref="ProtectedItem.AttachedPolicyName"/> is the rule read here.</remarks>
    public string? AttachedPolicy => ProtectionState == nameof(Core.Protection.ProtectionState.ProtectionStopped) ? null : Policy;
}
