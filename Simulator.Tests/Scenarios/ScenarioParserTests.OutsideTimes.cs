namespace Simulator.Tests.Scenarios;

/// <summary>A time outside the scenario is told in the scenario's zone, where its file writes local times, with UTC beside it.</summary>
public sealed partial class ScenarioParserTests
{
    private const string InBerlin = "duration: 7d\ndisplayTimeZone: Europe/Berlin";

    [Fact]
    public void Should_TellAStepsTimeAndTheSpanInTheScenariosZoneWithUtcBeside_When_ALocalTimeIsAfterTheEnd()
    {
        // Given a step at 09:00 in Berlin, the morning after the scenario ends at 01:00 there
        var text = World.Replace("duration: 7d", InBerlin, StringComparison.Ordinal) + """
            timeline:
              - at: 2026-01-12T09:00
                do: backupNow
                item: vm-web-01

            """;

        // When
        var errors = ErrorsOf(text);

        // Then UTC alone ("2026-01-12T08:00:00Z") read as an hour off what was written
        errors.ShouldHaveSingleItem().Message.ShouldBe(
            "2026-01-12T09:00:00+01:00 (2026-01-12T08:00:00Z) is outside the scenario, which runs from "
            + "2026-01-05T01:00:00+01:00 (2026-01-05T00:00:00Z) to 2026-01-12T01:00:00+01:00 (2026-01-12T00:00:00Z).");
    }

    [Fact]
    public void Should_TellTheEndInTheScenariosZoneWithUtcBeside_When_AnExpectationsOffsetIsPastIt()
    {
        // Given
        var text = World.Replace("duration: 7d", InBerlin, StringComparison.Ordinal) + """
            expect:
              - at: +8d
                item: vm-web-01
                protectionState: Protected

            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem().Message.ShouldBe(
            "+8d after the start is past the end of the scenario at 2026-01-12T01:00:00+01:00 (2026-01-12T00:00:00Z).");
    }

    [Fact]
    public void Should_TellTimesInUtcAlone_When_TheScenarioIsInUtc()
    {
        // Given
        var text = World + """
            timeline:
              - at: 2026-01-12T09:00
                do: backupNow
                item: vm-web-01

            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem().Message.ShouldBe(
            "2026-01-12T09:00:00Z is outside the scenario, which runs from 2026-01-05T00:00:00Z to 2026-01-12T00:00:00Z.");
    }

    [Fact]
    public void Should_RefuseAPointsTimeAtItsField_When_ItIsAfterTheEnd()
    {
        // Given a point picked by a time a week after the scenario ends, which no run takes a point at
        var text = World + """
            expect:
              - point: { item: vm-web-01, time: 2026-01-19T02:00:00Z }
                tier: VaultStandard

            """;

        // When
        var errors = ErrorsOf(text);

        // Then validate says so at the time, where the run only failed the check with "no such point"
        var error = errors.ShouldHaveSingleItem();
        error.ToString().ShouldStartWith("check.yaml:20:37: expect[0].point.time: ");
        error.Message.ShouldBe(
            "2026-01-19T02:00:00Z is outside the scenario, which runs from 2026-01-05T00:00:00Z to 2026-01-12T00:00:00Z.");
    }

    [Fact]
    public void Should_RefuseAJobsScheduledTimeAtItsField_When_ItIsBeforeTheStart()
    {
        // Given a job asserted to be scheduled the day before the scenario starts, when no run has one
        var text = World + """
            expect:
              - job: { item: vm-web-01 }
                scheduledFor: 2026-01-04T02:00:00Z

            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem();
        error.ToString().ShouldStartWith("check.yaml:21:19: expect[0].scheduledFor: ");
        error.Message.ShouldBe(
            "2026-01-04T02:00:00Z is outside the scenario, which runs from 2026-01-05T00:00:00Z to 2026-01-12T00:00:00Z.");
    }

    [Fact]
    public void Should_RefuseAPointsTimeAtItsField_When_ItIsAfterTheChecksOwnTime()
    {
        // Given a point picked by the third night's time, checked on the second day, when it is not taken yet
        var text = World + """
            expect:
              - at: 2026-01-06T12:00:00Z
                point: { item: vm-web-01, time: 2026-01-07T02:00:00Z }
                tier: VaultStandard

            """;

        // When
        var errors = ErrorsOf(text);

        // Then validate says so at the time, where every run failed the check with "no such point"
        var error = errors.ShouldHaveSingleItem();
        error.ToString().ShouldStartWith("check.yaml:21:37: expect[0].point.time: ");
        error.Message.ShouldBe(
            "2026-01-07T02:00:00Z is after the check at 2026-01-06T12:00:00Z ('at'), when no point of that time is taken yet. Check later, or name an earlier point.");
    }

    [Fact]
    public void Should_RefuseAJobsScheduledTimeAtItsField_When_ItIsAfterTheChecksOwnTime()
    {
        // Given a job asserted to be scheduled for a time after the check, which no job started by then can be
        var text = World + """
            expect:
              - at: +1d
                job: { item: vm-web-01 }
                scheduledFor: 2026-01-07T02:00:00Z

            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem();
        error.ToString().ShouldStartWith("check.yaml:22:19: expect[0].scheduledFor: ");
        error.Message.ShouldBe(
            "2026-01-07T02:00:00Z is after the check at 2026-01-06T00:00:00Z ('at'), when no job scheduled then has started yet. Check later, or expect an earlier time.");
    }

    [Fact]
    public void Should_RefuseAScheduledTimeAtItsField_When_TheJobIsSelectedAsOnDemand()
    {
        // Given: an on-demand job reads "on demand" where a scheduled one has its time
        var text = World + """
            expect:
              - job: { item: vm-web-01, trigger: OnDemand }
                scheduledFor: 2026-01-06T02:00:00Z

            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("expect[0].scheduledFor");
        error.Message.ShouldBe("an on-demand job has no scheduled time, so this fails in every run. Leave 'scheduledFor' out, or select a job with 'trigger: Scheduled'.");
    }
}
