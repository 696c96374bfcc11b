using Simulator.Scenarios.Parsing;
using Simulator.Scenarios.Running;
using Simulator.Tests.Support;

namespace Simulator.Tests.Scenarios;

/// <summary>An item's <c>health</c>, the reports' Protection Status, checked as a scenario expects it.</summary>
public sealed class HealthExpectationTests
{
    [Theory]
    [InlineData("NotReachable", true)]
    [InlineData("Unhealthy", false)]
    public void Should_CheckTheItemsHealth_When_AnExpectationGivesIt(string expected, bool passes)
    {
        // Given the deleted-VM scenario, whose item's VM is gone at its end, expecting a health
        var text = File.ReadAllText(Path.Combine(RepositoryFiles.Scenarios, "vm-deleted.yaml")).Replace("health: NotReachable", $"health: {expected}", StringComparison.Ordinal);

        // When
        var result = ScenarioRunner.Run(ScenarioParser.Parse(text, "vm-deleted.yaml"));

        // Then
        var outcome = result.Outcomes.Single(o => o.Subject == "item vm-app-01 health");
        outcome.Actual.ShouldBe("NotReachable");
        outcome.Passed.ShouldBe(passes);
    }
}
