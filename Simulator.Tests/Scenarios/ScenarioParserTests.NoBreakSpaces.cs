namespace Simulator.Tests.Scenarios;

/// <summary>A no-break space, as a web page or a chat pasted it, where YAML wants a space (after a key's ':', after a
/// list's '-', in the indentation) is told where it is and what it is: YAML reads it as a letter, and the mistake it
/// then finds, on that line or the next, said nothing of it.</summary>
public sealed partial class ScenarioParserTests
{
    [Theory]
    [InlineData("name: check\n", "name:\u00A0check\n", "check.yaml:1:6: not valid YAML: the line holds a no-break space (U+00A0) where YAML needs a plain space, and reads it as a letter; type a space in its place.")]
    [InlineData("    vault: vault-weu\n    policy: Gold\n", "    vault: vault-weu\n    policy:\u00A0Gold\n", "check.yaml:14:12: not valid YAML: the line holds a no-break space (U+00A0) where YAML needs a plain space, and reads it as a letter; type a space in its place.")]
    [InlineData("  - name: vm-web-01\n", "  -\u00A0name: vm-web-01\n", "check.yaml:12:4: not valid YAML: the line holds a no-break space (U+00A0) where YAML needs a plain space, and reads it as a letter; type a space in its place.")]
    [InlineData("    policy: Gold\n", "    policy:\u202FGold\n", "check.yaml:14:12: not valid YAML: the line holds a narrow no-break space (U+202F) where YAML needs a plain space, and reads it as a letter; type a space in its place.")]
    public void Should_TellWhereANoBreakSpaceIs_When_YamlCantReadTheLineBecauseOfIt(string find, string replace, string expected)
    {
        // Given
        var text = World.Replace(find, replace, StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).ToString().ShouldBe(expected);
    }

    [Fact]
    public void Should_TellAKeyIndentedWithNoBreakSpacesOnce_When_ItWouldReadAsAnotherKey()
    {
        // Given: indented with no-break spaces, 'policy' reads as an unknown key at the start of its line, which the
        // message showed as '    policy', blank space a person can't tell from the spaces around it
        var text = World.Replace("    policy: Gold\n", "\u00A0\u00A0\u00A0\u00A0policy: Gold\n", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).ToString().ShouldBe(
            "check.yaml:14:1: \\u00A0\\u00A0\\u00A0\\u00A0policy: the key holds a no-break space (U+00A0) where YAML needs a plain space, and reads it as a letter; type a space in its place.");
    }

    [Fact]
    public void Should_KeepANoBreakSpace_When_ItIsInANarrationsText()
    {
        // Given: French typography puts one before a colon; in a text it is a letter as any other
        var text = World + "timeline:\n  - at: +1h\n    say: \"Sauvegarde\u00A0: en cours\"\n";

        // When
        var scenario = Simulator.Scenarios.Parsing.ScenarioParser.Parse(text, File);

        // Then
        scenario.Steps.ShouldHaveSingleItem().Say.ShouldBe("Sauvegarde\u00A0: en cours");
    }

    [Theory]
    [InlineData('\u2013', "an en dash (U+2013)")]
    [InlineData('\u2014', "an em dash (U+2014)")]
    [InlineData('\u2212', "a minus sign (U+2212)")]
    public void Should_TellATypographicDashOpeningAListItem_When_AWordProcessorReplacedTheHyphen(char dash, string named)
    {
        // Given: a word processor's autocorrect made the list's '-' a dash, which YAML reads as a letter
        var text = World.Replace("  - name: vm-web-01\n", $"  {dash} name: vm-web-01\n", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).ToString().ShouldBe(
            $"check.yaml:12:3: not valid YAML: the line starts with {named} where a list item starts with '-', and YAML reads it as a letter; type '-' in its place.");
    }
}
