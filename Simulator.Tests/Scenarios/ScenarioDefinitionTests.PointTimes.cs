using Simulator.Scenarios.Parsing;
using Simulator.Scenarios.Running;

namespace Simulator.Tests.Scenarios;

/// <summary>A failed check of a point's expiry says when the point was taken once: the file's time, or the time of the point its position found.</summary>
public sealed partial class ScenarioDefinitionTests
{
    /// <summary>A day of one VM under DefaultPolicy (02:00 UTC, 30 days, snapshots 2 days), its backup started on time.</summary>
    private const string OneVmOnTime = """
        start: 2026-01-05T00:00:00Z
        duration: 1d
        settings: { maxStartDelay: 0s }
        vaults:
          - name: vault-a
            region: westeurope
        vms:
          - name: vm-1
            vault: vault-a
        expect:

        """;

    [Theory]
    [InlineData("time: 2026-01-05T02:00:00Z", "point of vm-1 taken 2026-01-05T02:00:00Z expiry: expected 2026-02-05T02:00:00Z, actual 2026-02-04T02:00:00Z")]
    [InlineData("nth: 1", "point #1 of vm-1 (2026-01-05T02:00:00Z) expiry: expected 2026-02-05T02:00:00Z, actual 2026-02-04T02:00:00Z")]
    public void Should_SayWhenThePointWasTakenOnce_When_ItsExpiryFails(string pick, string failure)
    {
        // Given
        var definition = ScenarioParser.Parse($"name: expiry\n{OneVmOnTime}  - point: {{ item: vm-1, {pick} }}\n    expiry: 2026-02-05T02:00:00Z\n", "expiry.yaml");

        // When
        var result = ScenarioRunner.Run(definition);

        // Then
        result.Outcomes.Select(o => $"{o.Subject}: expected {o.Expected}, actual {o.Actual}").ShouldBe([failure]);
    }

    [Fact]
    public void Should_TellThePointsTimeInTheFilesZone_When_ACheckOfItFails()
    {
        // Given a Berlin scenario whose check picks a point by its local time, and fails
        var definition = ScenarioParser.Parse($"name: berlin\ndisplayTimeZone: Europe/Berlin\n{OneVmOnTime}  - point: {{ item: vm-1, time: 2026-01-05T03:00 }}\n    tag: Weekly\n", "berlin.yaml");
        var result = ScenarioRunner.Run(definition);

        // When
        var failure = result.Failures.Single();

        // Then a person reads the time as the file wrote it, UTC beside it; the check's name, a CI server's key, stays in UTC
        result.SubjectText(failure).ShouldBe("point of vm-1 taken 2026-01-05T03:00:00+01:00 (2026-01-05T02:00:00Z) tag");
        failure.Name.ShouldBe("point of vm-1 taken 2026-01-05T02:00:00Z tag");
    }

    [Theory]
    [InlineData("none", true)]
    [InlineData("None", true)]
    [InlineData("NotStarted", false)]
    public void Should_CheckThatAJobHasNoTransfer_When_TheCheckExpectsNone(string transfer, bool passes)
    {
        // Given an Enhanced policy every 6 hours, whose second run of the window keeps its point a snapshot
        var definition = ScenarioParser.Parse($$"""
            name: no-transfer
            start: 2026-02-02T00:00:00Z
            duration: 1d
            settings: { maxStartDelay: 0s }
            vaults:
              - name: vault-ne
                region: northeurope
                policies:
                  - name: Hourly6
                    kind: Enhanced
                    schedule: { frequency: Hourly, interval: 6, windowStart: "08:00", windowHours: 24 }
                    retention: { daily: { days: 30 } }
            vms:
              - { name: vm-a, vault: vault-ne, policy: Hourly6 }
            expect:
              - job: { item: vm-a, nth: 2 }
                transfer: {{transfer}}

            """, "no-transfer.yaml");

        // When
        var result = ScenarioRunner.Run(definition);

        // Then the value a failed check reports is one a check can expect
        result.Passed.ShouldBe(passes);
    }
}
