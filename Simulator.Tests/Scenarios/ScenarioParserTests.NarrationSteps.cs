namespace Simulator.Tests.Scenarios;

/// <summary>A step without an action only narrates, so an action's argument on it would be read by nothing.</summary>
public sealed partial class ScenarioParserTests
{
    [Theory]
    [InlineData("item: vm-web-01", "timeline[0].item", 22)]
    [InlineData("vault: vault-weu\n    policy: Gold", "timeline[0].vault", 22)]
    [InlineData("retainUntil: 2026-01-09", "timeline[0].retainUntil", 22)]
    public void Should_RefuseAnActionsArgument_When_TheStepHasNoAction(string argument, string field, int line)
    {
        // Given a trainer who meant the agent to break and forgot the 'do' line: the step would only narrate
        var text = World + $"""
            timeline:
              - at: +1d
                say: The VM agent stops responding.
                {argument}
            """;

        // When
        var errors = ErrorsOf(text);

        // Then the argument is told at its line, with what the step lacks
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe(field);
        error.Line.ShouldBe(line);
        error.Message.ShouldStartWith($"'{field["timeline[0].".Length..]}' goes with an action, and this step has no 'do', so it would only narrate;");
    }

    [Fact]
    public void Should_TellOnlyTheMisspeltDo_When_ItsArgumentsFollowIt()
    {
        // Given
        var text = World + """
            timeline:
              - at: +1d
                doo: breakAgent
                item: vm-web-01
            """;

        // When
        var errors = ErrorsOf(text);

        // Then the unknown key with the one meant, not also its argument
        errors.ShouldHaveSingleItem(Describe(errors)).Message.ShouldContain("Did you mean 'do'?");
    }
}
