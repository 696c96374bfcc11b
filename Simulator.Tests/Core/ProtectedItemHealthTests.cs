using Simulator.Core.DataSources;
using Simulator.Core.Protection;
using Simulator.Tests.Support;

namespace Simulator.Tests.Core;

public sealed class ProtectedItemHealthTests
{
    [Fact]
    public void Should_BeIRPending_When_NoBackupFinishedYet()
    {
        new TestWorld().Item.Health.ShouldBe(ProtectedItemHealth.IRPending);
    }

    [Fact]
    public void Should_BeHealthy_When_TheLatestBackupSucceeded()
    {
        var world = new TestWorld();

        world.RunToDay(1);

        world.Item.Health.ShouldBe(ProtectedItemHealth.Healthy);
    }

    [Fact]
    public void Should_BeUnhealthy_When_TheLatestBackupFailed()
    {
        var world = new TestWorld(new VmSpec("vm-web-01", "westeurope") { AgentStatus = VmAgentStatus.Missing });

        world.RunToDay(1);

        world.Item.Health.ShouldBe(ProtectedItemHealth.Unhealthy);
    }

    [Fact]
    public void Should_BeNotReachable_When_TheVmWasDeleted()
    {
        var world = new TestWorld();
        world.RunToDay(1);

        world.Simulation.DeleteVirtualMachine(world.Vm);

        world.Item.Health.ShouldBe(ProtectedItemHealth.NotReachable);
    }
}
