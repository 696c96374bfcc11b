using NodaTime;
using Simulator.Core.Policies;
using Simulator.Tests.Support;

namespace Simulator.Tests.Policies;

/// <summary>Every numeric limit just inside and just outside its range.</summary>
public sealed class PolicyValidatorRangeTests
{
    [Theory]
    [InlineData(PolicyKind.Standard, "daily", 7, true)]
    [InlineData(PolicyKind.Standard, "daily", 6, false)]
    [InlineData(PolicyKind.Standard, "daily", 9999, true)]
    [InlineData(PolicyKind.Standard, "daily", 10000, false)]
    [InlineData(PolicyKind.Standard, "weekly", 1, true)]
    [InlineData(PolicyKind.Standard, "weekly", 0, false)]
    [InlineData(PolicyKind.Standard, "weekly", 5163, true)]
    [InlineData(PolicyKind.Standard, "weekly", 5164, false)]
    [InlineData(PolicyKind.Standard, "monthly", 1, true)]
    [InlineData(PolicyKind.Standard, "monthly", 0, false)]
    [InlineData(PolicyKind.Standard, "monthly", 1188, true)]
    [InlineData(PolicyKind.Standard, "monthly", 1189, false)]
    [InlineData(PolicyKind.Standard, "yearly", 1, true)]
    [InlineData(PolicyKind.Standard, "yearly", 0, false)]
    [InlineData(PolicyKind.Standard, "yearly", 99, true)]
    [InlineData(PolicyKind.Standard, "yearly", 100, false)]
    [InlineData(PolicyKind.Enhanced, "daily", 10000, false)]
    [InlineData(PolicyKind.Enhanced, "weekly", 5164, false)]
    [InlineData(PolicyKind.Mars, "daily", 7, true)]
    [InlineData(PolicyKind.Mars, "daily", 6, false)]
    [InlineData(PolicyKind.Mars, "weekly", 4, true)]
    [InlineData(PolicyKind.Mars, "weekly", 3, false)]
    [InlineData(PolicyKind.Mars, "monthly", 3, true)]
    [InlineData(PolicyKind.Mars, "monthly", 2, false)]
    [InlineData(PolicyKind.Mars, "yearly", 1, true)]
    [InlineData(PolicyKind.Mars, "yearly", 0, false)]
    [InlineData(PolicyKind.Mars, "yearly", 100, false)]
    public void Should_AcceptOnlyCountsInRange_When_ARetentionRuleIsSet(PolicyKind kind, string rule, int count, bool valid)
    {
        // Given a valid policy of that kind whose one rule gets the count
        var policy = WithRule(Base(kind), rule, count);

        // When
        var problems = PolicyValidator.Validate(policy);

        // Then
        var field = rule switch { "daily" => "retention.daily.days", "weekly" => "retention.weekly.weeks", "monthly" => "retention.monthly.months", _ => "retention.yearly.years" };
        if (valid)
        {
            problems.ShouldBeEmpty();
        }
        else
        {
            problems.ShouldHaveSingleItem().Field.ShouldBe(field);
            problems[0].Value.ShouldBe(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            problems[0].Message.ShouldContain("allowed is");
        }
    }

    [Theory]
    [InlineData(PolicyKind.Standard, ScheduleFrequency.Daily, 0, 1, true)]
    [InlineData(PolicyKind.Standard, ScheduleFrequency.Daily, 0, 0, false)]
    [InlineData(PolicyKind.Standard, ScheduleFrequency.Daily, 0, 5, true)]
    [InlineData(PolicyKind.Standard, ScheduleFrequency.Daily, 0, 6, false)]
    [InlineData(PolicyKind.Standard, ScheduleFrequency.Weekly, 0, 5, true)]
    [InlineData(PolicyKind.Standard, ScheduleFrequency.Weekly, 0, 4, false)]
    [InlineData(PolicyKind.Standard, ScheduleFrequency.Weekly, 0, 6, false)]
    [InlineData(PolicyKind.Enhanced, ScheduleFrequency.Daily, 0, 1, true)]
    [InlineData(PolicyKind.Enhanced, ScheduleFrequency.Daily, 0, 0, false)]
    [InlineData(PolicyKind.Enhanced, ScheduleFrequency.Daily, 0, 30, true)]
    [InlineData(PolicyKind.Enhanced, ScheduleFrequency.Daily, 0, 31, false)]
    [InlineData(PolicyKind.Enhanced, ScheduleFrequency.Weekly, 0, 5, true)]
    [InlineData(PolicyKind.Enhanced, ScheduleFrequency.Weekly, 0, 4, false)]
    [InlineData(PolicyKind.Enhanced, ScheduleFrequency.Weekly, 0, 30, true)]
    [InlineData(PolicyKind.Enhanced, ScheduleFrequency.Weekly, 0, 31, false)]
    [InlineData(PolicyKind.Enhanced, ScheduleFrequency.Hourly, 4, 1, true)]
    [InlineData(PolicyKind.Enhanced, ScheduleFrequency.Hourly, 4, 0, false)]
    [InlineData(PolicyKind.Enhanced, ScheduleFrequency.Hourly, 4, 17, true)]
    [InlineData(PolicyKind.Enhanced, ScheduleFrequency.Hourly, 4, 18, false)]
    [InlineData(PolicyKind.Enhanced, ScheduleFrequency.Hourly, 6, 22, true)]
    [InlineData(PolicyKind.Enhanced, ScheduleFrequency.Hourly, 6, 23, false)]
    [InlineData(PolicyKind.Enhanced, ScheduleFrequency.Hourly, 8, 30, true)]
    [InlineData(PolicyKind.Enhanced, ScheduleFrequency.Hourly, 8, 31, false)]
    [InlineData(PolicyKind.Enhanced, ScheduleFrequency.Hourly, 12, 30, true)]
    [InlineData(PolicyKind.Enhanced, ScheduleFrequency.Hourly, 12, 31, false)]
    [InlineData(PolicyKind.Mars, ScheduleFrequency.Daily, 0, 0, true)]
    [InlineData(PolicyKind.Mars, ScheduleFrequency.Daily, 0, 1, false)]
    public void Should_AcceptOnlySnapshotDaysInRange_When_KindAndFrequencyAreGiven(PolicyKind kind, ScheduleFrequency frequency, int interval, int days, bool valid)
    {
        // Given
        var policy = (kind, frequency) switch
        {
            (PolicyKind.Mars, _) => TestPolicies.MarsSeed004(),
            (PolicyKind.Standard, ScheduleFrequency.Weekly) => TestPolicies.StandardWeekly(),
            (PolicyKind.Enhanced, ScheduleFrequency.Weekly) => TestPolicies.StandardWeekly() with { Kind = PolicyKind.Enhanced },
            (PolicyKind.Enhanced, ScheduleFrequency.Hourly) => TestPolicies.EnhancedHourly(interval),
            (PolicyKind.Enhanced, _) => TestPolicies.EnhancedDaily(),
            _ => TestPolicies.StandardDaily(),
        };

        // When
        var problems = PolicyValidator.Validate(policy with { InstantRestoreDays = days });

        // Then
        if (valid)
        {
            problems.ShouldBeEmpty();
        }
        else
        {
            problems.ShouldHaveSingleItem().Field.ShouldBe("instantRestoreDays");
        }
    }

    [Theory]
    [InlineData(4, 4, 1, 30)]
    [InlineData(4, 12, 3, 30)]
    [InlineData(4, 16, 4, 22)]
    [InlineData(4, 20, 5, 17)]
    [InlineData(4, 24, 6, 17)]
    [InlineData(6, 18, 3, 30)]
    [InlineData(6, 24, 4, 22)]
    [InlineData(8, 24, 3, 30)]
    [InlineData(12, 24, 2, 30)]
    public void Should_CapSnapshotDaysByTheSnapshotsADay_When_AnHourlyWindowIsShorterThanADay(int interval, int windowHours, int snapshotsADay, int ceiling)
    {
        // Given: Azure ties the ceiling to "the number of snapshots you take per day", not to the interval alone
        var policy = TestPolicies.EnhancedHourly(interval, windowHours);
        policy.Schedule!.Hourly!.RunsPerWindow.ShouldBe(snapshotsADay);

        // When
        var atCeiling = PolicyValidator.Validate(policy with { InstantRestoreDays = ceiling });
        var beyond = PolicyValidator.Validate(policy with { InstantRestoreDays = ceiling + 1 });

        // Then
        atCeiling.ShouldBeEmpty();
        var snapshots = snapshotsADay == 1 ? "1 snapshot" : $"{snapshotsADay} snapshots";
        beyond.ShouldHaveSingleItem().Message.ShouldBe(
            $"instantRestoreDays: {ceiling + 1} days is out of range; allowed is 1 to {ceiling} days for an Enhanced policy taking {snapshots} a day (every {interval} hours for {windowHours} hours)");
    }

    [Fact]
    public void Should_RefuseSnapshotsKeptLongerThanTheVaultPoints_When_EnhancedDailyKeepsPointsSevenDays()
    {
        var policy = TestPolicies.EnhancedDaily() with { Retention = new RetentionPolicy(new DailyRetention(7)), InstantRestoreDays = 8 };

        var problem = PolicyValidator.Validate(policy).ShouldHaveSingleItem();

        problem.Field.ShouldBe("instantRestoreDays");
        problem.Message.ShouldBe("instantRestoreDays: 8 days is longer than the vault retention; allowed is at most the vault retention of 7 days");
    }

    [Fact]
    public void Should_SayOneDayInTheSingular_When_AWeeklyPolicyKeepsSnapshotsOneDay()
    {
        // Given
        var policy = TestPolicies.StandardWeekly() with { InstantRestoreDays = 1 };

        // When
        var problem = PolicyValidator.Validate(policy).ShouldHaveSingleItem();

        // Then
        problem.Message.ShouldBe("instantRestoreDays: 1 day is out of range; allowed is exactly 5 days for a Standard weekly schedule");
    }

    [Fact]
    public void Should_NameFieldValueAndRange_When_DailyRetentionIsThreeDays()
    {
        var problem = PolicyValidator.Validate(TestPolicies.StandardDaily(days: 3)).ShouldHaveSingleItem();

        problem.ShouldBe(new PolicyProblem("retention.daily.days", "3", "7 to 9999 days", "retention.daily.days: 3 is out of range; allowed is 7 to 9999 days"));
    }

    private static BackupPolicy Base(PolicyKind kind) => kind switch
    {
        PolicyKind.Mars => TestPolicies.MarsSeed004(),
        PolicyKind.Enhanced => TestPolicies.EnhancedDaily(),
        _ => TestPolicies.StandardDaily(),
    };

    private static BackupPolicy WithRule(BackupPolicy policy, string rule, int count)
    {
        var lastSaturday = DayOfMonthSelector.ByWeeks([WeekOfMonth.Last], [IsoDayOfWeek.Saturday]);
        var rules = policy.Retention;
        var daily = policy.Kind == PolicyKind.Mars ? rules.Daily! : new DailyRetention(30);
        return policy with
        {
            Retention = rule switch
            {
                "daily" => new RetentionPolicy(new DailyRetention(count), rules.Weekly, rules.Monthly, rules.Yearly),
                "weekly" => rules with { Daily = daily, Weekly = new WeeklyRetention(count, [IsoDayOfWeek.Saturday]) },
                "monthly" => rules with { Daily = daily, Monthly = new MonthlyRetention(count, lastSaturday) },
                _ => rules with { Daily = daily, Yearly = new YearlyRetention(count, [3], lastSaturday) },
            },
        };
    }
}
