using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary>A word a field takes is read in any case, as the README says; a key is not.</summary>
public sealed partial class ScenarioParserTests
{
    [Fact]
    public void Should_ReadAWordInAnyCase_When_AFieldTakesOne()
    {
        // Given words written in lower case, which the schema lists capitalised
        var text = World.Replace("frequency: Daily", "frequency: daily", StringComparison.Ordinal) + """
            timeline:
              - at: +1d
                do: backupnow
                item: vm-web-01
            expect:
              - points: { item: vm-web-01, tier: vaultstandard }
                min: 1
            """;

        // When
        var scenario = ScenarioParser.Parse(text, File);

        // Then each is the word it spells
        scenario.Steps.ShouldHaveSingleItem().Action.ShouldNotBeNull();
        scenario.Expectations.ShouldHaveSingleItem();
    }

    [Fact]
    public void Should_RefuseAKeyInAnotherCase_WithTheKeyMeant()
    {
        // Given
        var text = World.Replace("policy: Gold", "Policy: Gold", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem().Message.ShouldStartWith("unknown key 'Policy'. Did you mean 'policy'?");
    }
}
