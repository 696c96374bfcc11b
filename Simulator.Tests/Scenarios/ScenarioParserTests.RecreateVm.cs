using Simulator.Scenarios.Model;
using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary>The <c>recreateVm</c> step, which brings a deleted VM back, and the <c>full</c> assertion of a point that shows its first copy.</summary>
public sealed partial class ScenarioParserTests
{
    [Fact]
    public void Should_ReadARecreateVmStep_When_ItNamesAVm()
    {
        // Given
        var text = World + """
            timeline:
              - at: +1d
                do: deleteVm
                item: vm-web-01
              - at: +2d
                do: recreateVm
                item: vm-web-01
            """;

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Steps[1].Action!.Verb.ShouldBe(ActionVerb.RecreateVm);
        definition.Steps[1].Action!.Item.ShouldBe("vm-web-01");
    }

    [Fact]
    public void Should_RefuseARecreateVmStep_When_ItNamesNoVm()
    {
        // Given
        var text = World + """
            timeline:
              - at: +1d
                do: recreateVm
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("timeline[0].item");
    }

    [Fact]
    public void Should_RefuseARecreateVmStep_When_ItNamesAVmTheFileDoesNotDefine()
    {
        // Given
        var text = World + """
            timeline:
              - at: +1d
                do: recreateVm
                item: vm-web-02
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("timeline[0].item");
        errors[0].Message.ShouldStartWith("no VM or server named 'vm-web-02'");
    }

    [Fact]
    public void Should_RefuseAnItemInAVault_When_RecreateVmNamesOne()
    {
        // Given: re-creating concerns the VM, as deleting it does
        var text = World + """
            timeline:
              - at: +1d
                do: recreateVm
                item: vault-weu/vm-web-01
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Message.ShouldBe("'vault-weu/vm-web-01' names an item in a vault; this action concerns the VM or server itself. Write 'vm-web-01'.");
    }

    [Fact]
    public void Should_RefuseAKeyRecreateVmDoesNotTake()
    {
        // Given
        var text = World + """
            timeline:
              - at: +1d
                do: recreateVm
                item: vm-web-01
                policy: Gold
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("timeline[0].policy");
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Should_ReadAPointsFullAssertion_When_ACheckGivesIt(string written, bool full)
    {
        // Given
        var text = World + $$"""
            expect:
              - point: { item: vm-web-01, nth: first }
                full: {{written}}
            """;

        // When
        var expectation = ScenarioParser.Parse(text, File).Expectations.ShouldHaveSingleItem();

        // Then it is one check
        expectation.Full.ShouldBe(full);
        expectation.Checks.ShouldBe(1);
    }

    [Fact]
    public void Should_RefuseAFullAssertion_When_ItIsNoTrueOrFalse()
    {
        // Given
        var text = World + """
            expect:
              - point: { item: vm-web-01 }
                full: yes please
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("expect[0].full");
    }
}
