using Simulator.Core.Policies;
using Simulator.Core.Service;
using Simulator.Tests.Support;

namespace Simulator.Tests.Core;

/// <summary>Which of a vault's policies could ever protect a data source: the rule every command checks, asked before a policy is offered.</summary>
public sealed class PolicyRefusalTests
{
    private static readonly NodaTime.Instant Start = NodaTime.Instant.FromUtc(2026, 2, 23, 0, 0);

    [Theory]
    [InlineData(PolicyKind.Standard)]
    [InlineData(PolicyKind.Enhanced)]
    public void Should_AcceptAVmPolicy_When_TheDataSourceIsAVm(PolicyKind kind)
    {
        // Given
        var world = new TestWorld();
        var policy = TestPolicies.EnhancedDaily() with { Kind = kind };

        // When
        var refusal = world.Simulation.PolicyRefusal(world.Vm, policy);

        // Then
        refusal.ShouldBeNull();
    }

    [Fact]
    public void Should_AcceptAMarsPolicy_When_TheDataSourceIsAMarsServer()
    {
        // Given
        var world = MarsWorld.Create(Start, TestPolicies.MarsSeed004());

        // When
        var refusal = world.Simulation.PolicyRefusal(world.Server, TestPolicies.MarsSeed004());

        // Then
        refusal.ShouldBeNull();
    }

    [Fact]
    public void Should_SayWhichKindItIs_When_AMarsPolicyIsAskedOfAVm()
    {
        // Given
        var world = new TestWorld();

        // When
        var refusal = world.Simulation.PolicyRefusal(world.Vm, TestPolicies.MarsSeed004());

        // Then
        refusal.ShouldBe("policy 'seed-004-mars' is a MARS policy; an Azure VM needs a Standard or Enhanced policy.");
    }

    [Theory]
    [InlineData(PolicyKind.Standard)]
    [InlineData(PolicyKind.Enhanced)]
    public void Should_SayWhichKindItIs_When_AVmPolicyIsAskedOfAMarsServer(PolicyKind kind)
    {
        // Given
        var world = MarsWorld.Create(Start, TestPolicies.MarsSeed004());
        var policy = TestPolicies.EnhancedDaily() with { Kind = kind };

        // When
        var refusal = world.Simulation.PolicyRefusal(world.Server, policy);

        // Then
        refusal.ShouldBe($"policy 'enhanced-daily' is {PolicyKindText.WithArticle(kind)} policy for Azure VMs; a MARS agent's files and folders need a MARS policy.");
    }

    [Fact]
    public void Should_RefuseACommandWithTheSameReason_When_ItIsGivenAPolicyOfTheWrongKind()
    {
        // Given the MARS server's vault, which also has its built-in DefaultPolicy (Standard)
        var world = MarsWorld.Create(Start, TestPolicies.MarsSeed004());
        var standard = world.Vault.FindPolicy("DefaultPolicy").ShouldNotBeNull();
        world.Simulation.RunFor(world.Simulation.Settings.OperationDuration);

        // When its item is switched to it
        var refused = Should.Throw<OperationRefusedException>(() => world.Simulation.ChangePolicy(world.Item, standard.Name));

        // Then the command's reason is the query's
        refused.Reason.ShouldBe(world.Simulation.PolicyRefusal(world.Server, standard));
    }
}
