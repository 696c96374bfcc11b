using NodaTime;
using Simulator.Core.Engine;

namespace Simulator.Tests.Core;

/// <summary>The bucketed queue gives exactly the order of one heap over (instant, priority, sequence).</summary>
public sealed class EventQueueTests
{
    private sealed class Nobody : IEventHandler
    {
        public void Handle(in ScheduledEvent scheduled)
        {
        }
    }

    [Fact]
    public void Should_DequeueInKeyOrder_When_EventsSpanManyHoursAndArriveWhileOthersLeave()
    {
        // Given events from now to 60 days ahead, some added while earlier ones are taken out, as the engine does
        var random = new Random(20261121);
        var start = Instant.FromUtc(2026, 1, 1, 0, 0);
        var queue = new EventQueue();
        var handler = new Nobody();
        var expected = new List<EventKey>();
        var taken = new List<EventKey>();
        long sequence = 0;
        var now = start;

        void Add(int count)
        {
            for (var i = 0; i < count; i++)
            {
                var at = now + Duration.FromSeconds(random.NextInt64(1, 60L * 86400));
                var key = new EventKey(at, (EventPriority)random.Next(0, 6), sequence++);
                queue.Enqueue(new ScheduledEvent(handler, 0, null, 0), key);
                expected.Add(key);
            }
        }

        // When
        Add(5_000);
        while (queue.TryDequeue(out _, out var key))
        {
            taken.Add(key);
            now = key.At;
            if (taken.Count % 7 == 0 && sequence < 20_000)
            {
                Add(3);
            }
        }

        // Then
        taken.Count.ShouldBe(expected.Count);
        taken.ShouldBe(expected.Order().ToList());
    }

    [Fact]
    public void Should_OrderByNanosecondThenPriorityThenSequence_When_EventsShareAMinuteOrATick()
    {
        // Given events crowded into a few minutes: the same tick, nanoseconds apart within a tick, every priority,
        // hundreds sharing one instant and priority (which only the sequence orders),
        // some scheduled into the minute being taken (the heap) and some into later minutes (the buckets)
        var start = Instant.FromUtc(2026, 3, 29, 1, 0);
        var queue = new EventQueue();
        var handler = new Nobody();
        var expected = new List<EventKey>();
        var taken = new List<EventKey>();
        long sequence = 0;

        void Add(Instant at, EventPriority priority)
        {
            var key = new EventKey(at, priority, sequence++);
            queue.Enqueue(new ScheduledEvent(handler, 0, null, 0), key);
            expected.Add(key);
        }

        for (var i = 0; i < 300; i++)
        {
            var at = start + Duration.FromNanoseconds((i % 7) * 37) + Duration.FromSeconds(i % 90);
            Add(at, (EventPriority)(5 - (i % 6)));
        }

        for (var i = 0; i < 200; i++)
        {
            Add(start + Duration.FromMinutes(2), (EventPriority)(i % 2));
        }

        // When some are taken, then more are added just after the last one taken, in the minute already reached
        for (var i = 0; i < 50 && queue.TryDequeue(out _, out var key); i++)
        {
            taken.Add(key);
        }

        for (var i = 0; i < 40; i++)
        {
            Add(taken[^1].At + Duration.FromNanoseconds(1 + (i % 3)), (EventPriority)(i % 6));
        }

        while (queue.TryDequeue(out _, out var key))
        {
            taken.Add(key);
        }

        // Then
        taken.ShouldBe(expected.Order().ToList());
    }
}
