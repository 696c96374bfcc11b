using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary>A step waiting for what a MARS server's jobs never do would wait until the end: <c>validate</c> says so.</summary>
public sealed partial class ScenarioParserTests
{
    [Theory]
    [InlineData("snapshotCompleted")]
    [InlineData("transferSkipped")]
    public void Should_RefuseAStepWaitingAtTheHappening_When_AMarsServerNeverHasIt(string happening)
    {
        // Given
        var text = EstateWith($"  - after: {{ {happening}: fs-01 }}\n    say: never\n");

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe($"timeline[0].after.{happening}");
        error.Message.ShouldBe($"'fs-01' is a MARS server, whose jobs have one phase, the transfer, and fail rather than skip it behind a running one (domain.md D11, D5): {happening} never happens to it, so the step would never run. Wait for jobStarted, transferStarted, transferCompleted, jobCompleted, jobFailed, pointCreated or pointDeleted.");
    }

    [Fact]
    public void Should_AcceptAStepWaitingForAMarsServersTransfer_When_ItHasOne()
    {
        // Given
        var text = EstateWith("  - after: { transferCompleted: fs-01 }\n    say: the first copy is in the vault\n");

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Steps.ShouldHaveSingleItem().Timing.After!.Item.ShouldBe("fs-01");
    }
}
