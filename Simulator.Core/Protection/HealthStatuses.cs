namespace Simulator.Core.Protection;

/// <summary>The one rule from an item's health to its <see cref="HealthStatus"/>.</summary>
public static class HealthStatuses
{
    /// <summary><c>ActionRequired</c> where backups fail or can't reach the VM; <c>Passed</c> otherwise, the first backup pending included.</summary>
    public static HealthStatus Of(ProtectedItemHealth health) =>
        health is ProtectedItemHealth.Unhealthy or ProtectedItemHealth.NotReachable ? HealthStatus.ActionRequired : HealthStatus.Passed;
}
