using NodaTime;
using Simulator.Core.Policies;
using Simulator.Core.Protection;
using Simulator.Core.RecoveryPoints;
using Simulator.Tests.Support;

namespace Simulator.Tests.Core;

public sealed class PointListTests
{
    [Fact]
    public void Should_KeepPointsOldestFirst_When_TheOldestLeaveAndTheRingWrapsAround()
    {
        // Given an item's list that gains three points and loses its oldest each round, and now and then one in the middle
        var item = new TestWorld().Item;
        var list = new PointList(item.Policy);
        var expected = new List<RecoveryPoint>();
        long id = 0;
        RecoveryPoint NewPoint() => new(++id, item, Instant.FromUnixTimeSeconds(id), Consistency.AppConsistent, RetentionTag.Daily, RetentionRules.Daily, isFull: false, snapshotExpiry: null, Instant.MaxValue);

        for (var round = 0; round < 60; round++)
        {
            // When
            for (var i = 0; i < 3; i++)
            {
                var point = NewPoint();
                list.Add(point);
                expected.Add(point);
            }

            list.Remove(expected[0]).ShouldBeTrue();
            expected.RemoveAt(0);
            if (round % 7 == 3)
            {
                var middle = expected[expected.Count / 2];
                list.Remove(middle).ShouldBeTrue();
                expected.Remove(middle);
            }

            // Then, by index and by enumeration
            list.Count.ShouldBe(expected.Count);
            Enumerable.Range(0, list.Count).Select(i => list[i]).ShouldBe(expected);
            list.ShouldBe(expected);
        }

        list.Remove(NewPoint()).ShouldBeFalse("a point never added is not found");
        Should.Throw<ArgumentOutOfRangeException>(() => list[list.Count]);
    }

    [Fact]
    public void Should_BeEmpty_When_Cleared()
    {
        var item = new TestWorld().Item;
        var list = new PointList(item.Policy);
        for (var i = 0; i < 9; i++)
        {
            list.Add(new RecoveryPoint(i, item, Instant.FromUnixTimeSeconds(i), Consistency.AppConsistent, RetentionTag.Daily, RetentionRules.Daily, isFull: false, snapshotExpiry: null, Instant.MaxValue));
        }

        list.Clear();

        list.Count.ShouldBe(0);
        list.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(30, 0, 0, 0, 32)] // DefaultPolicy: 30 daily points and the next one, made before the oldest expires
    [InlineData(30, 12, 60, 10, 128)] // a grandfather-father-son policy
    [InlineData(9999, 0, 0, 0, 256)] // MARS's longest daily retention: the ring grows past its first size
    public void Should_HaveRoomForThePointsItsPolicyKeeps_When_Created(int days, int weeks, int months, int years, int capacity)
    {
        var policy = new TestWorld().Item.Policy with
        {
            Retention = new RetentionPolicy(
                new DailyRetention(days),
                weeks > 0 ? new WeeklyRetention(weeks, [IsoDayOfWeek.Sunday]) : null,
                months > 0 ? new MonthlyRetention(months, DayOfMonthSelector.ByDates([1])) : null,
                years > 0 ? new YearlyRetention(years, [1], DayOfMonthSelector.ByDates([1])) : null),
        };

        new PointList(policy).Capacity.ShouldBe(capacity);
    }
}
