using System.Runtime.CompilerServices;
using NodaTime;
using Simulator.Core.Engine;

namespace Simulator.Tests.Core;

/// <summary>The queue of minute lists gives exactly the order of one heap over (instant, priority, sequence).</summary>
public sealed class EventQueueTests
{
    [Fact]
    public void Should_DequeueInKeyOrder_When_EventsSpanManyHoursAndArriveWhileOthersLeave()
    {
        // Given events from now to 60 days ahead, some added while earlier ones are taken out, as the engine does
        var random = new Random(20261121);
        var queue = new Recorded();
        var now = Instant.FromUtc(2026, 1, 1, 0, 0);

        void Add(int count)
        {
            for (var i = 0; i < count; i++)
            {
                queue.Add(now + Duration.FromSeconds(random.NextInt64(1, 60L * 86400)), (EventPriority)random.Next(0, 6));
            }
        }

        // When
        Add(5_000);
        while (queue.TryTake(out var key))
        {
            now = key.At;
            if (queue.Taken.Count % 7 == 0 && queue.Expected.Count < 20_000)
            {
                Add(3);
            }
        }

        // Then
        queue.Taken.Count.ShouldBe(queue.Expected.Count);
        queue.Taken.ShouldBe(queue.Expected.Order().ToList());
    }

    [Fact]
    public void Should_OrderByNanosecondThenPriorityThenSequence_When_EventsShareAMinuteOrATick()
    {
        // Given events crowded into a few minutes: the same tick, nanoseconds apart within a tick, every priority,
        // hundreds sharing one instant and priority (which only the sequence orders),
        // some scheduled into the minute being taken (the heap) and some into later minutes (their lists)
        var start = Instant.FromUtc(2026, 3, 29, 1, 0);
        var queue = new Recorded();
        for (var i = 0; i < 300; i++)
        {
            var at = start + Duration.FromNanoseconds((i % 7) * 37) + Duration.FromSeconds(i % 90);
            queue.Add(at, (EventPriority)(5 - (i % 6)));
        }

        for (var i = 0; i < 200; i++)
        {
            queue.Add(start + Duration.FromMinutes(2), (EventPriority)(i % 2));
        }

        // When some are taken, then more are added just after the last one taken, in the minute already reached
        for (var i = 0; i < 50 && queue.TryTake(out _); i++)
        {
        }

        for (var i = 0; i < 40; i++)
        {
            queue.Add(queue.Taken[^1].At + Duration.FromNanoseconds(1 + (i % 3)), (EventPriority)(i % 6));
        }

        while (queue.TryTake(out _))
        {
        }

        // Then
        queue.Taken.ShouldBe(queue.Expected.Order().ToList());
    }

    [Fact]
    public void Should_KeepSchedulingOrder_When_AMinuteGetsEventsWhileBeyondTheRingAndAgainOnceWithinIt()
    {
        // Given events at one instant 100 days ahead (beyond the ring of 45 days), years ahead, and a daily event
        // that keeps the queue moving through the ring and round it more than once
        var start = Instant.FromUtc(2026, 1, 1, 0, 0);
        var target = start + Duration.FromDays(100) + Duration.FromSeconds(30);
        var queue = new Recorded();
        for (var i = 0; i < 5; i++)
        {
            queue.Add(target, EventPriority.Expiry);
        }

        queue.Add(start + Duration.FromDays(3 * 365), EventPriority.Expiry);
        queue.Add(start + Duration.FromDays(9 * 365) + Duration.FromMinutes(7), EventPriority.Expiry);
        queue.Add(start, EventPriority.JobStart);

        // When each day's event schedules the next one for 150 days, and, once the target minute is in the ring,
        // more events join the same instant and priority
        while (queue.TryTake(out var key))
        {
            if (key.Priority == EventPriority.JobStart && key.At < start + Duration.FromDays(150))
            {
                queue.Add(key.At + Duration.FromDays(1), EventPriority.JobStart);
                if (key.At == start + Duration.FromDays(70))
                {
                    queue.Add(target, EventPriority.Expiry);
                    queue.Add(target, EventPriority.Expiry);
                }
            }
        }

        // Then every event comes out once, in key order: the later-scheduled ones at the target after the first five
        queue.Taken.ShouldBe(queue.Expected.Order().ToList());
        queue.Taken.Count(k => k.At == target).ShouldBe(7);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Should_DequeueInKeyOrder_When_ThousandsOfEventsCrowdOneMinute(bool oneFallsBetweenSeconds)
    {
        // Given one minute two hours ahead with 2,000 events on its whole seconds, every priority, scheduled in no
        // order, while every minute is still far, and (optionally) one event half a second past a second
        var random = new Random(20261122);
        var start = Instant.FromUtc(2026, 6, 1, 0, 0);
        var crowded = start + Duration.FromHours(2);
        var queue = new Recorded();
        queue.Add(start, EventPriority.JobStart);

        void Crowd()
        {
            for (var i = 0; i < 2_000; i++)
            {
                queue.Add(crowded + Duration.FromSeconds(random.Next(0, 60)), (EventPriority)random.Next(0, 6));
            }
        }

        Crowd();
        if (oneFallsBetweenSeconds)
        {
            queue.Add(crowded + Duration.FromMilliseconds(12_500), EventPriority.Expiry);
        }

        // When the first event is taken, which brings the minute into the ring, and 2,000 more join it there
        queue.TryTake(out _).ShouldBeTrue();
        Crowd();
        while (queue.TryTake(out _))
        {
        }

        // Then all come out in the order of one heap: second, priority, then the order they were scheduled
        queue.Taken.Count.ShouldBe(queue.Expected.Count);
        queue.Taken.ShouldBe(queue.Expected.Order().ToList());
    }

    [Fact]
    public void Should_KeepNoSubjectAlive_When_ItsEventHasBeenTaken()
    {
        // Given events whose subjects only the queue holds: in a far minute that outgrows its first arrays, in a ring
        // minute, and in the minute being taken
        var queue = new EventQueue();
        var now = Instant.FromUtc(2026, 1, 1, 0, 0);
        var subjects = Enumerable.Range(1, MinuteNodes.SmallestArray + 2).Select(i => Schedule(queue, now + Duration.FromDays(200), i)).ToList();
        subjects.Add(Schedule(queue, now + Duration.FromMinutes(1), 10));
        queue.TryPeek(out _).ShouldBeTrue(); // the first minute is now being taken, so the next goes to the heap
        subjects.Add(Schedule(queue, now + Duration.FromMinutes(1), 11));
        subjects.Add(Schedule(queue, now + Duration.FromDays(200), 12));

        // When every event is taken
        while (queue.TryDequeue(out _, out _))
        {
        }

        // Then the collector can reclaim every subject: spare arrays hold no payloads
        GC.Collect();
        GC.WaitForPendingFinalizers();
        subjects.ShouldAllBe(s => !s.IsAlive);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference Schedule(EventQueue queue, Instant at, long sequence)
    {
        var subject = new object();
        queue.Enqueue(new ScheduledEvent(new Nobody(), 0, subject, 0), new EventKey(at, EventPriority.Expiry, sequence));
        return new WeakReference(subject);
    }

    /// <summary>A queue with the keys given to it, in the order they were scheduled, and those taken out.</summary>
    /// <remarks>Each event carries its sequence as its version, so a key taken out with another's payload shows.</remarks>
    private sealed class Recorded
    {
        private readonly EventQueue _queue = new();
        private readonly Nobody _handler = new();

        public List<EventKey> Expected { get; } = [];

        public List<EventKey> Taken { get; } = [];

        public void Add(Instant at, EventPriority priority)
        {
            var key = new EventKey(at, priority, Expected.Count);
            _queue.Enqueue(new ScheduledEvent(_handler, 0, null, key.Sequence), key);
            Expected.Add(key);
        }

        public bool TryTake(out EventKey key)
        {
            if (!_queue.TryDequeue(out var scheduled, out key))
            {
                return false;
            }

            scheduled.Version.ShouldBe(key.Sequence, "each key comes out with its own payload");
            Taken.Add(key);
            return true;
        }
    }

    private sealed class Nobody : IEventHandler
    {
        public void Handle(in ScheduledEvent scheduled)
        {
        }
    }
}
