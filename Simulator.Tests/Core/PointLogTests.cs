using NodaTime;
using Simulator.Core.Policies;
using Simulator.Core.RecoveryPoints;

namespace Simulator.Tests.Core;

public sealed class PointLogTests
{
    private const int Block = 4096;

    [Fact]
    public void Should_KeepALongLivedPoint_When_ThePointsAroundItComeAndGoForManyBlocks()
    {
        // Given a point kept for good among a stream of points that each live for a block's worth of later points
        var log = new PointLog();
        const long kept = 7;
        var live = new Queue<long>();
        for (long id = 1; id <= 40L * Block; id++)
        {
            // When
            log.Add(Point(id));
            if (id != kept)
            {
                live.Enqueue(id);
            }

            if (live.Count > Block + 100)
            {
                log.Release(live.Dequeue());
            }
        }

        // Then the kept point and every live one read as they were written
        log.At(kept).Time.ShouldBe(Instant.FromUnixTimeSeconds(kept));
        live.Select(id => (log.At(id).Id, log.At(id).Time)).ShouldBe(live.Select(id => (id, Instant.FromUnixTimeSeconds(id))));
    }

    [Fact]
    public void Should_AllocateNoNewBlock_When_PointsLeaveAsFastAsTheyCome()
    {
        // Given a log in its steady state: points that live for two blocks' worth of later points
        var log = new PointLog();
        var live = new Queue<long>();
        long next = 1;
        void Step()
        {
            log.Add(Point(next));
            live.Enqueue(next++);
            if (live.Count > 2 * Block)
            {
                log.Release(live.Dequeue());
            }
        }

        for (var i = 0; i < 10 * Block; i++)
        {
            Step();
        }

        // When fifty more blocks' worth of points come and go
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 50 * Block; i++)
        {
            Step();
        }

        // Then the blocks given back were taken again (one block of points is 229,376 bytes)
        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(Block * 56);
        log.At(next - 1).Id.ShouldBe(next - 1);
    }

    [Fact]
    public void Should_ChangeThePointInPlace_When_ReadByReference()
    {
        var log = new PointLog();
        log.Add(Point(1));

        ref var point = ref log.At(1);
        point.InVault = true;

        log.At(1).InVault.ShouldBeTrue();
    }

    private static PointState Point(long id) =>
        new(id, Instant.FromUnixTimeSeconds(id), Consistency.AppConsistent, RetentionTag.Daily, RetentionRules.Daily, isFull: false, snapshotDays: 1, Instant.MaxValue);
}
