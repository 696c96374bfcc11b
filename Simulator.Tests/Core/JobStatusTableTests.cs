using Simulator.Core.Jobs;

namespace Simulator.Tests.Core;

public sealed class JobStatusTableTests
{
    [Theory]
    [InlineData(PhaseStatus.Completed, PhaseStatus.InProgress, JobStatus.InProgress)]
    [InlineData(PhaseStatus.Completed, PhaseStatus.Skipped, JobStatus.Completed)]
    [InlineData(PhaseStatus.Completed, PhaseStatus.Completed, JobStatus.Completed)]
    [InlineData(PhaseStatus.Completed, PhaseStatus.Failed, JobStatus.CompletedWithWarnings)]
    [InlineData(PhaseStatus.Failed, PhaseStatus.Failed, JobStatus.Failed)]
    public void Should_DeriveTheArticlesStatus_When_PhasesMatchARowOfTheTable(PhaseStatus snapshot, PhaseStatus transfer, JobStatus expected)
    {
        JobStatusTable.Derive(snapshot, transfer).ShouldBe(expected);
    }

    [Fact]
    public void Should_BeInProgress_When_TheSnapshotIsStillRunning()
    {
        JobStatusTable.Derive(PhaseStatus.InProgress, PhaseStatus.NotStarted).ShouldBe(JobStatus.InProgress);
    }

    [Fact]
    public void Should_BeCancelled_When_TheSnapshotWasCancelled()
    {
        JobStatusTable.Derive(PhaseStatus.Cancelled, PhaseStatus.NotStarted).ShouldBe(JobStatus.Cancelled);
    }
}
