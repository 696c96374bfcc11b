namespace Simulator.Tests.Scenarios;

/// <summary>A value YAML reads as null (<c>~</c>, <c>null</c>, nothing): said to be missing, not read as the text '~'.</summary>
public sealed partial class ScenarioParserTests
{
    [Theory]
    [InlineData("name: check", "name: ~", "name", "has no value: YAML reads '~' as none. Write one (in quotes if '~' itself is meant), or leave it out.")]
    [InlineData("retention: { daily: { days: 30 } }", "retention: { daily: { days: null } }", "vaults[0].policies[0].retention.daily.days", "has no value: YAML reads 'null' as none. Write one (in quotes if 'null' itself is meant), or leave it out.")]
    [InlineData("count: 3", "count:", "fleets[0].count", "has no value; write one, or leave it out.")]
    public void Should_ReportAValueAsMissing_When_YamlReadsItAsNull(string find, string replace, string field, string message)
    {
        // Given
        var text = World.Replace(find, replace, StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe(field);
        error.Message.ShouldBe(message);
    }

    [Fact]
    public void Should_SayNoValueWasFound_When_AListIsLeftEmpty()
    {
        // Given
        var text = World + "tags:\n";

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("tags");
        error.Message.ShouldBe("expected a list, found no value.");
    }

    [Fact]
    public void Should_ReadATilde_When_ItIsQuoted()
    {
        // Given
        var text = World.Replace("name: check", "name: \"~\"", StringComparison.Ordinal);

        // When
        var scenario = Simulator.Scenarios.Parsing.ScenarioParser.Parse(text, File);

        // Then
        scenario.Header.Name.ShouldBe("~");
    }
}
