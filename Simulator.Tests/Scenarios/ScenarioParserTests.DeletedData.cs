namespace Simulator.Tests.Scenarios;

/// <summary>A data source whose item's backup data is being deleted is protected in no vault, its own included:
/// <c>validate</c> refuses the step where the file says so.</summary>
public sealed partial class ScenarioParserTests
{
    [Fact]
    public void Should_RefuseProtectionInTheSameVault_When_ItsItemsDataIsStillBeingDeleted()
    {
        // Given
        var text = DeleteThenProtect("+10s", "vault-weu");

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("timeline[1].at");
        error.Message.ShouldBe(
            "another operation is in progress on vm-web-01's item in vault 'vault-weu' when this step runs (2026-01-06T00:00:10Z): "
            + $"the DeleteBackupData job of the stopProtection step at line {LineOf(text, "do: stopProtection") - 1} runs until 2026-01-06T00:00:30Z (settings.operationDuration: 30s), "
            + "and Azure doesn't protect a VM again while its backup data is being deleted or undeleted. Move this step to 2026-01-06T00:00:30Z or later, "
            + "or set settings.operationDuration to 10s or less; if the data goes into soft delete then, undelete it there first, or wait until it is purged.");
    }

    [Fact]
    public void Should_RefuseProtectionInTheSameVault_When_ItsItemIsStillBeingUndeleted()
    {
        // Given
        var text = UndeleteThenProtectElsewhere("+10s").Replace("vault: vault-weu-2\n    policy: Bronze", "vault: vault-weu\n    policy: Gold", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("timeline[2].at");
        error.Message.ShouldStartWith("another operation is in progress on vm-web-01's item in vault 'vault-weu' when this step runs (2026-01-07T00:00:10Z): the Undelete job");
    }

    /// <summary>vm-web-01 stopped with its data deleted at 2026-01-06T00:00:00Z, then protected in <paramref name="vault"/> at <paramref name="at"/>.</summary>
    private static string DeleteThenProtect(string at, string vault) => EstateWith($$"""
          - at: 2026-01-06T00:00:00Z
            do: stopProtection
            item: vm-web-01
            mode: deleteData
          - at: {{at}}
            do: configureProtection
            item: vm-web-01
            vault: {{vault}}
            policy: {{(vault == "vault-weu" ? "Gold" : "Bronze")}}

        """);
}
