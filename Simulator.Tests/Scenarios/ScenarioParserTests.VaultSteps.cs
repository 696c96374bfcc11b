using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary>A vault's storage redundancy is locked for good once an item is protected in it or a machine registered to
/// it: known from the file, so <c>validate</c> says so rather than the run.</summary>
public sealed partial class ScenarioParserTests
{
    private const string Locked = "the storage replication type can't be changed once backup has been configured in the vault, or a machine registered to it. Create a new vault, or stop protection and protect the items again in a new vault.";

    [Fact]
    public void Should_RefuseSetRedundancyAtTheRedundancy_When_AnItemIsProtectedInTheVaultAtTheStart()
    {
        // Given: vm-web-01 is protected in vault-weu from the start
        var text = EstateWith("  - at: +1d\n    do: setRedundancy\n    vault: vault-weu\n    redundancy: LocallyRedundant\n");

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("timeline[0].redundancy");
        error.Message.ShouldBe(Locked);
    }

    [Fact]
    public void Should_RefuseSetRedundancy_When_AConfigureProtectionStepAboveProtectsAnItemInTheVault()
    {
        // Given
        var text = EstateWith("""
              - at: +1d
                do: configureProtection
                item: vm-app-01
                vault: vault-weu-2
              - at: +1h
                do: setRedundancy
                vault: vault-weu-2
                redundancy: ZoneRedundant

            """);

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("timeline[1].redundancy");
        error.Message.ShouldBe(Locked);
    }

    [Fact]
    public void Should_RefuseSetRedundancy_When_AMarsServerIsRegisteredToTheVaultThoughNothingIsProtected()
    {
        // Given: fs-03 is registered to vault-weu-2 from the start, with no policy
        var text = EstateWith("  - at: +1d\n    do: setRedundancy\n    vault: vault-weu-2\n    redundancy: LocallyRedundant\n")
            .Replace("  - name: fs-02\n    vault: vault-weu\n", "  - name: fs-02\n    vault: vault-weu\n  - name: fs-03\n    vault: vault-weu-2\n", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("timeline[0].redundancy");
        error.Message.ShouldBe(Locked);
    }

    [Fact]
    public void Should_AcceptSetRedundancy_When_NothingIsProtectedInTheVaultYet()
    {
        // Given: the redundancy changes first, then the vault protects its first item
        var text = EstateWith("""
              - at: +1d
                do: setRedundancy
                vault: vault-weu-2
                redundancy: LocallyRedundant
              - at: +1h
                do: configureProtection
                item: vm-app-01
                vault: vault-weu-2

            """);

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Steps.Count.ShouldBe(2);
    }

    [Fact]
    public void Should_AcceptSetRedundancyOnALockedVault_When_TheStepExpectsItsRefusal()
    {
        // Given
        var text = EstateWith("  - at: +1d\n    do: setRedundancy\n    vault: vault-weu\n    redundancy: LocallyRedundant\n    refused: can't be changed\n");

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Steps.ShouldHaveSingleItem().ExpectRefusal.ShouldBe("can't be changed");
    }
}
