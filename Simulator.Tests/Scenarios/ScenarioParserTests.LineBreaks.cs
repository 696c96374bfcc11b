namespace Simulator.Tests.Scenarios;

/// <summary>Line breaks YAML 1.1 reads and editors don't show (NEL, LS, PS), refused where an editor places them.</summary>
public sealed partial class ScenarioParserTests
{
    [Theory]
    [InlineData("name: check\u0085two\n", 1, 12, "U+0085, next line")]
    [InlineData("# a comment\u2028seed: 4\nname: check\n", 1, 12, "U+2028, line separator")]
    [InlineData("name: check\nstart: 2026-01-05T00:00:00Z\u2029\nduration: 7d\n", 2, 28, "U+2029, paragraph separator")]
    public void Should_RefuseALineBreakAnEditorDoesNotShow_AtItsLineAndColumn(string text, int line, int column, string name)
    {
        // When
        var errors = ErrorsOf(text);

        // Then: a key after one in a comment was read, and later lines were numbered one off
        errors.ShouldHaveSingleItem().ToString().ShouldBe(
            $"check.yaml:{line}:{column}: the file holds an invisible line break ({name}), which YAML reads as the end of a line where an editor shows none; remove it, or break the line there with Enter.");
    }
}
