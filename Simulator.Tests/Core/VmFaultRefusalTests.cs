using Simulator.Core.DataSources;
using Simulator.Core.Service;
using Simulator.Tests.Support;

namespace Simulator.Tests.Core;

/// <summary>Why a VM fault (delete, power, agent) would be refused: asked before it is offered, and thrown by the fault itself.</summary>
public sealed class VmFaultRefusalTests
{
    [Fact]
    public void Should_RefuseNoFault_When_TheVmExists()
    {
        // Given a running VM with a healthy agent
        var world = new TestWorld();

        // When
        var refusals = new[]
        {
            world.Simulation.DeleteVirtualMachineRefusal(world.Vm),
            world.Simulation.SetPowerStateRefusal(world.Vm, PowerState.Deallocated),
            world.Simulation.SetAgentStatusRefusal(world.Vm, VmAgentStatus.Unhealthy),
        };

        // Then
        refusals.ShouldAllBe(refusal => refusal == null);
    }

    [Fact]
    public void Should_RefuseEveryFault_When_TheVmHasBeenDeleted()
    {
        // Given
        var world = new TestWorld();
        world.Simulation.DeleteVirtualMachine(world.Vm);

        // When
        var refusals = new[]
        {
            world.Simulation.DeleteVirtualMachineRefusal(world.Vm),
            world.Simulation.SetPowerStateRefusal(world.Vm, PowerState.Deallocated),
            world.Simulation.SetPowerStateRefusal(world.Vm, PowerState.Running),
            world.Simulation.SetAgentStatusRefusal(world.Vm, VmAgentStatus.Unhealthy),
        };

        // Then each names its operation, the VM and the rule
        refusals.Select(r => r.ShouldNotBeNull().Message).ShouldBe(
        [
            "Delete VM on 'vm-web-01' refused: the VM has already been deleted.",
            "Deallocate VM on 'vm-web-01' refused: the VM has been deleted; re-create it first, with the same name and resource group.",
            "Start VM on 'vm-web-01' refused: the VM has been deleted; re-create it first, with the same name and resource group.",
            "Break VM agent on 'vm-web-01' refused: the VM has been deleted; re-create it first, with the same name and resource group.",
        ]);
    }

    [Fact]
    public void Should_RefuseToStartTheVm_When_ItIsAlreadyRunning()
    {
        // Given
        var world = new TestWorld();

        // When
        var refusal = world.Simulation.SetPowerStateRefusal(world.Vm, PowerState.Running);

        // Then
        refusal.ShouldNotBeNull().Reason.ShouldBe("the VM is already Running.");
    }

    [Theory]
    [InlineData(VmAgentStatus.Healthy, "Repair VM agent")]
    [InlineData(VmAgentStatus.Unhealthy, "Break VM agent")]
    [InlineData(VmAgentStatus.Missing, "Remove VM agent")]
    public void Should_RefuseToSetTheAgent_When_ItAlreadyHasThatStatus(VmAgentStatus status, string operation)
    {
        // Given a VM whose agent has the status
        var world = new TestWorld();
        if (status != VmAgentStatus.Healthy)
        {
            world.Simulation.SetAgentStatus(world.Vm, status);
        }

        // When
        var refusal = world.Simulation.SetAgentStatusRefusal(world.Vm, status);

        // Then it names the operation by what it does, and the status, as the power state's refusal does
        refusal.ShouldNotBeNull().Message.ShouldBe($"{operation} on 'vm-web-01' refused: the VM agent is already {status}.");
    }

    [Fact]
    public void Should_ThrowAndPublishNothing_When_TheAgentIsSetToTheStatusItHas()
    {
        // Given a healthy agent
        var world = new TestWorld();
        var events = world.Journal.Events.Count;

        // When
        var thrown = Should.Throw<OperationRefusedException>(() => world.Simulation.SetAgentStatus(world.Vm, VmAgentStatus.Healthy));

        // Then it is the query's refusal, and the journal says nothing changed
        thrown.Message.ShouldBe(world.Simulation.SetAgentStatusRefusal(world.Vm, VmAgentStatus.Healthy)!.Message);
        world.Journal.Events.Count.ShouldBe(events);
    }

    [Theory]
    [InlineData(VmAgentStatus.Unhealthy)]
    [InlineData(VmAgentStatus.Missing)]
    public void Should_RefuseNoOtherStatus_When_TheAgentIsHealthy(VmAgentStatus status)
    {
        // Given
        var world = new TestWorld();

        // When
        var refusal = world.Simulation.SetAgentStatusRefusal(world.Vm, status);

        // Then
        refusal.ShouldBeNull();
    }

    [Fact]
    public void Should_ThrowWhatTheQuerySays_When_AFaultIsAppliedToADeletedVm()
    {
        // Given
        var world = new TestWorld();
        world.Simulation.DeleteVirtualMachine(world.Vm);
        var events = world.Journal.Events.Count;

        // When
        var thrown = new[]
        {
            Should.Throw<OperationRefusedException>(() => world.Simulation.DeleteVirtualMachine(world.Vm)),
            Should.Throw<OperationRefusedException>(() => world.Simulation.SetPowerState(world.Vm, PowerState.Deallocated)),
            Should.Throw<OperationRefusedException>(() => world.Simulation.SetAgentStatus(world.Vm, VmAgentStatus.Healthy)),
        };

        // Then each is the query's refusal, and nothing was published
        thrown.Select(e => e.Message).ShouldBe(
        [
            world.Simulation.DeleteVirtualMachineRefusal(world.Vm)!.Message,
            world.Simulation.SetPowerStateRefusal(world.Vm, PowerState.Deallocated)!.Message,
            world.Simulation.SetAgentStatusRefusal(world.Vm, VmAgentStatus.Healthy)!.Message,
        ]);
        world.Journal.Events.Count.ShouldBe(events);
    }
}
