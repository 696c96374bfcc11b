using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary>A data source whose item's backup data is being deleted, or sits in soft delete once its delete job has
/// completed, is protected in no vault, its own included: <c>validate</c> refuses the step where the file says so.</summary>
public sealed partial class ScenarioParserTests
{
    [Theory]
    [InlineData("vault-weu-2")]
    [InlineData("vault-weu")]
    public void Should_RefuseProtection_When_TheItemsDataIsSoftDeletedByThen(string vault)
    {
        // Given: the DeleteBackupData job completes at 00:00:30, and vault-weu keeps deleted data 14 days
        var text = DeleteThenProtect("+1m", vault);

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("timeline[1].at");
        error.Message.ShouldBe(
            "vm-web-01's backup data in vault 'vault-weu' is soft-deleted when this step runs at 2026-01-06T00:01:00Z: "
            + $"the DeleteBackupData job of the stopProtection step at line {LineOf(text, "do: stopProtection") - 1} completed at 2026-01-06T00:00:30Z, "
            + "and soft delete keeps the data 14 days, during which Azure protects it in no vault. "
            + "Undelete it there, or wait until it is purged at 2026-01-20T00:00:30Z: move this step to 2026-01-20T00:00:30Z or later.");
    }

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
            "another operation is in progress on vm-web-01's item in vault 'vault-weu' when this step runs at 2026-01-06T00:00:10Z: "
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
        error.Message.ShouldStartWith("another operation is in progress on vm-web-01's item in vault 'vault-weu' when this step runs at 2026-01-07T00:00:10Z: the Undelete job");
    }

    [Fact]
    public void Should_AcceptProtectionElsewhere_When_TheVaultKeepsNoDeletedData()
    {
        // Given: with soft delete off, the data is purged when the delete job completes
        var text = DeleteThenProtect("+1m", "vault-weu-2").Replace("  - name: vault-weu\n    region: westeurope\n", "  - name: vault-weu\n    region: westeurope\n    softDelete: false\n", StringComparison.Ordinal);

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Steps.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("+10s")]
    [InlineData("+29s")]
    [InlineData("+30s")]
    [InlineData("+4m")]
    public void Should_AcceptProtectionElsewhere_When_AStepTurnsSoftDeleteOffBeforeIt(string setAt)
    {
        // Given: before 00:00:30 the job's completion purges the data; from then the step turning soft delete off purges
        // it ("Disabling soft delete immediately purges deleted data"), where it was refused as still soft-deleted
        var text = DeleteTurnSoftDeleteOffThenProtect(setAt);

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Steps.Count.ShouldBe(3);
    }

    [Fact]
    public void Should_RefuseProtectionElsewhere_When_SoftDeleteIsTurnedOffThenOnAgainBeforeTheDeleteJobCompletes()
    {
        // Given: off at 00:00:10, on again at 00:00:20, so the job completing at 00:00:30 puts the data in soft delete
        var text = DeleteTurnSoftDeleteOffThenProtect("+10s").Replace(
            "    enabled: false\n",
            "    enabled: false\n  - at: +10s\n    do: setSoftDelete\n    vault: vault-weu\n    enabled: true\n",
            StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then the run's refusal is told, where the step turning it off was taken to have purged the data
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("timeline[3].at");
        error.Message.ShouldStartWith("vm-web-01's backup data in vault 'vault-weu' is soft-deleted when this step runs at 2026-01-06T00:05:00Z");
    }

    [Fact]
    public void Should_AcceptProtection_When_TheSoftDeletedDataIsPurgedByThen()
    {
        // Given: vault-weu keeps deleted data 20 days from 2026-01-06T00:00:30Z; a step of the purge's instant runs after it
        var text = DeleteWithTwentyDaysOfSoftDeleteThenProtect("2026-01-26T00:00:30Z");

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Steps.Count.ShouldBe(2);
    }

    [Fact]
    public void Should_RefuseProtectionUntilThePurge_When_TheVaultKeepsDeletedDataLongerThanTheDefault()
    {
        // Given
        var text = DeleteWithTwentyDaysOfSoftDeleteThenProtect("2026-01-26T00:00:29Z");

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).Message.ShouldEndWith("soft delete keeps the data 20 days, during which Azure protects it in no vault. "
            + "Undelete it there, or wait until it is purged at 2026-01-26T00:00:30Z: move this step to 2026-01-26T00:00:30Z or later.");
    }

    [Fact]
    public void Should_RefuseProtectionUntilThePurge_When_SoftDeleteWasTurnedBackOnWithoutDays()
    {
        // Given: vault-weu's 20 days outlive its soft delete turned off and on again before the delete
        var text = DeleteWithTwentyDaysOfSoftDeleteThenProtect("2026-01-26T00:00:29Z").Replace("""
              - at: 2026-01-06T00:00:00Z
                do: stopProtection
            """, """
              - at: 2026-01-05T00:00:00Z
                do: setSoftDelete
                vault: vault-weu
                enabled: false
              - at: +1h
                do: setSoftDelete
                vault: vault-weu
                enabled: true
              - at: 2026-01-06T00:00:00Z
                do: stopProtection
            """, StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).Message.ShouldEndWith("soft delete keeps the data 20 days, during which Azure protects it in no vault. "
            + "Undelete it there, or wait until it is purged at 2026-01-26T00:00:30Z: move this step to 2026-01-26T00:00:30Z or later.");
    }

    [Fact]
    public void Should_RefuseProtectionAfterAHappening_When_TheDeleteHasCompletedAndTheScenarioEndsBeforeThePurge()
    {
        // Given: the protection waits for a backup of fs-01 from a minute after the delete; whenever it comes before the
        // end (2026-01-12), the data is in soft delete until 2026-01-20
        var text = EstateWith("""
              - at: 2026-01-06T00:00:00Z
                do: stopProtection
                item: vm-web-01
                mode: deleteData
              - at: +1m
                say: the data is deleted
              - after: { jobCompleted: fs-01 }
                do: configureProtection
                item: vm-web-01
                vault: vault-weu-2
                policy: Bronze

            """);

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("timeline[2].after");
        error.Message.ShouldStartWith("vm-web-01's backup data in vault 'vault-weu' is soft-deleted when this step runs between 2026-01-06T00:01:00Z and 2026-01-12T00:00:00Z: ");
    }

    [Fact]
    public void Should_SayNothing_When_OnlyTheRunKnowsWhetherTheDeleteJobHasCompleted()
    {
        // Given: the backup of fs-01 may complete before or after 00:00:30
        var text = DeleteThenProtect("+1m", "vault-weu-2").Replace("  - at: +1m\n", "  - after: { jobCompleted: fs-01 }\n", StringComparison.Ordinal);

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Steps.Count.ShouldBe(2);
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

    private static string DeleteTurnSoftDeleteOffThenProtect(string setAt) => EstateWith($$"""
          - at: 2026-01-06T00:00:00Z
            do: stopProtection
            item: vm-web-01
            mode: deleteData
          - at: {{setAt}}
            do: setSoftDelete
            vault: vault-weu
            enabled: false
          - at: 2026-01-06T00:05:00Z
            do: configureProtection
            item: vm-web-01
            vault: vault-weu-2
            policy: Bronze

        """);

    private static string DeleteWithTwentyDaysOfSoftDeleteThenProtect(string at) => DeleteThenProtect(at, "vault-weu-2")
        .Replace("duration: 7d", "duration: 30d", StringComparison.Ordinal)
        .Replace("  - name: vault-weu\n    region: westeurope\n", "  - name: vault-weu\n    region: westeurope\n    softDeleteDays: 20\n", StringComparison.Ordinal);
}
