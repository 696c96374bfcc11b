using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

public sealed partial class ScenarioParserTests
{
    [Fact]
    public void Should_RefuseAnAfterTriggerAndSuggestTheClosestItem_When_ItNamesNoDefinedItem()
    {
        // Given
        var text = World + """
            timeline:
              - after: { transferStarted: vm-wbe-01 }
                say: The first transfer started.
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].ToString().ShouldStartWith("check.yaml:20:31: timeline[0].after.transferStarted: no VM or server named 'vm-wbe-01' is defined. Did you mean 'vm-web-01'?");
    }

    [Fact]
    public void Should_SuggestNothing_When_NoDefinedItemIsCloseToTheAfterTriggersItem()
    {
        // Given
        var text = World + """
            timeline:
              - after: { jobFailed: sql-prod-17 }
                say: The database backup failed.
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Message.ShouldStartWith("no VM or server named 'sql-prod-17' is defined. Defined: vm-web-01, web-001");
    }

    [Fact]
    public void Should_AcceptAfterTriggers_When_TheyNameAWrittenVmAGeneratedVmAndAMarsServer()
    {
        // Given
        var text = World + """
            marsServers:
              - name: fs-01
                vault: vault-weu
            timeline:
              - after: { transferStarted: VM-WEB-01 }
                say: names are matched ignoring case, as in Azure
              - after: { jobCompleted: web-003, nth: 2 }
                say: a fleet's VM
              - after: { pointCreated: fs-01 }
                say: a MARS server
            """;

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Steps.Select(s => s.Timing.After!.Item).ShouldBe(["VM-WEB-01", "web-003", "fs-01"]);
    }
}
