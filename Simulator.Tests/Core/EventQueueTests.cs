using NodaTime;
using Simulator.Core.Engine;

namespace Simulator.Tests.Core;

/// <summary>The queue of minute lists gives exactly the order of one heap over (instant, priority, sequence).</summary>
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
        // some scheduled into the minute being taken (the heap) and some into later minutes (their lists)
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

    [Fact]
    public void Should_KeepSchedulingOrder_When_AMinuteGetsEventsWhileBeyondTheRingAndAgainOnceWithinIt()
    {
        // Given events at one instant 100 days ahead (beyond the ring of 45 days), years ahead, and a daily event
        // that keeps the queue moving through the ring and round it more than once
        var start = Instant.FromUtc(2026, 1, 1, 0, 0);
        var target = start + Duration.FromDays(100) + Duration.FromSeconds(30);
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

        for (var i = 0; i < 5; i++)
        {
            Add(target, EventPriority.Expiry);
        }

        Add(start + Duration.FromDays(3 * 365), EventPriority.Expiry);
        Add(start + Duration.FromDays(9 * 365) + Duration.FromMinutes(7), EventPriority.Expiry);
        Add(start, EventPriority.JobStart);

        // When each day's event schedules the next one for 150 days, and, once the target minute is in the ring,
        // more events join the same instant and priority
        while (queue.TryDequeue(out _, out var key))
        {
            taken.Add(key);
            if (key.Priority == EventPriority.JobStart && key.At < start + Duration.FromDays(150))
            {
                Add(key.At + Duration.FromDays(1), EventPriority.JobStart);
                if (key.At == start + Duration.FromDays(70))
                {
                    Add(target, EventPriority.Expiry);
                    Add(target, EventPriority.Expiry);
                }
            }
        }

        // Then every event comes out once, in key order: the later-scheduled ones at the target after the first five
        taken.ShouldBe(expected.Order().ToList());
        taken.Count(k => k.At == target).ShouldBe(7);
    }
}
