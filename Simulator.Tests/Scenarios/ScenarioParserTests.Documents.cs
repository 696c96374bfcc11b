namespace Simulator.Tests.Scenarios;

/// <summary>A file that holds no scenario, or more than one document: said as what it is, where it is.</summary>
public sealed partial class ScenarioParserTests
{
    [Theory]
    [InlineData("", "check.yaml:1:1: the file is empty; a scenario needs at least 'name', 'start' and 'duration' (or 'end').")]
    [InlineData("\n  \n", "check.yaml:1:1: the file is empty; a scenario needs at least 'name', 'start' and 'duration' (or 'end').")]
    [InlineData("# yaml-language-server: $schema=scenario.schema.json\n# a lesson to come\n", "check.yaml:1:1: the file holds only comments; a scenario needs at least 'name', 'start' and 'duration' (or 'end').")]
    [InlineData("# a lesson to come\n---\n", "check.yaml:2:1: the document holds nothing; a scenario needs at least 'name', 'start' and 'duration' (or 'end').")]
    public void Should_SayWhatTheFileHolds_When_ItHoldsNoScenario(string text, string expected)
    {
        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem().ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData("name: one\nstart: 2026-01-05T00:00:00Z\nduration: 7d\n---\nname: two\n", 4, 1)]
    [InlineData("name: one\nstart: 2026-01-05T00:00:00Z\nduration: 7d\n# the end\n---\n", 5, 1)]
    [InlineData("name: one\nstart: 2026-01-05T00:00:00Z\nduration: 7d\n...\nname: two\n", 5, 1)]
    public void Should_ReportASecondDocument_AtWhereItStarts(string text, int line, int column)
    {
        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem();
        (error.Line, error.Column).ShouldBe((line, column));
        error.Message.ShouldBe("a second YAML document starts here; a scenario is one. Remove this line and the text after it, or move that text to a file of its own.");
    }
}
