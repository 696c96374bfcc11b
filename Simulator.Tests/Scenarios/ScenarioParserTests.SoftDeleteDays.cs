using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary>Soft-delete days are set with soft delete on: days written beside <c>softDelete: false</c> or
/// <c>enabled: false</c> are refused at the days, and the message says which days the vault keeps meanwhile.</summary>
public sealed partial class ScenarioParserTests
{
    [Fact]
    public void Should_RefuseSoftDeleteDays_When_TheVaultHasSoftDeleteOff()
    {
        // Given
        var text = World.Replace("    region: westeurope\n", "    region: westeurope\n    softDelete: false\n    softDeleteDays: 30\n", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("vaults[0].softDeleteDays");
        error.Message.ShouldBe("soft-delete days are set only while soft delete is on, and softDelete is false: the vault starts with 14 days, for a setSoftDelete step that turns it on without days. Leave softDeleteDays out, or turn soft delete on.");
    }

    [Fact]
    public void Should_RefuseDays_When_ASetSoftDeleteStepTurnsSoftDeleteOff()
    {
        // Given
        var text = EstateWith("  - at: +1d\n    do: setSoftDelete\n    vault: vault-weu\n    enabled: false\n    days: 30\n");

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("timeline[0].days");
        error.Message.ShouldBe("soft-delete days are set only while soft delete is on, and enabled is false: the vault keeps the days it has, for a later setSoftDelete step that turns it on without days. Leave days out, or turn soft delete on.");
    }

    [Theory]
    [InlineData("    softDelete: false\n", false, 14)]
    [InlineData("    softDelete: true\n    softDeleteDays: 30\n", true, 30)]
    [InlineData("    softDeleteDays: 30\n", true, 30)]
    public void Should_AcceptTheVault_When_ItsSoftDeleteDaysGoWithSoftDeleteOn(string settings, bool enabled, int days)
    {
        // Given
        var text = World.Replace("    region: westeurope\n", "    region: westeurope\n" + settings, StringComparison.Ordinal);

        // When
        var vault = ScenarioParser.Parse(text, File).Vaults[0];

        // Then
        (vault.SoftDeleteEnabled, vault.SoftDeleteDays).ShouldBe((enabled, days));
    }
}
