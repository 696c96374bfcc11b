using NodaTime;
using Simulator.Core.Engine;

namespace Simulator.Tests.Core;

/// <summary>A minute's nodes are counted into order when all fall on whole seconds, and compared into order otherwise.</summary>
public sealed class MinuteSorterTests
{
    private static readonly Instant Minute = Instant.FromUtc(2026, 6, 1, 22, 30);

    [Theory]
    [InlineData(15, false)]
    [InlineData(16, true)]
    [InlineData(5_000, true)]
    public void Should_CountNodesIntoOrder_When_AMinuteHasEnoughOfThemAllOnWholeSeconds(int count, bool counted)
    {
        // Given nodes on whole seconds of one minute, every priority, in the order they were scheduled
        var random = new Random(count);
        var keys = Enumerable.Range(0, count)
            .Select(i => new EventKey(Minute + Duration.FromSeconds(random.Next(0, 60)), (EventPriority)random.Next(0, QueueNode.MaxPriority + 1), i))
            .ToList();

        // When
        var (sorted, replaced) = Sort(keys);

        // Then they are in key order, in an array from the pool when counted, in place when compared
        sorted.ShouldBe(keys.Order().ToList());
        replaced.ShouldBe(counted);
    }

    [Fact]
    public void Should_CompareNodesIntoOrder_When_OneFallsBetweenSeconds()
    {
        // Given 1,000 nodes on whole seconds and, scheduled last, one 100 nanoseconds into the minute's first second
        var keys = Enumerable.Range(0, 1_000)
            .Select(i => new EventKey(Minute + Duration.FromSeconds(59 - (i % 60)), (EventPriority)(i % 3), i))
            .Append(new EventKey(Minute + Duration.FromNanoseconds(100), EventPriority.JobStart, 1_000))
            .ToList();

        // When
        var (sorted, replaced) = Sort(keys);

        // Then the sort fell back to whole keys, and the odd one comes out just after the minute's first second
        replaced.ShouldBeFalse();
        sorted.ShouldBe(keys.Order().ToList());
        sorted.FindIndex(k => k.Sequence == 1_000).ShouldBe(keys.Count(k => k.At == Minute));
    }

    private static (List<EventKey> Sorted, bool Replaced) Sort(List<EventKey> keys)
    {
        var pool = new SpareArrays<QueueNode>();
        var nodes = pool.Rent((int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(keys.Count, MinuteNodes.SmallestArray)));
        for (var i = 0; i < keys.Count; i++)
        {
            nodes[i] = new QueueNode(keys[i], slot: i);
        }

        var minute = Minute.ToUnixTimeTicks() / TimeSpan.TicksPerMinute;
        var sorted = new MinuteSorter().Sort(nodes, keys.Count, minute, pool);
        return (sorted.Take(keys.Count).Select(n => n.Key).ToList(), !ReferenceEquals(sorted, nodes));
    }
}
