using Simulator.Core.Journal;
using Simulator.Scenarios.Parsing;
using Simulator.Scenarios.Running;

namespace Simulator.Tests.Scenarios;

/// <summary>A transfer slower than any run is long, at the limits a scenario file takes, runs on until the run ends.</summary>
public sealed class SlowTransferTests
{
    [Theory]
    [InlineData("vms:\n  - { name: vm-1, vault: vault-a, usedGb: 1000000, throughputMBps: 0.001 }")]
    [InlineData("marsServers:\n  - { name: fs-1, vault: vault-a, policy: Files, usedGb: 1000000, throughputMBps: 0.001 }")]
    public void Should_KeepTheTransferRunning_When_ItWouldEndPastTheYearsATimeCanHold(string source)
    {
        // Given a million GB at a kilobyte a second: 31,000 years, past NodaTime's year 9999, which threw from the core
        var text = $"""
            name: slowest
            start: 2026-04-01T00:00:00Z
            duration: 3d
            vaults:
              - name: vault-a
                region: northeurope
                policies:
                  - name: Files
                    kind: Mars
                    schedule: {"{"} frequency: Daily, times: ["06:00"] {"}"}
                    retention: {"{"} daily: {"{"} days: 7 {"}"} {"}"}
            {source}
            """;
        var phases = new List<string>();
        var session = new ScenarioSession(ScenarioParser.Parse(text, "slowest.yaml"), journal: e =>
        {
            if (e is JobPhaseChanged phase)
            {
                phases.Add($"{phase.Phase} {phase.Status}");
            }
        });

        // When
        session.RunToEnd();

        // Then its first transfer is still under way at the end, and the next days' jobs find it so
        phases.ShouldContain("Transfer data to vault InProgress");
        phases.ShouldNotContain("Transfer data to vault Completed");
    }
}
