using NodaTime;
using Simulator.Core.Policies;
using Simulator.Tests.Support;

namespace Simulator.Tests.Policies;

/// <summary>Schedule limits: run times, half hours, hourly windows, frequencies per kind.</summary>
public sealed class PolicyValidatorScheduleTests
{
    [Theory]
    [InlineData(PolicyKind.Standard, 1, true)]
    [InlineData(PolicyKind.Standard, 0, false)]
    [InlineData(PolicyKind.Standard, 2, false)]
    [InlineData(PolicyKind.Enhanced, 2, false)]
    [InlineData(PolicyKind.Mars, 1, true)]
    [InlineData(PolicyKind.Mars, 3, true)]
    [InlineData(PolicyKind.Mars, 4, false)]
    [InlineData(PolicyKind.Mars, 0, false)]
    public void Should_LimitRunTimesPerDay_When_TheKindAllowsOneOrThree(PolicyKind kind, int count, bool valid)
    {
        // Given run times 00:00, 06:00, 12:00, ...
        var times = Enumerable.Range(0, count).Select(i => new LocalTime(i * 6, 0)).ToArray();
        var policy = (kind == PolicyKind.Mars ? TestPolicies.MarsSeed004() : kind == PolicyKind.Enhanced ? TestPolicies.EnhancedDaily() : TestPolicies.StandardDaily())
            with { Schedule = BackupSchedule.Daily(times) };

        // When
        var problems = PolicyValidator.Validate(policy);

        // Then
        if (valid)
        {
            problems.ShouldBeEmpty();
        }
        else
        {
            problems.ShouldHaveSingleItem().Field.ShouldBe("schedule.times");
        }
    }

    [Theory]
    [InlineData(PolicyKind.Mars, 4, "schedule.times: 4 run times are too many; allowed is 1 to 3 run times a day for a MARS policy")]
    [InlineData(PolicyKind.Standard, 2, "schedule.times: 2 run times are too many; allowed is exactly 1 run time a day for a Standard policy")]
    [InlineData(PolicyKind.Standard, 0, "schedule.times: 0 run times are too few; allowed is exactly 1 run time a day for a Standard policy")]
    public void Should_SayTooManyOrTooFew_When_ThePolicyHasTheWrongNumberOfRunTimes(PolicyKind kind, int count, string message)
    {
        var times = Enumerable.Range(0, count).Select(i => new LocalTime(i * 6, 0)).ToArray();
        var policy = (kind == PolicyKind.Mars ? TestPolicies.MarsSeed004() : TestPolicies.StandardDaily()) with { Schedule = BackupSchedule.Daily(times) };

        PolicyValidator.Validate(policy).ShouldHaveSingleItem().Message.ShouldBe(message);
    }

    [Theory]
    [InlineData(2, 30, 0, true)]
    [InlineData(23, 0, 0, true)]
    [InlineData(2, 15, 0, false)]
    [InlineData(2, 29, 0, false)]
    [InlineData(2, 0, 30, false)]
    public void Should_RequireAHalfHourBoundary_When_ARunTimeIsGiven(int hour, int minute, int second, bool valid)
    {
        var time = new LocalTime(hour, minute, second);
        var policy = TestPolicies.MarsSeed004() with { Schedule = BackupSchedule.Daily(new LocalTime(0, 0), time) };

        var problems = PolicyValidator.Validate(policy);

        if (valid)
        {
            problems.ShouldBeEmpty();
        }
        else
        {
            problems.ShouldHaveSingleItem().Field.ShouldBe("schedule.times[1]");
            problems[0].Allowed.ShouldBe("a time on :00 or :30 with no seconds");
        }
    }

    [Fact]
    public void Should_RefuseTheSameRunTimeTwice_When_AMarsScheduleRepeatsIt()
    {
        var policy = TestPolicies.MarsSeed004() with { Schedule = BackupSchedule.Daily(new LocalTime(18, 0), new LocalTime(18, 0)) };

        PolicyValidator.Validate(policy).ShouldHaveSingleItem().Field.ShouldBe("schedule.times");
    }

    [Theory]
    [InlineData(4, 24, true)]
    [InlineData(6, 24, true)]
    [InlineData(8, 24, true)]
    [InlineData(12, 24, true)]
    [InlineData(3, 24, false)]
    [InlineData(5, 24, false)]
    [InlineData(24, 24, false)]
    public void Should_OfferOnlyFourSixEightOrTwelveHours_When_TheScheduleIsHourly(int interval, int window, bool valid)
    {
        var problems = PolicyValidator.Validate(TestPolicies.EnhancedHourly(interval, window));

        if (valid)
        {
            problems.ShouldBeEmpty();
        }
        else
        {
            problems.ShouldHaveSingleItem().Field.ShouldBe("schedule.interval");
        }
    }

    [Theory]
    [InlineData(4, 4, true)]
    [InlineData(4, 3, false)]
    [InlineData(4, 24, true)]
    [InlineData(4, 25, false)]
    [InlineData(12, 12, true)]
    [InlineData(12, 8, false)]
    public void Should_KeepTheWindowBetweenFourAnd24HoursAndNoShorterThanTheInterval_When_TheScheduleIsHourly(int interval, int window, bool valid)
    {
        var problems = PolicyValidator.Validate(TestPolicies.EnhancedHourly(interval, window));

        if (valid)
        {
            problems.ShouldBeEmpty();
        }
        else
        {
            problems.ShouldHaveSingleItem().Field.ShouldBe("schedule.windowHours");
        }
    }

    [Fact]
    public void Should_ReportOnlyTheInterval_When_AnIntervalNotOfferedIsLongerThanTheWindow()
    {
        // Given: 25 hours is no interval Azure offers, so the window is not held against it
        var policy = TestPolicies.EnhancedHourly(interval: 25, windowHours: 24);

        // When
        var problems = PolicyValidator.Validate(policy);

        // Then
        problems.ShouldHaveSingleItem().Field.ShouldBe("schedule.interval");
    }

    [Fact]
    public void Should_SayOneHourInTheSingular_When_TheWindowIsOneHour()
    {
        // Given
        var policy = TestPolicies.EnhancedHourly(windowHours: 1);

        // When
        var problem = PolicyValidator.Validate(policy).ShouldHaveSingleItem();

        // Then
        problem.Message.ShouldBe("schedule.windowHours: 1 hour is out of range; allowed is 4 to 24 hours");
    }

    [Theory]
    [InlineData(0, 0, true)]
    [InlineData(19, 30, true)]
    [InlineData(20, 0, false)]
    [InlineData(8, 15, false)]
    public void Should_StartTheWindowOnAHalfHourUpTo1930_When_TheScheduleIsHourly(int hour, int minute, bool valid)
    {
        var policy = TestPolicies.EnhancedHourly() with { Schedule = BackupSchedule.HourlyEvery(4, new LocalTime(hour, minute), 24) };

        var problems = PolicyValidator.Validate(policy);

        if (valid)
        {
            problems.ShouldBeEmpty();
        }
        else
        {
            problems.ShouldHaveSingleItem().Field.ShouldBe("schedule.windowStart");
        }
    }

    [Theory]
    [InlineData(PolicyKind.Standard)]
    [InlineData(PolicyKind.Mars)]
    public void Should_RefuseAnHourlySchedule_When_ThePolicyIsNotEnhanced(PolicyKind kind)
    {
        var policy = TestPolicies.EnhancedHourly() with { Kind = kind, InstantRestoreDays = kind == PolicyKind.Mars ? 0 : 2 };

        var problem = PolicyValidator.Validate(policy).ShouldHaveSingleItem();

        problem.Field.ShouldBe("schedule.frequency");
        problem.Allowed.ShouldStartWith("Daily or Weekly");
    }

    [Fact]
    public void Should_RequireAtLeastOneDistinctWeekday_When_TheScheduleIsWeekly()
    {
        var none = TestPolicies.StandardWeekly() with { Schedule = BackupSchedule.Weekly([], new LocalTime(2, 0)) };
        var twice = TestPolicies.StandardWeekly() with { Schedule = BackupSchedule.Weekly([IsoDayOfWeek.Sunday, IsoDayOfWeek.Sunday], new LocalTime(2, 0)) };

        PolicyValidator.Validate(none).Select(p => p.Field).ShouldContain("schedule.days");
        PolicyValidator.Validate(twice).ShouldHaveSingleItem().Field.ShouldBe("schedule.days");
    }
}
