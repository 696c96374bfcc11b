using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary>Steps the core refuses whatever the run has done before them are reported by <c>validate</c>, at the key
/// to change, rather than failing the run; a step that says <c>refused:</c> is left to get its refusal.</summary>
public sealed partial class ScenarioParserTests
{
    /// <summary>Two vaults in West Europe and one in North Europe, a protected VM, two unprotected ones and two MARS
    /// servers registered to vault-weu, one of them protected.</summary>
    private const string Estate = """
        name: check
        start: 2026-01-05T00:00:00Z
        duration: 7d
        vaults:
          - name: vault-weu
            region: westeurope
            policies:
              - name: Gold
                schedule: { frequency: Daily, times: ["02:00"] }
                retention: { daily: { days: 30 } }
              - name: Files
                kind: Mars
                schedule: { frequency: Daily, times: ["00:00"] }
                retention: { daily: { days: 7 } }
          - name: vault-weu-2
            region: westeurope
            policies:
              - name: Bronze
                schedule: { frequency: Daily, times: ["03:00"] }
                retention: { daily: { days: 7 } }
          - name: vault-neu
            region: northeurope
            policies:
              - name: Silver
                schedule: { frequency: Daily, times: ["02:00"] }
                retention: { daily: { days: 14 } }
        vms:
          - name: vm-web-01
            vault: vault-weu
            policy: Gold
          - name: vm-app-01
            region: westeurope
          - name: vm-neu-01
            region: northeurope
        marsServers:
          - name: fs-01
            vault: vault-weu
            policy: Files
          - name: fs-02
            vault: vault-weu
        timeline:

        """;

    private static string EstateWith(string steps) => Estate + steps;

    [Theory]
    [InlineData("deleteVm")]
    [InlineData("recreateVm")]
    [InlineData("deallocateVm")]
    [InlineData("startVm")]
    [InlineData("breakAgent")]
    [InlineData("removeAgent")]
    [InlineData("repairAgent")]
    public void Should_RefuseAVmFaultAtItsItem_When_TheItemIsAMarsServer(string verb)
    {
        // Given
        var text = EstateWith($"  - at: +1d\n    do: {verb}\n    item: fs-01\n");

        // When
        var errors = ErrorsOf(text);

        // Then: the run would refuse it ("it is not an Azure VM") whenever it came
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("timeline[0].item");
        error.Message.ShouldBe($"'fs-01' is a MARS server, and {verb} is a fault of an Azure VM; name a VM. A MARS server's faults are failNextTransfer and setThroughput.");
    }

    [Fact]
    public void Should_AcceptAVmFaultOnAMarsServer_When_TheStepExpectsItsRefusal()
    {
        // Given
        var text = EstateWith("  - at: +1d\n    do: breakAgent\n    item: fs-01\n    refused: not an Azure VM\n");

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Steps.ShouldHaveSingleItem().ExpectRefusal.ShouldBe("not an Azure VM");
    }

    [Theory]
    [InlineData("vm-neu-01", "vault-weu", "the VM is in northeurope and vault 'vault-weu' is in westeurope; a vault protects only VMs in its own region.")]
    [InlineData("fs-02", "vault-neu", "its MARS agent is registered to vault 'vault-weu', not 'vault-neu'; register the agent with this vault first.")]
    public void Should_RefuseConfigureProtectionAtTheVault_When_TheVaultCanNeverProtectTheItem(string item, string vault, string message)
    {
        // Given
        var text = EstateWith($"  - at: +1d\n    do: configureProtection\n    item: {item}\n    vault: {vault}\n");

        // When
        var errors = ErrorsOf(text);

        // Then: in the core's words, which the run would have given
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("timeline[0].vault");
        error.Message.ShouldBe(message);
    }

    [Fact]
    public void Should_AcceptConfigureProtectionInAnotherRegion_When_TheStepExpectsItsRefusal()
    {
        // Given
        var text = EstateWith("  - at: +1d\n    do: configureProtection\n    item: vm-neu-01\n    vault: vault-weu\n    refused: region\n");

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Steps.ShouldHaveSingleItem().ExpectRefusal.ShouldBe("region");
    }

    [Theory]
    [InlineData("vm-app-01", "Files", "policy 'Files' is a MARS policy; an Azure VM needs a Standard or Enhanced policy.")]
    [InlineData("fs-02", "Gold", "policy 'Gold' is a Standard policy for Azure VMs; a MARS agent's files and folders need a MARS policy.")]
    public void Should_RefuseConfigureProtectionAtThePolicy_When_ThePolicyIsOfAKindTheItemCannotTake(string item, string policy, string message)
    {
        // Given
        var text = EstateWith($"  - at: +1d\n    do: configureProtection\n    item: {item}\n    vault: vault-weu\n    policy: {policy}\n");

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("timeline[0].policy");
        error.Message.ShouldBe(message);
    }

    [Fact]
    public void Should_RefuseConfigureProtectionOfAMarsServerAtTheStep_When_ItGivesNoPolicy()
    {
        // Given: without a policy, DefaultPolicy protects, and it is a VM policy
        var text = EstateWith("  - at: +1d\n    do: configureProtection\n    item: fs-02\n    vault: vault-weu\n");

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("timeline[0]");
        error.Message.ShouldBe("without a 'policy', DefaultPolicy would protect 'fs-02': policy 'DefaultPolicy' is a Standard policy for Azure VMs; a MARS agent's files and folders need a MARS policy.");
    }
}
