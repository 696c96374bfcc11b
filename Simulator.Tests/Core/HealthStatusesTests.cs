using Simulator.Core.Protection;

namespace Simulator.Tests.Core;

/// <summary>The API's HealthStatus of an item, as <c>report items</c> shows it in the Azure CLI's Health Status column.</summary>
public sealed class HealthStatusesTests
{
    [Theory]
    [InlineData(ProtectedItemHealth.Healthy, HealthStatus.Passed)]
    [InlineData(ProtectedItemHealth.IRPending, HealthStatus.Passed)]
    [InlineData(ProtectedItemHealth.Unhealthy, HealthStatus.ActionRequired)]
    [InlineData(ProtectedItemHealth.NotReachable, HealthStatus.ActionRequired)]
    public void Should_AskForActionOnlyWhereBackupsFailOrCantReachTheVm(ProtectedItemHealth health, HealthStatus expected)
    {
        HealthStatuses.Of(health).ShouldBe(expected);
    }
}
