using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary>A step on an item needs one by then: the data source protected at the start, or by a <c>configureProtection</c> step above.</summary>
public sealed partial class ScenarioParserTests
{
    [Theory]
    [InlineData("backupNow", "")]
    [InlineData("cancelJob", "")]
    [InlineData("stopProtection", "\n    mode: retainForever")]
    [InlineData("resumeProtection", "\n    policy: Gold")]
    [InlineData("changePolicy", "\n    policy: Gold")]
    [InlineData("deleteBackupData", "")]
    [InlineData("undelete", "")]
    public void Should_RefuseAStepOnAnItemAtTheItem_When_NothingProtectsTheVmBeforeIt(string verb, string arguments)
    {
        // Given: vm-app-01 is protected neither at the start nor by a step
        var text = EstateWith($"  - at: +1d\n    do: {verb}\n    item: vm-app-01{arguments}\n");

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("timeline[0].item");
        error.Message.ShouldBe("'vm-app-01' has no item by this step: nothing protects it at the start or in a configureProtection step above; protect it first.");
    }

    [Fact]
    public void Should_RefuseAStepOnAMarsServersItem_When_TheServerIsOnlyRegistered()
    {
        // Given: fs-02's agent is registered to vault-weu, but no policy protects it
        var text = EstateWith("  - at: +1d\n    do: backupNow\n    item: fs-02\n");

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("timeline[0].item");
        error.Message.ShouldBe("'fs-02' has no item by this step: nothing protects it at the start or in a configureProtection step above; protect it first.");
    }

    [Fact]
    public void Should_RefuseAnItemInAVault_When_NothingProtectsTheVmThereBeforeTheStep()
    {
        // Given
        var text = EstateWith("  - at: +1d\n    do: backupNow\n    item: vault-weu-2/vm-web-01\n");

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("timeline[0].item");
        error.Message.ShouldBe("'vault-weu-2/vm-web-01' names no item by this step: nothing protects 'vm-web-01' in vault 'vault-weu-2' at the start or in a configureProtection step above. Its item is in 'vault-weu'.");
    }

    [Fact]
    public void Should_AcceptBackupNow_When_AConfigureProtectionStepAboveProtectsTheVm()
    {
        // Given
        var text = EstateWith("""
              - at: +1d
                do: configureProtection
                item: vm-app-01
                vault: vault-weu-2
                policy: Bronze
              - at: +1h
                do: backupNow
                item: vault-weu-2/vm-app-01

            """);

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Steps.Count.ShouldBe(2);
    }

    [Fact]
    public void Should_AcceptAStepOnAnUnprotectedVm_When_TheStepExpectsItsRefusal()
    {
        // Given
        var text = EstateWith("  - at: +1d\n    do: backupNow\n    item: vm-app-01\n    refused: not protected\n");

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Steps.ShouldHaveSingleItem().ExpectRefusal.ShouldBe("not protected");
    }

    [Fact]
    public void Should_ReportOnlyTheDefinition_When_AVmsVaultIsMisspeltAndAStepNamesItsItemInTheRightOne()
    {
        // Given: the VM's own vault is the mistake; the step's vault/name is what the file means
        var text = EstateWith("  - at: +1d\n    do: backupNow\n    item: vault-weu-2/vm-web-01\n")
            .Replace("  - name: vm-web-01\n    vault: vault-weu\n    policy: Gold\n", "  - name: vm-web-01\n    region: westeurope\n    vault: vault-wue\n", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).Field.ShouldBe("vms[0].vault");
    }
}
