using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

public sealed partial class ScenarioParserTests
{
    private static string WithRefused(string refused) => World + $"""
        timeline:
          - at: 2026-01-06T00:00:00Z
            do: startVm
            item: vm-web-01
            refused: {refused}

        """;

    [Theory]
    [InlineData("false")]
    [InlineData("No")]
    public void Should_RefuseRefusedFalse_When_AStepSaysItExpectsNoRefusal(string value)
    {
        // Given: read as text, 'false' would expect a refusal whose reason contains the word
        var text = WithRefused(value);

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("timeline[0].refused");
        error.Message.ShouldBe($"'{value}' would expect no refusal, which is what a step without 'refused' expects; leave it out, or give 'true' or the text the refusal's reason contains.");
    }

    [Fact]
    public void Should_RefuseAnEmptyRefused_When_AStepGivesNoText()
    {
        // Given: an empty text is in every reason, which 'refused: true' says plainly
        var text = WithRefused("\"\"");

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("timeline[0].refused");
        error.Message.ShouldBe("must not be empty; give 'true' to accept any reason, or the text the refusal's reason contains.");
    }

    [Theory]
    [InlineData("1", "1")]
    [InlineData("0", "0")]
    [InlineData("2.5", "2.5")]
    public void Should_RefuseRefused_When_ItIsANumberWithoutQuotes(string value, string shown)
    {
        // Given: read as text, 'refused: 1' would expect a reason containing the digit, where 'yes' was more likely meant
        var text = WithRefused(value);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).ToString().ShouldBe(
            $"check.yaml:23:14: timeline[0].refused: {shown} is a number, and 'refused' takes 'true' (any reason) or the text the refusal's reason contains; write it in quotes (\"{shown}\") if the reason is to contain it.");
    }

    [Fact]
    public void Should_ExpectAReasonContainingTheNumber_When_RefusedQuotesIt()
    {
        // Given
        var text = WithRefused("\"1\"");

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Steps.ShouldHaveSingleItem().ExpectRefusal.ShouldBe("1");
    }

    [Theory]
    [InlineData("true")]
    [InlineData("True")]
    [InlineData("YES")]
    public void Should_AcceptAnyReason_When_RefusedIsTrueInAnyCase(string value)
    {
        // Given
        var text = WithRefused(value);

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Steps.ShouldHaveSingleItem().ExpectRefusal.ShouldBe(string.Empty);
    }

    [Theory]
    [InlineData("restore")]
    [InlineData("backupNo")]
    public void Should_ReportOnlyTheAction_When_ARefusedStepsDoIsNoActionVaultsimRuns(string verb)
    {
        // Given: the step has its 'do'; saying 'refused' needs one would send the reader looking for a missing line
        var text = WithRefused("true").Replace("do: startVm", $"do: {verb}", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).Field.ShouldBe("timeline[0].do");
    }
}
