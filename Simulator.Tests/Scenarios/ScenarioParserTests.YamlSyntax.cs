namespace Simulator.Tests.Scenarios;

/// <summary>YAML syntax mistakes in plain words, at the place a person has to change.</summary>
public sealed partial class ScenarioParserTests
{
    [Fact]
    public void Should_ReportATabAtItsOwnLineAndColumn_InPlainWords()
    {
        // Given
        const string text = "name: check\nstart: 2026-01-05T00:00:00Z\nduration: 7d\n\tvaults: []\n";

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem().ToString().ShouldBe("check.yaml:4:1: not valid YAML: a tab in the indentation; YAML indents with spaces only.");
    }

    [Fact]
    public void Should_ReportATabInsideTheIndentationAtItsColumn()
    {
        // Given
        const string text = "name: check\nstart: 2026-01-05T00:00:00Z\nduration: 7d\nvaults:\n  - name: vault-a\n  \tregion: westeurope\n";

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem();
        (error.Line, error.Column).ShouldBe((6, 3));
    }

    [Theory]
    [InlineData("name: check\n  start: 2026\n", 2, 3, "'start' is indented 2 spaces deeper than 'name' on line 1, so YAML reads it as part of that key's value; start it at column 1, as the keys beside it.")]
    [InlineData("timeline:\n  - at: +1d\n    item: vm-a\n     do: startVm\n", 4, 6, "'do' is indented 1 space deeper than 'item' on line 3, so YAML reads it as part of that key's value; start it at column 5, as the keys beside it.")]
    [InlineData("name: check\ndescription: a: b\n", 2, 15, "a ':' followed by a space here would start a mapping inside a value")]
    [InlineData("timeline:\n  - at: +1d\n    item: vm-a\n   do: startVm\n", 4, 4, "'do' starts at column 4, 1 space short of 'item' on line 3; start it at column 5, as the keys beside it, or at the column of the keys it belongs to.")]
    [InlineData("vms:\n  - name: vm-a\n  os: Linux\n", 3, 3, "'os' starts at column 3, 2 spaces short of 'name' on line 2; start it at column 5, as the keys beside it, or at the column of the keys it belongs to.")]
    [InlineData("name: check\nstart: [2026\n", 3, 1, "a list opened with '[' is not closed")]
    [InlineData("name: check\ntags: [\n", 2, 7, "a list opened with '[' here is not closed: a ']' is missing before the end of the file.")]
    [InlineData("name: check\nsettings: { snapshotDuration: [ # no end\n\n", 2, 31, "a list opened with '[' here is not closed: a ']' is missing before the end of the file.")]
    [InlineData("name: check\nsettings: {\n", 2, 11, "a mapping opened with '{' here is not closed: a '}' is missing before the end of the file.")]
    [InlineData("name: check\ntags: [a, , b]\n", 2, 11, "a value is missing here.")]
    [InlineData("name: check\nname: again\n", 2, 1, "the key 'name' appears twice (first at line 1, column 1); a mapping holds each key once.")]
    [InlineData("name: check\n'start': 2026-01-05\nstart: 2026-01-06\n", 3, 1, "the key 'start' appears twice (first at line 2, column 1); a mapping holds each key once.")]
    [InlineData("name: check\n\"start\": 2026-01-05\nstart: 2026-01-06\n", 3, 1, "the key 'start' appears twice (first at line 2, column 1); a mapping holds each key once.")]
    [InlineData("name: check\nvms:\n  - name: vm-a\n    vault: a\n  - name: vm-b\n    # the second's\n    vault: b\n    vault: c\n", 8, 5, "the key 'vault' appears twice (first at line 7, column 5)")]
    [InlineData("name: check\nvms:\n  - name: vm-a\n    vault: a\n  - name: vm-b\n    name: vm-c\n", 6, 5, "the key 'name' appears twice (first at line 5, column 5)")]
    [InlineData("name: check\nvms:\n  - { name: vm-a, vault: a, name: vm-b }\n", 3, 29, "the key 'name' appears twice (first at line 3, column 7); a mapping holds each key once.")]
    [InlineData("name: check\nvms: [{ name: vm-a, os: { name: x }, name: vm-b }]\n", 2, 38, "the key 'name' appears twice (first at line 2, column 9)")]
    [InlineData("name: check\nvms:\n  - {\n    name: vm-a,\n    'name': vm-b }\n", 5, 5, "the key 'name' appears twice (first at line 4, column 5)")]
    [InlineData("name: check\nstart: *when\n", 2, 8, "the alias '*when' refers to no anchor '&when' before it")]
    [InlineData("--- &a x\n--- *a\n", 2, 5, "the alias '*a' refers to no anchor '&a' before it")]
    [InlineData("name: &a &b check\n", 1, 10, "a value has two anchors")]
    [InlineData("name: \"a\\q\"\n", 1, 7, "a double-quoted text holds a backslash that starts no escape")]
    [InlineData("name: check\nstart: @now\n", 2, 8, "a value can't start with this character")]
    [InlineData("name: check\ndescription: %done\n", 2, 14, "a value can't start with this character ('@', '`' and '%' are reserved in YAML)")]
    [InlineData("- a\nb: c\n", 2, 1, "expected a list item ('- ...') here")]
    [InlineData("name: check\n- a\n", 2, 1, "expected a key here ('name: value')")]
    [InlineData("name: check\ndescription: \"A tour\" of a vault\n", 2, 23, "text after the closing \" of a quoted value, which ends there; put the whole value inside the quotes, or leave the quotes out.")]
    [InlineData("name: check\nvms:\n  - name: 'it''s' mine\n", 3, 19, "text after the closing ' of a quoted value")]
    public void Should_SayAYamlSyntaxMistakeInPlainWords_AtItsPlace(string text, int line, int column, string words)
    {
        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem();
        error.Message.ShouldStartWith($"not valid YAML: {words}");
        (error.Line, error.Column).ShouldBe((line, column));
        error.Message.ShouldNotContain("While ");
    }

    [Theory]
    [InlineData("x-note: 1\n: westeurope\n", "check.yaml:20:3: a key is missing before this value's ':'; write it as 'key: value'.")]
    [InlineData("expect:\n  - { item: vm-web-01, protectionState: Protected, : Failed }\n", "check.yaml:20:54: expect[0]: a key is missing before this value's ':'; write it as 'key: value'.")]
    public void Should_PlaceAMissingKeyAtItsValue_When_AValueHasNoKey(string section, string expected)
    {
        // Given a value whose key was left out, which YAML reads as an empty key placed where its mapping starts
        var text = World + section;

        // When
        var errors = ErrorsOf(text);

        // Then it is told at its own line, not at the mapping's first
        errors.ShouldHaveSingleItem(Describe(errors)).ToString().ShouldBe(expected);
    }
}

