namespace Simulator.Tests.Scenarios;

/// <summary>A key written with no space after its ':' (<c>seed:3</c>, as JSON and many config files allow) is told as
/// that, at the place the space goes: YAML reads it as one text, and said to check the line's indentation, which was right.</summary>
public sealed partial class ScenarioParserTests
{
    [Theory]
    [InlineData("duration: 7d\n", "duration:7d\n", "check.yaml:3:10: not valid YAML: 'duration:7d' has no space after its ':', so YAML reads it as one text, not a key and its value; write 'duration: 7d'.")]
    [InlineData("    policy: Gold\n", "    policy:Gold\n", "check.yaml:14:12: not valid YAML: 'policy:Gold' has no space after its ':', so YAML reads it as one text, not a key and its value; write 'policy: Gold'.")]
    [InlineData("  - name: vm-web-01\n", "  - name:vm-web-01\n", "check.yaml:12:10: not valid YAML: 'name:vm-web-01' has no space after its ':', so YAML reads it as one text, not a key and its value; write 'name: vm-web-01'.")]
    [InlineData("    count: 3\n    vault: vault-weu\n", "    count: 3\n    vault:vault-weu\n", "check.yaml:18:11: not valid YAML: 'vault:vault-weu' has no space after its ':', so YAML reads it as one text, not a key and its value; write 'vault: vault-weu'.")]
    public void Should_SayTheSpaceAfterTheColonIsMissing_When_AKeyIsWrittenAgainstItsValue(string find, string replace, string expected)
    {
        // Given
        var text = World.Replace(find, replace, StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).ToString().ShouldBe(expected);
    }

    [Fact]
    public void Should_SayTheSpaceAfterTheColonIsMissingOnce_When_AKeyIsWrittenAgainstItsValueInBraces()
    {
        // Given: in braces YAML takes 'item:vm-web-01' as a key, and it was told as an unknown key and 'item' as missing
        var text = World + """
            expect:
              - job: { item:vm-web-01 }
                status: Completed
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).ToString().ShouldBe(
            "check.yaml:20:17: expect[0].job.item:vm-web-01: 'item:vm-web-01' has no space after its ':', so YAML reads it as one text, not a key and its value; write 'item: vm-web-01'.");
    }

    [Theory]
    [InlineData("  - name: vm-web-01\n", "  -name: vm-web-01\n", "check.yaml:12:4: not valid YAML: '-name' has no space after its '-', so YAML reads it as a key, not a list item; write '- name'.")]
    [InlineData("  - name: web\n", "  -name: web\n", "check.yaml:16:4: not valid YAML: '-name' has no space after its '-', so YAML reads it as a key, not a list item; write '- name'.")]
    public void Should_SayTheSpaceAfterTheDashIsMissing_When_AListItemIsWrittenAgainstItsKey(string find, string replace, string expected)
    {
        // Given: told as a ':' that would start a mapping on the line below, or as that line's indentation
        var text = World.Replace(find, replace, StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).ToString().ShouldBe(expected);
    }
}
