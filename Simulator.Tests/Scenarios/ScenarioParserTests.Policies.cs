namespace Simulator.Tests.Scenarios;

public sealed partial class ScenarioParserTests
{
    [Fact]
    public void Should_ReportOnlyTheValue_When_APolicyRuleIsLeftWithoutTheValueThatCouldNotBeRead()
    {
        // Given: 'Jan' is no month, and without it the yearly rule would name no month at all
        var text = World.Replace(
            "retention: { daily: { days: 30 } }",
            "retention: { daily: { days: 30 }, yearly: { years: 1, months: [Jan], days: [1] } }",
            StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Select(e => e.Field).ShouldBe(["vaults[0].policies[0].retention.yearly.months[0]"], Describe(errors));
        errors[0].Message.ShouldContain("'Jan' is not one of January");
    }
}
