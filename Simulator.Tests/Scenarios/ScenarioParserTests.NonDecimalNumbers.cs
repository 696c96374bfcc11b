namespace Simulator.Tests.Scenarios;

/// <summary>YAML 1.2 reads <c>0x10</c> and <c>0o17</c> as whole numbers: a count or a number given so is told its decimal
/// value, which a scenario writes, rather than that it is no number.</summary>
public sealed partial class ScenarioParserTests
{
    [Theory]
    [InlineData("    region: westeurope\n", "    region: westeurope\n    softDeleteDays: 0x10\n", "check.yaml:7:21: vaults[0].softDeleteDays: '0x10' is hexadecimal; a scenario writes numbers in decimal: 16.")]
    [InlineData("    policy: Gold", "    policy: Gold\n    usedGb: 0o17", "check.yaml:15:13: vms[0].usedGb: '0o17' is octal; a scenario writes numbers in decimal: 15.")]
    [InlineData("    count: 3", "    count: !!int 0xFFFFFFFFFFFFFFFFFFFF", "check.yaml:17:12: fleets[0].count: '0xFFFFFFFFFFFFFFFFFFFF' is hexadecimal; a scenario writes numbers in decimal: 1208925819614629174706175.")]
    public void Should_GiveTheDecimalValue_When_ANumberIsWrittenInHexadecimalOrOctal(string find, string replace, string expected)
    {
        // Given
        var text = World.Replace(find, replace, StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).ToString().ShouldBe(expected);
    }
}
