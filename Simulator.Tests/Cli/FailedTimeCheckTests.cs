using System.Text.Json;
using System.Xml.Linq;
using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary>A failed check of a time (<c>scheduledFor</c>, <c>expiry</c>) tells what it expected and found as the file
/// writes its times, in its display zone with UTC beside it, on the console and in JUnit; the JSON report in UTC alone.</summary>
public sealed class FailedTimeCheckTests : IDisposable
{
    // DefaultPolicy runs at 02:00 UTC, 11:00 in Tokyo; with no start delay the point is taken then and kept 30 days.
    // The trainer wrote both times an hour late, in Tokyo time, as the file reads them.
    private const string Scenario = """
        name: tokyo-times
        seed: 5
        start: 2026-01-01T00:00:00Z
        duration: 3d
        displayTimeZone: Asia/Tokyo
        settings: { maxStartDelay: 0s }
        vaults:
          - name: vault-jpe
            region: japaneast
        vms:
          - name: vm-1
            vault: vault-jpe
        expect:
          - job: { item: vm-1, nth: 1 }
            scheduledFor: 2026-01-01T12:00
          - point: { item: vm-1, nth: 1 }
            expiry: 2026-01-31T12:00
        """;

    private const string ScheduledExpected = "2026-01-01T12:00:00+09:00 (2026-01-01T03:00:00Z)";
    private const string ScheduledActual = "2026-01-01T11:00:00+09:00 (2026-01-01T02:00:00Z)";
    private const string ExpiryExpected = "2026-01-31T12:00:00+09:00 (2026-01-31T03:00:00Z)";
    private const string ExpiryActual = "2026-01-31T11:00:00+09:00 (2026-01-31T02:00:00Z)";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Write()
    {
        var path = _folder.File("tokyo.yaml");
        File.WriteAllText(path, Scenario);
        return path;
    }

    [Fact]
    public void Should_TellTheExpectedAndActualTimesInTheDisplayZoneAndInUtc_When_ATimeCheckFailsOnTheConsole()
    {
        // Given
        var path = Write();

        // When
        var run = CliRun.Of("run", path);

        // Then
        run.ExitCode.ShouldBe(1, run.Error);
        run.Out.ShouldContain($"job vm-1 Backup #1 scheduledFor: expected {ScheduledExpected}, actual {ScheduledActual}\n");
        run.Out.ShouldContain($"expiry: expected {ExpiryExpected}, actual {ExpiryActual}\n");
    }

    [Fact]
    public void Should_TellTheExpectedAndActualTimesInTheDisplayZoneAndInUtc_When_ATimeCheckFailsInJUnit()
    {
        // Given
        var path = Write();
        var junit = _folder.File("report.xml");

        // When
        CliRun.Of("run", path, "--junit", junit);

        // Then
        var failures = XDocument.Load(junit).Descendants("failure").ToList();
        failures.Select(f => f.Attribute("message")!.Value).ShouldBe([
            $"expected {ScheduledExpected}, actual {ScheduledActual}",
            $"expected {ExpiryExpected}, actual {ExpiryActual}",
        ]);
        failures[0].Value.ShouldContain($"scheduledFor: expected {ScheduledExpected}, actual {ScheduledActual} at ");
    }

    [Fact]
    public void Should_TellWhenTheFirstFailedJobStartedInTheDisplayZoneAndInUtc_When_NoFailedJobsFails()
    {
        // Given: a VM without its agent fails its 02:00 UTC backup, 11:00 in Tokyo
        var path = _folder.File("failing.yaml");
        File.WriteAllText(path, Scenario.Replace("    vault: vault-jpe\n", "    vault: vault-jpe\n    agent: Missing\n", StringComparison.Ordinal)
            .Replace("  - job: { item: vm-1, nth: 1 }\n    scheduledFor: 2026-01-01T12:00\n", "  - noFailedJobs: true\n", StringComparison.Ordinal));
        var json = _folder.File("report.json");

        // When
        var run = CliRun.Of("run", path, "--json", json);

        // Then: the console as the file's times are written; JSON in UTC
        run.Out.ShouldContain("failed jobs: expected none, actual 3, first vm-1 at 2026-01-01T11:00:00+09:00 (2026-01-01T02:00:00Z) UserErrorGuestAgentStatusUnavailable\n");
        File.ReadAllText(json).ShouldContain("\"actual\": \"3, first vm-1 at 2026-01-01T02:00:00Z UserErrorGuestAgentStatusUnavailable\"");
    }

    [Fact]
    public void Should_GiveTheExpectedAndActualTimesInUtcAlone_When_ATimeCheckFailsInTheJsonReport()
    {
        // Given
        var path = Write();
        var json = _folder.File("report.json");

        // When
        CliRun.Of("run", path, "--json", json);

        // Then: JSON is for scripts, and gives every time in UTC, as the journal does
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        var checks = report.RootElement.GetProperty("scenarios")[0].GetProperty("checks").EnumerateArray().ToList();
        checks.Select(c => (c.GetProperty("expected").GetString(), c.GetProperty("actual").GetString())).ShouldBe([
            ("2026-01-01T03:00:00Z", "2026-01-01T02:00:00Z"),
            ("2026-01-31T03:00:00Z", "2026-01-31T02:00:00Z"),
        ]);
    }
}
