using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary><c>vault/name</c> names a VM's item in one vault, where backup was reconfigured in another.</summary>
public sealed partial class ScenarioParserTests
{
    [Fact]
    public void Should_ReadAnItemInAVault_When_AStepAndACheckNameIt()
    {
        // Given
        var text = World + """
            timeline:
              - at: +1d
                do: stopProtection
                item: vault-weu/vm-web-01
                mode: retainForever
            expect:
              - item: VAULT-WEU/vm-web-01
                protectionState: ProtectionStopped
            """;

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Steps[0].Action!.Item.ShouldBe("vault-weu/vm-web-01");
        definition.Expectations[0].Item.ShouldBe("VAULT-WEU/vm-web-01");
    }

    [Fact]
    public void Should_ReportTheVault_When_AnItemNamesOneTheFileDoesNotDefine()
    {
        // Given
        var text = World + """
            expect:
              - points: { item: vault-lrs/vm-web-01 }
                count: 1
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("expect[0].points.item");
        errors[0].Message.ShouldStartWith("no vault named 'vault-lrs' is defined (in 'vault-lrs/vm-web-01', vault/name).");
    }

    [Fact]
    public void Should_RefuseAnItemInAVault_When_TheActionConcernsTheVmItself()
    {
        // Given
        var text = World + """
            timeline:
              - at: +1d
                do: deleteVm
                item: vault-weu/vm-web-01
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("timeline[0].item");
        errors[0].Message.ShouldBe("'vault-weu/vm-web-01' names an item in a vault; this action concerns the VM or server itself. Write 'vm-web-01'.");
    }
}
