namespace Simulator.Tests.Scenarios;

/// <summary>A redundancy written as the portal's short name (LRS, GRS, ZRS): told which word it is, once.</summary>
public sealed partial class ScenarioParserTests
{
    [Theory]
    [InlineData("LRS", "LocallyRedundant")]
    [InlineData("grs", "GeoRedundant")]
    [InlineData("ZRS", "ZoneRedundant")]
    public void Should_SuggestTheFullWord_When_AVaultsRedundancyIsItsShortName(string written, string meant)
    {
        // Given
        var text = World.Replace("    region: westeurope\n", $"    region: westeurope\n    redundancy: {written}\n", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("vaults[0].redundancy");
        error.Message.ShouldEndWith($"Did you mean '{meant}'?");
    }

    [Fact]
    public void Should_ReportOnlyTheUnreadValue_When_ASetRedundancyStepsValueCannotBeRead()
    {
        // Given: the vault protects vm-web-01, so a redundancy that was read would be refused as locked
        var text = World + """
            timeline:
              - at: 2026-01-06T10:00:00Z
                do: setRedundancy
                vault: vault-weu
                redundancy: LRS
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("timeline[0].redundancy");
        error.Message.ShouldBe("'LRS' is not one of GeoRedundant, LocallyRedundant, ZoneRedundant. Did you mean 'LocallyRedundant'?");
    }
}
