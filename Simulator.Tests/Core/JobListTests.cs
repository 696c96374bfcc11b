using Simulator.Core.Jobs;
using Simulator.Tests.Support;

namespace Simulator.Tests.Core;

public sealed class JobListTests
{
    private readonly TestWorld _world = new();
    private int _made;

    [Fact]
    public void Should_KeepOnlyTheNewestFinishedJobs_When_MoreThanTheLimitHaveFinished()
    {
        // Given a list that keeps three
        var list = new JobList(limit: 3);
        var jobs = Enumerable.Range(0, 10).Select(_ => Finished()).ToList();

        // When ten finished jobs are added
        jobs.ForEach(list.Add);

        // Then the last three stay, oldest first
        list.ShouldBe(jobs[^3..]);
        list.Count.ShouldBe(3);
    }

    [Fact]
    public void Should_KeepTheJobsAfterARunningOne_Until_ItFinishes()
    {
        // Given a list that keeps two, whose oldest job still runs
        var list = new JobList(limit: 2);
        var running = Running();
        list.Add(running);
        var after = Enumerable.Range(0, 20).Select(_ => Finished()).ToList();

        // When twenty finished jobs follow it, across the ring's growth
        after.ForEach(list.Add);

        // Then none leaves while the running one is needed by its item
        list.ShouldBe([running, .. after]);

        // And once it has finished, the next job added lets it and the older others go
        running.Finish(TestWorld.Start);
        var last = Finished();
        list.Add(last);
        list.ShouldBe([after[^1], last]);
    }

    [Fact]
    public void Should_KeepEveryJobInOrder_When_ItHasNoLimit()
    {
        var list = new JobList(limit: null);
        var jobs = Enumerable.Range(0, 100).Select(_ => Finished()).ToList();

        jobs.ForEach(list.Add);

        list.ShouldBe(jobs);
    }

    [Fact]
    public void Should_KeepTheOrder_When_TheRingGrowsAfterItsOldestHaveLeft()
    {
        // Given a ring of 16 whose start has moved on: 9 jobs added to a list keeping 5
        var list = new JobList(limit: 5);
        var jobs = Enumerable.Range(0, 9).Select(_ => Finished()).ToList();
        jobs.ForEach(list.Add);

        // When a running job holds the rest, and more jobs than the ring holds come after it
        var running = Running();
        list.Add(running);
        var after = Enumerable.Range(0, 30).Select(_ => Finished()).ToList();
        after.ForEach(list.Add);

        // Then the finished ones before it have gone, and the rest are read oldest first
        list.ShouldBe([running, .. after]);
    }

    [Fact]
    public void Should_RefuseToGoOnReading_When_AJobIsAddedMeanwhile()
    {
        var list = new JobList(limit: null);
        list.Add(Finished());
        list.Add(Finished());

        Should.Throw<InvalidOperationException>(() =>
        {
            foreach (var _ in list)
            {
                list.Add(Finished());
            }
        });
    }

    private BackupJob Finished()
    {
        var job = Running();
        job.Finish(TestWorld.Start);
        return job;
    }

    private BackupJob Running() =>
        new(new JobName(0, (ulong)++_made), JobOperation.Backup, _world.Item, TestWorld.Start, BackupTrigger.OnDemand, hasSnapshotPhase: true, hasTransferPhase: true);
}
