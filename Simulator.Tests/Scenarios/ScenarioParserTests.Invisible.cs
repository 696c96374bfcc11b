namespace Simulator.Tests.Scenarios;

/// <summary>Characters that show as nothing (a zero-width space, a word joiner, a soft hyphen, a direction mark, a
/// byte-order mark past the start) are refused as control characters are, and shown by their code.</summary>
public sealed partial class ScenarioParserTests
{
    [Theory]
    [InlineData('\uFEFF', "U+FEFF, a byte-order mark, as at the start of a file pasted in")]
    [InlineData('\u200B', "U+200B, a zero-width space")]
    [InlineData('\u2060', "U+2060, a word joiner")]
    [InlineData('\u200E', "U+200E, a text direction mark")]
    [InlineData('\u200F', "U+200F, a text direction mark")]
    [InlineData('\u00AD', "U+00AD, a soft hyphen")]
    [InlineData('\u200D', "U+200D, a zero-width joiner, as in an emoji made of several")]
    [InlineData('\u061C', "U+061C, a text direction mark")]
    [InlineData('\u202E', "U+202E, a text direction override, which reorders the text after it on screen")]
    public void Should_RefuseAnInvisibleCharacterNamingIt_When_AValueHoldsIt(char invisible, string code)
    {
        // Given: vm-web-01 with it would be another VM than the one the steps name
        var text = World.Replace("  - name: vm-web-01", $"  - name: vm-web{invisible}-01", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).ToString().ShouldBe(
            $"check.yaml:12:11: vms[0].name: the text holds an invisible character ({code}), which shows as nothing, so that two texts that read the same would differ; remove it.");
    }

    [Fact]
    public void Should_RefuseAKeyStartingWithAByteOrderMarkOnce_When_AFileWasPastedAfterAnother()
    {
        // Given
        var text = World.Replace("name: check\n", "\uFEFFname: check\n", StringComparison.Ordinal);
        text = "# pasted\n" + text;

        // When
        var errors = ErrorsOf(text);

        // Then: not "unknown key 'name'. Did you mean 'name'?", nor 'name' missing
        errors.ShouldHaveSingleItem(Describe(errors)).ToString().ShouldBe(
            "check.yaml:2:1: \\uFEFFname: the key holds an invisible character (U+FEFF, a byte-order mark, as at the start of a file pasted in), which shows as nothing, so that two texts that read the same would differ; remove it.");
    }

    [Fact]
    public void Should_SayTheLineHoldsAByteOrderMark_When_APastedFileStartsWithAComment()
    {
        // Given a file pasted after another, its byte-order mark now before a comment: YAML reads the line as a key
        // without its colon, and it was told as "check this line's indentation", of a line whose indentation is right
        var text = World + "\uFEFF# pasted from another file\n";
        var line = World.Count(c => c == '\n') + 1;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).ToString().ShouldBe(
            $"check.yaml:{line}:1: not valid YAML: the line holds an invisible character (U+FEFF, a byte-order mark, as at the start of a file pasted in), which shows as nothing, so that two texts that read the same would differ; remove it.");
    }
}
