using NodaTime;
using Simulator.Core.Policies;
using Simulator.Core.Service;
using Simulator.Tests.Support;

namespace Simulator.Tests.Policies;

/// <summary>Retention structure, days of the month, time zones, the 9999-points cap, and SavePolicy refusing.</summary>
public sealed class PolicyValidatorRuleTests
{
    [Fact]
    public void Should_RefuseADailyRule_When_TheScheduleIsWeekly()
    {
        var policy = TestPolicies.StandardWeekly() with { Retention = TestPolicies.StandardWeekly().Retention with { Daily = new DailyRetention(30) } };

        PolicyValidator.Validate(policy).ShouldHaveSingleItem().Field.ShouldBe("retention.daily");
    }

    [Fact]
    public void Should_RequireAWeeklyRule_When_TheScheduleIsWeekly()
    {
        var policy = TestPolicies.StandardWeekly() with { Retention = new RetentionPolicy(null) };

        PolicyValidator.Validate(policy).ShouldHaveSingleItem().Field.ShouldBe("retention");
    }

    [Fact]
    public void Should_RequireADailyRule_When_TheScheduleIsDaily()
    {
        var policy = TestPolicies.StandardDaily() with { Retention = new RetentionPolicy(null, new WeeklyRetention(4, [IsoDayOfWeek.Sunday])) };

        PolicyValidator.Validate(policy).ShouldHaveSingleItem().Field.ShouldBe("retention.daily");
    }

    [Fact]
    public void Should_SayWhichRuleIsMissing_When_ARuleTheScheduleNeedsIsNotGiven()
    {
        // Given
        var daily = TestPolicies.StandardDaily() with { Retention = new RetentionPolicy(null, new WeeklyRetention(4, [IsoDayOfWeek.Sunday])) };
        var weekly = TestPolicies.StandardWeekly() with { Retention = new RetentionPolicy(null) };

        // When
        var problems = PolicyValidator.Validate(daily).Concat(PolicyValidator.Validate(weekly)).Select(p => p.Message);

        // Then
        problems.ShouldBe(
        [
            "retention.daily: no daily rule is given; allowed is a daily rule with a daily or hourly schedule",
            "retention: no weekly rule is given; allowed is a weekly rule with a weekly schedule",
        ]);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(28, true)]
    [InlineData(0, false)]
    [InlineData(29, false)]
    public void Should_AcceptDaysOfTheMonthOneTo28_When_AMonthlyRuleUsesDates(int day, bool valid)
    {
        var policy = TestPolicies.StandardDaily() with
        {
            Retention = new RetentionPolicy(new DailyRetention(30), Monthly: new MonthlyRetention(12, DayOfMonthSelector.ByDates([day]))),
        };

        var problems = PolicyValidator.Validate(policy);

        if (valid)
        {
            problems.ShouldBeEmpty();
        }
        else
        {
            problems.ShouldHaveSingleItem().Field.ShouldBe("retention.monthly.days");
        }
    }

    [Fact]
    public void Should_AcceptTheLastDay_And_RefuseDuplicateDays_When_AYearlyRuleUsesDates()
    {
        var last = TestPolicies.StandardDaily() with { Retention = new RetentionPolicy(new DailyRetention(30), Yearly: new YearlyRetention(5, [12], DayOfMonthSelector.LastDay())) };
        var twice = last with { Retention = new RetentionPolicy(new DailyRetention(30), Yearly: new YearlyRetention(5, [12], DayOfMonthSelector.ByDates([15, 15]))) };

        PolicyValidator.Validate(last).ShouldBeEmpty();
        PolicyValidator.Validate(twice).ShouldHaveSingleItem().Field.ShouldBe("retention.yearly.days");
    }

    [Theory]
    [InlineData("months")]
    [InlineData("weeks")]
    [InlineData("weekdays")]
    public void Should_NameTheYearlyField_When_ItIsEmpty(string empty)
    {
        var selector = DayOfMonthSelector.ByWeeks(empty == "weeks" ? [] : [WeekOfMonth.First], empty == "weekdays" ? [] : [IsoDayOfWeek.Sunday]);
        var yearly = new YearlyRetention(10, empty == "months" ? [] : [1], selector);
        var policy = TestPolicies.StandardDaily() with { Retention = new RetentionPolicy(new DailyRetention(30), Yearly: yearly) };

        PolicyValidator.Validate(policy).ShouldHaveSingleItem().Field.ShouldBe($"retention.yearly.{empty}");
    }

    [Fact]
    public void Should_RefuseMonth13AndRepeatedMonths_When_AYearlyRuleNamesThem()
    {
        var on = DayOfMonthSelector.ByDates([1]);
        var thirteen = TestPolicies.StandardDaily() with { Retention = new RetentionPolicy(new DailyRetention(30), Yearly: new YearlyRetention(1, [13], on)) };
        var twice = TestPolicies.StandardDaily() with { Retention = new RetentionPolicy(new DailyRetention(30), Yearly: new YearlyRetention(1, [3, 3], on)) };

        PolicyValidator.Validate(thirteen).ShouldHaveSingleItem().Field.ShouldBe("retention.yearly.months");
        PolicyValidator.Validate(twice).ShouldHaveSingleItem().Field.ShouldBe("retention.yearly.months");
    }

    [Fact]
    public void Should_RefuseAWeeklyRuleWithNoDay_When_ItIsSet()
    {
        var policy = TestPolicies.StandardDaily() with { Retention = new RetentionPolicy(new DailyRetention(30), new WeeklyRetention(4, [])) };

        PolicyValidator.Validate(policy).ShouldHaveSingleItem().Field.ShouldBe("retention.weekly.days");
    }

    [Fact]
    public void Should_RefuseRetentionDaysTheWeeklyScheduleNeverRuns_When_TheScheduleIsWeekly()
    {
        var monthly = new MonthlyRetention(6, DayOfMonthSelector.ByWeeks([WeekOfMonth.First], [IsoDayOfWeek.Monday]));
        var policy = TestPolicies.StandardWeekly() with { Retention = TestPolicies.StandardWeekly().Retention with { Monthly = monthly } };

        var problem = PolicyValidator.Validate(policy).ShouldHaveSingleItem();

        problem.Field.ShouldBe("retention.monthly.weekdays");
        problem.Message.ShouldContain("when no backup runs");
    }

    [Fact]
    public void Should_RefuseAWeeklyRuleThatLeavesOutAScheduledDay_When_TheScheduleIsWeekly()
    {
        // Given backups on Sunday and Wednesday, and a weekly rule that keeps Sunday's alone
        var policy = TestPolicies.StandardWeekly() with
        {
            Schedule = BackupSchedule.Weekly([IsoDayOfWeek.Sunday, IsoDayOfWeek.Wednesday], new LocalTime(2, 0)),
        };

        // When
        var problem = PolicyValidator.Validate(policy).ShouldHaveSingleItem();

        // Then Wednesday's points, which no daily rule may keep on a weekly schedule, would have no retention at all
        problem.Field.ShouldBe("retention.weekly.days");
        problem.Message.ShouldContain("leaves out [Wednesday], whose backups no rule would keep");
    }

    [Theory]
    [InlineData("W. Europe Standard Time", true)]
    [InlineData("Europe/Berlin", true)]
    [InlineData("Eastern Standard Time", true)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("", false)]
    public void Should_AcceptWindowsAndIanaZones_When_TheIdIsKnown(string id, bool valid)
    {
        var policy = TestPolicies.StandardDaily() with { TimeZoneId = id, TimeZone = PolicyTimeZones.TryResolve(id, out var zone) ? zone : DateTimeZone.Utc };

        var problems = PolicyValidator.Validate(policy);

        if (valid)
        {
            problems.ShouldBeEmpty();
        }
        else
        {
            problems.ShouldHaveSingleItem().Field.ShouldBe("timeZone");
        }
    }

    [Theory]
    [InlineData("pacific standard time", "America/Los_Angeles")]
    [InlineData("W. EUROPE STANDARD TIME", "Europe/Berlin")]
    [InlineData("europe/berlin", "Europe/Berlin")]
    public void Should_FindTheZone_When_ItsIdIsWrittenInAnotherCase(string id, string zone)
    {
        // Given an id as Windows finds it, whatever its case ("Pacific Standard Time (Mexico)" was offered for the first)
        // When
        var found = PolicyTimeZones.TryResolve(id, out var resolved);

        // Then
        found.ShouldBeTrue();
        resolved.Id.ShouldBe(zone);
    }

    [Fact]
    public void Should_RefuseAnEmptyName()
    {
        PolicyValidator.Validate(TestPolicies.StandardDaily() with { Name = " " }).ShouldHaveSingleItem().Field.ShouldBe("name");
    }

    [Theory]
    [InlineData(9999, 1, true)]
    [InlineData(4999, 2, true)]
    [InlineData(5000, 2, false)]
    [InlineData(3333, 3, true)]
    [InlineData(3334, 3, false)]
    public void Should_RefuseMoreThan9999LivePoints_When_RunsPerDayTimesDaysExceedIt(int days, int runs, bool valid)
    {
        // Given a MARS policy with only a daily rule: runs a day times days kept is the number of live points
        var times = Enumerable.Range(0, runs).Select(i => new LocalTime(i * 6, 0)).ToArray();
        var policy = TestPolicies.MarsSeed004() with { Schedule = BackupSchedule.Daily(times), Retention = new RetentionPolicy(new DailyRetention(days)) };

        var problems = PolicyValidator.Validate(policy);

        if (valid)
        {
            problems.ShouldBeEmpty();
        }
        else
        {
            var problem = problems.ShouldHaveSingleItem();
            problem.Field.ShouldBe("retention");
            problem.Value.ShouldBe($"about {days * runs} recovery points");
        }
    }

    [Fact]
    public void Should_CountOnlyTheRunsARuleKeeps_When_AMarsRuleNamesSomeOfTheRunTimes()
    {
        // Given three runs a day, and a daily rule of 9,999 days that keeps only the midnight run's point
        var policy = TestPolicies.MarsSeed004() with
        {
            Schedule = BackupSchedule.Daily(new LocalTime(0, 0), new LocalTime(12, 0), new LocalTime(18, 0)),
            Retention = new RetentionPolicy(new DailyRetention(9999, [new LocalTime(0, 0)])),
        };

        // When / Then: one point a day is kept, not three (the others go once a newer one is taken), so none too many
        PolicyValidator.Validate(policy).ShouldBeEmpty();
    }

    [Fact]
    public void Should_CountEachRulesRunTimes_When_TwoMarsRulesKeepDifferentRuns()
    {
        // Given runs at 00:00 and 12:00; noon points kept 9,000 days, Sunday midnight points 1,400 weeks (9,800 days)
        var policy = TestPolicies.MarsSeed004() with
        {
            Schedule = BackupSchedule.Daily(new LocalTime(0, 0), new LocalTime(12, 0)),
            Retention = new RetentionPolicy(new DailyRetention(9000, [new LocalTime(12, 0)]), new WeeklyRetention(1400, [IsoDayOfWeek.Sunday], [new LocalTime(0, 0)])),
        };

        // When
        var problem = PolicyValidator.Validate(policy).ShouldHaveSingleItem();

        // Then 9,000 noon points and 1,400 Sunday ones are alive at once: over the cap, as counted per rule
        problem.Field.ShouldBe("retention");
        problem.Value.ShouldBe("about 10400 recovery points");
    }

    [Fact]
    public void Should_RefuseLongWeeklyRetention_When_AddedToTheLongestDailyRetention()
    {
        // Given 9999 daily points, plus Sundays kept 5163 weeks (about 9999 * 6/7 + 5163 alive at once)
        var policy = TestPolicies.StandardDaily(days: 9999) with
        {
            Retention = new RetentionPolicy(new DailyRetention(9999), new WeeklyRetention(5163, [IsoDayOfWeek.Sunday])),
        };

        PolicyValidator.Validate(policy).ShouldHaveSingleItem().Field.ShouldBe("retention");
    }

    [Fact]
    public void Should_ListEveryProblem_When_SeveralFieldsAreWrong()
    {
        var policy = TestPolicies.StandardDaily(days: 3) with { InstantRestoreDays = 9, Schedule = BackupSchedule.Daily(new LocalTime(2, 10)) };

        PolicyValidator.Validate(policy).Select(p => p.Field).ShouldBe(["schedule.times[0]", "instantRestoreDays", "retention.daily.days"]);
    }

    [Fact]
    public void Should_RefuseAndChangeNothing_When_SavingAnInvalidPolicy()
    {
        // Given a vault whose DefaultPolicy protects a VM
        var world = new TestWorld();
        var before = world.Vault.FindPolicy("DefaultPolicy");
        var invalid = before! with { Retention = new RetentionPolicy(new DailyRetention(3)) };

        // When
        var refusal = Should.Throw<OperationRefusedException>(() => world.Simulation.SavePolicy(world.Vault, invalid));

        // Then
        refusal.Reason.ShouldContain("retention.daily.days: 3 is out of range; allowed is 7 to 9999 days");
        world.Vault.FindPolicy("DefaultPolicy").ShouldBeSameAs(before);
        Should.Throw<OperationRefusedException>(() => world.Simulation.SavePolicy(world.Vault, invalid with { Name = "new-policy" }));
        world.Vault.Policies.Count.ShouldBe(1);
    }
}
