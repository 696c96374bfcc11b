using NodaTime;
using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary>Times an expectation asserts are read like every other time in the file: local ones in displayTimeZone.</summary>
public sealed partial class ScenarioParserTests
{
    private const string BerlinWorld = """
        name: check
        start: 2026-01-05T00:00:00Z
        duration: 7d
        displayTimeZone: Europe/Berlin
        vaults:
          - name: vault-weu
            region: westeurope
        vms:
          - name: vm-web-01
            vault: vault-weu

        """;

    [Fact]
    public void Should_ReadScheduledForInTheDisplayZone_When_ItHasNoOffset()
    {
        // Given
        var text = BerlinWorld + """
            expect:
              - job: { item: vm-web-01 }
                scheduledFor: 2026-01-06T03:00
            """;

        // When
        var expectation = ScenarioParser.Parse(text, File).Expectations.ShouldHaveSingleItem();

        // Then
        expectation.ScheduledFor.ShouldBe(Instant.FromUtc(2026, 1, 6, 2, 0));
    }

    [Fact]
    public void Should_ReadPointExpiriesInTheDisplayZone_When_TheyHaveNoOffset()
    {
        // Given
        var text = BerlinWorld + """
            expect:
              - point: { item: vm-web-01, time: 2026-01-06T03:00 }
                expiry: 2026-02-05T03:00
                snapshotExpiry: 2026-01-08T03:00
            """;

        // When
        var expectation = ScenarioParser.Parse(text, File).Expectations.ShouldHaveSingleItem();

        // Then
        expectation.PointTime.ShouldBe(Instant.FromUtc(2026, 1, 6, 2, 0));
        expectation.Expiry.ShouldBe(Instant.FromUtc(2026, 2, 5, 2, 0));
        expectation.SnapshotExpiry.ShouldBe(Instant.FromUtc(2026, 1, 8, 2, 0));
    }

    [Fact]
    public void Should_RefuseAnAssertedTime_When_DaylightSavingRepeatsIt()
    {
        // Given 02:30 on 25 October 2026 happens twice in Berlin
        var text = BerlinWorld.Replace("start: 2026-01-05T00:00:00Z", "start: 2026-10-20T00:00:00Z", StringComparison.Ordinal) + """
            expect:
              - job: { item: vm-web-01 }
                scheduledFor: 2026-10-25T02:30
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem();
        error.Field.ShouldBe("expect[0].scheduledFor");
        error.Message.ShouldContain("happens twice in Europe/Berlin");
    }
    [Fact]
    public void Should_ReadADateAsItsMidnightInTheDisplayZone_When_AStepsTimeOrRetainUntilIsADate()
    {
        // Given a Backup now at a date, kept until a date, as the Azure CLI's --retain-until takes one
        var text = BerlinWorld + """
            timeline:
              - at: 2026-01-08
                do: backupNow
                item: vm-web-01
                retainUntil: 2026-12-31
            """;

        // When
        var step = ScenarioParser.Parse(text, File).Steps.ShouldHaveSingleItem();

        // Then both are 00:00 in Berlin (CET, +01:00)
        step.Timing.At.ShouldBe(Instant.FromUtc(2026, 1, 7, 23, 0));
        step.Action!.RetainUntil.ShouldBe(Instant.FromUtc(2026, 12, 30, 23, 0));
    }

    [Fact]
    public void Should_RefuseADateRetainUntil_When_ItIsTheStepsOwnDay()
    {
        // Given a Backup now at 09:00 kept until that day, whose 00:00 has passed
        var text = BerlinWorld + """
            timeline:
              - at: 2026-01-08T09:00
                do: backupNow
                item: vm-web-01
                retainUntil: 2026-01-08
            """;

        // When
        var error = ErrorsOf(text).ShouldHaveSingleItem();

        // Then
        error.Field.ShouldBe("timeline[0].retainUntil");
        error.Message.ShouldStartWith("2026-01-08T00:00:00+01:00 (2026-01-07T23:00:00Z) is not after the step's run at 2026-01-08T09:00:00+01:00 (2026-01-08T08:00:00Z);");
    }
}
