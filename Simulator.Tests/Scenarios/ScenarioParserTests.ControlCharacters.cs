using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

public sealed partial class ScenarioParserTests
{
    [Theory]
    [InlineData("\\x01", "U+0001")]
    [InlineData("\\0", "U+0000")]
    [InlineData("\\e[2J\\e[H", "U+001B")]
    [InlineData("line\\nbreak", "U+000A")]
    [InlineData("first\\u2028second", "U+2028")]
    public void Should_RefuseAControlCharacterOnce_When_AStepSaysIt(string escaped, string code)
    {
        // Given
        var text = World + $"""
            timeline:
              - at: +1h
                say: "{escaped}"
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Line.ShouldBe(21);
        errors[0].Field.ShouldBe("timeline[0].say");
        errors[0].Message.ShouldStartWith($"the text holds a control character ({code})");
    }

    [Fact]
    public void Should_RefuseAControlCharacter_When_ANameHoldsIt()
    {
        // Given
        var text = World.Replace("name: check", "name: \"check\\x07\"", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].ToString().ShouldBe("check.yaml:1:7: name: the text holds a control character (U+0007), which can't be shown or written to a report; remove it.");
    }

    [Fact]
    public void Should_RefuseAKeyWithAControlCharacter_WithoutWritingItRaw()
    {
        // Given
        var text = World + "\"vms\\e\": []\n";

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("vms\\u001B");
        errors[0].Message.ShouldStartWith("the key holds a control character (U+001B)");
    }

    [Fact]
    public void Should_QuoteAControlCharacterByItsCode_When_AMessageShowsTheValue()
    {
        // Given
        var text = World + "timeline: \"\\e[2J\"\n";

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Message.ShouldBe("expected a list, found '\\u001B[2J'.");
    }

    [Fact]
    public void Should_ReportAnNthWithAControlCharacter_InsteadOfTakingTheNewest()
    {
        // Given
        var text = World + """
            expect:
              - job: { item: vm-web-01, nth: "\x01" }
                status: Completed
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("expect[0].job.nth");
    }

    [Fact]
    public void Should_AcceptLineBreaksAndTabs_When_TheDescriptionHoldsThem()
    {
        // Given
        var text = World.Replace("name: check\n", "name: check\ndescription: |\n  two\tcolumns\n  and lines\n", StringComparison.Ordinal);

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Header.Description.ShouldBe("two\tcolumns\nand lines\n");
    }

    [Fact]
    public void Should_RefuseAnEscapeCharacter_When_TheDescriptionHoldsIt()
    {
        // Given
        var text = World.Replace("name: check\n", "name: check\ndescription: \"\\e[2J\"\n", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("description");
    }

    [Fact]
    public void Should_RefuseAPolicyFileWhoseNameHoldsAControlCharacter()
    {
        // Given, When a scenario imports a policy file whose name holds an escape
        var (scenario, error) = ImportedSampleError("escape.json", "\"name\": \"testing123\"", "\"name\": \"testing\\u001b[2J\"");

        // Then
        error.ShouldBe(
            $"{scenario}:8:15: vaults[0].policies[0].file: escape.json:5:9: name: the text holds a control character (U+001B), which can't be shown or written to a report; remove it.");
    }
}
