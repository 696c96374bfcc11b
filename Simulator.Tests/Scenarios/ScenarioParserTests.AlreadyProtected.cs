using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary>Protecting a data source whose schedule surely still runs is refused by <c>validate</c>, as the run would
/// refuse it; where a step above may have stopped it, the run decides.</summary>
public sealed partial class ScenarioParserTests
{
    [Theory]
    [InlineData("vault-weu")]
    [InlineData("vault-weu-2")]
    public void Should_RefuseConfigureProtectionAtTheItem_When_TheFileProtectsItFromTheStart(string vault)
    {
        // Given
        var text = EstateWith($"  - at: +1d\n    do: configureProtection\n    item: vm-web-01\n    vault: {vault}\n");

        // When
        var errors = ErrorsOf(text);

        // Then: in the core's words, which the run would have given
        errors.ShouldHaveSingleItem(Describe(errors)).ToString().ShouldBe(
            "check.yaml:44:11: timeline[0].item: it is already protected by vault 'vault-weu', and a VM can be backed up to only one vault at a time. Stop protection there first. (The file protects 'vm-web-01' there from the start, and no stopProtection step above stops it.)");
    }

    [Fact]
    public void Should_RefuseASecondConfigureProtection_NamingTheStepThatProtectedIt()
    {
        // Given
        var text = EstateWith("""
              - at: +1d
                do: configureProtection
                item: fs-02
                vault: vault-weu
                policy: Files
              - at: +1d
                do: configureProtection
                item: fs-02
                vault: vault-weu
                policy: Files

            """);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).ToString().ShouldBe(
            "check.yaml:49:11: timeline[1].item: it is already protected by vault 'vault-weu', and a VM can be backed up to only one vault at a time. Stop protection there first. (The configureProtection step at line 42 protects 'fs-02' there, and no stopProtection step above stops it.)");
    }

    [Theory]
    [InlineData("  - at: +1d\n    do: stopProtection\n    item: vm-web-01\n    mode: retainAsPerPolicy\n")]
    [InlineData("  - at: +1d\n    do: stopProtection\n    item: vault-weu/vm-web-01\n    mode: retainForever\n    refused: true\n")]
    public void Should_LeaveConfigureProtectionToTheRun_When_AStepAboveMayHaveStoppedProtection(string stop)
    {
        // Given: reconfigured in an alternate vault once stopped, as the tutorial does
        var text = EstateWith(stop + "  - at: +1d\n    do: configureProtection\n    item: vm-web-01\n    vault: vault-weu-2\n    policy: Bronze\n");

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Steps.Count.ShouldBe(2);
    }

    [Fact]
    public void Should_LeaveASecondConfigureProtectionToTheRun_When_TheVmMayHaveBeenDeletedBeforeTheFirst()
    {
        // Given: the first is refused for the deleted VM, so it protects nothing the second could be refused for
        var text = EstateWith("""
              - at: +1d
                do: deleteVm
                item: vm-app-01
              - at: +1d
                do: configureProtection
                item: vm-app-01
                vault: vault-weu
              - at: +1d
                do: configureProtection
                item: vm-app-01
                vault: vault-weu-2

            """);

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Steps.Count.ShouldBe(3);
    }
}
