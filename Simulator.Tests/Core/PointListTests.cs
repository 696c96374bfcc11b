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
        var list = new PointList(new TestWorld().Item.Policy, new PointLog());
        var expected = new List<long>();
        long id = 0;
        PointState NewPoint() => new(++id, Instant.FromUnixTimeSeconds(id), Consistency.AppConsistent, RetentionTag.Daily, RetentionRules.Daily, isFull: false, snapshotDays: 0, Instant.MaxValue);

        for (var round = 0; round < 60; round++)
        {
            // When
            for (var i = 0; i < 3; i++)
            {
                var point = NewPoint();
                list.Add(point);
                expected.Add(point.Id);
            }

            list.IndexOf(expected[0]).ShouldBe(0);
            list.RemoveAt(0);
            expected.RemoveAt(0);
            if (round % 7 == 3)
            {
                var middle = expected[expected.Count / 2];
                list.IndexOf(middle).ShouldBe(expected.Count / 2);
                list.RemoveAt(expected.Count / 2);
                expected.Remove(middle);
            }

            // Then, by index and by id
            list.Count.ShouldBe(expected.Count);
            Enumerable.Range(0, list.Count).Select(i => list.At(i).Id).ShouldBe(expected);
            expected.Select(list.IndexOf).ShouldBe(Enumerable.Range(0, expected.Count));
            list.NewestId.ShouldBe(expected[^1]);
        }

        list.IndexOf(NewPoint().Id).ShouldBe(-1, "a point never added is not found");
        list.IndexOf(1).ShouldBe(-1, "a point that left is not found");
        Should.Throw<ArgumentOutOfRangeException>(() => list.At(list.Count));
    }

    [Fact]
    public void Should_BeEmpty_When_Cleared()
    {
        var list = new PointList(new TestWorld().Item.Policy, new PointLog());
        for (var i = 1; i <= 9; i++)
        {
            list.Add(new PointState(i, Instant.FromUnixTimeSeconds(i), Consistency.AppConsistent, RetentionTag.Daily, RetentionRules.Daily, isFull: false, snapshotDays: 0, Instant.MaxValue));
        }

        list.Clear();

        list.Count.ShouldBe(0);
        list.NewestId.ShouldBe(0);
        list.IndexOf(9).ShouldBe(-1);
    }

    [Theory]
    [InlineData(30, 0, 0, 0, 32)] // DefaultPolicy: 30 daily points and the next one, made before the oldest expires
    [InlineData(14, 8, 0, 0, 32)] // two weeks of daily points and eight weekly ones
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

        new PointList(policy, new PointLog()).Capacity.ShouldBe(capacity);
    }
}
