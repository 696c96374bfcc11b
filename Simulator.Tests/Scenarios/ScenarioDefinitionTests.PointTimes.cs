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
}
