using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary>A step waiting for what a MARS server's jobs never do would wait until the end, and a count of what they never do is 0 in every run: <c>validate</c> says so.</summary>
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

    [Theory]
    [InlineData("min: 1")]
    [InlineData("count: 0")]
    public void Should_RefuseSkippedTransfersOfAMarsServer_When_ItsCountIsZeroInEveryRun(string count)
    {
        // Given
        var text = EstateWith($"  - at: +1h\n    say: nothing\nexpect:\n  - skippedTransfers: {{ item: fs-01 }}\n    {count}\n");

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("expect[0].skippedTransfers.item");
        error.Message.ShouldBe("'fs-01' is a MARS server, whose jobs have one phase, the transfer, and fail rather than skip it behind a running one (domain.md D11, D5): it never has a skipped transfer, so the count is 0 in every run. Name a VM, or leave the expectation out.");
    }

    [Fact]
    public void Should_AcceptSkippedTransfers_When_TheItemIsAVm()
    {
        // Given
        var text = EstateWith("  - at: +1h\n    say: nothing\nexpect:\n  - skippedTransfers: { item: vm-web-01 }\n    count: 0\n");

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Expectations.ShouldHaveSingleItem().Item.ShouldBe("vm-web-01");
    }

    [Theory]
    [InlineData("  - job: { item: fs-01, nth: 1 }\n    snapshot: Completed\n", "expect[0].snapshot", "a job of it has no snapshot to expect. Expect its 'transfer', or leave 'snapshot' out.")]
    [InlineData("  - point: { item: fs-01, nth: 1 }\n    snapshotExpiry: 2026-01-10T00:00:00Z\n", "expect[0].snapshotExpiry", "a point of it has no snapshot to expire. Expect its 'expiry', or leave 'snapshotExpiry' out.")]
    [InlineData("  - point: { item: fs-01, nth: 1 }\n    tier: SnapshotAndVaultStandard\n", "expect[0].tier", "a point of it is never in tier SnapshotAndVaultStandard. Expect VaultStandard, or leave 'tier' out.")]
    [InlineData("  - points: { item: fs-01, tier: WithSnapshot }\n    min: 1\n", "expect[0].points.tier", "it has no point in tier WithSnapshot, so the count is 0 in every run. Expect 0, or leave the expectation out.")]
    public void Should_RefuseAnExpectationOfASnapshot_When_TheItemIsAMarsServer(string expectation, string field, string why)
    {
        // Given
        var text = EstateWith($"  - at: +1h\n    say: nothing\nexpect:\n{expectation}");

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe(field);
        error.Message.ShouldBe($"'fs-01' is a MARS server, whose jobs have one phase, the transfer, and whose points have no snapshot tier (domain.md D11): {why}");
    }

    [Theory]
    [InlineData("  - points: { item: fs-01, tier: WithSnapshot }\n    count: 0\n")]
    [InlineData("  - job: { item: vm-web-01, nth: 1 }\n    snapshot: Completed\n")]
    [InlineData("  - job: { item: fs-01, nth: 1 }\n    snapshot: none\n")]
    public void Should_AcceptAnExpectationOfSnapshots_When_ItCanHold(string expectation)
    {
        // Given
        var text = EstateWith($"  - at: +1h\n    say: nothing\nexpect:\n{expectation}");

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Expectations.ShouldHaveSingleItem();
    }
}
