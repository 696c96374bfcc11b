using Simulator.Tests.Support;
using Simulator.Tui.Cli;

namespace Simulator.Tests.Policies;

/// <summary><c>policy preview --from</c> reads a time or a date without an offset as the file reads its own times: a
/// policy file's in the policy's zone, a scenario's in the scenario's.</summary>
public sealed class PolicyPreviewFromTests
{
    [Fact]
    public void Should_ReadTheTimeInThePolicysZone_When_FromHasNoOffset()
    {
        // Given the weekly sample, in Pacific time, running Monday, Wednesday and Thursday at 10:00 there

        // When listed from noon in Los Angeles on Monday 2 March, after that day's run
        var run = CliRun.Of("policy", "preview", Sample("standard-weekly.json"), "--from", "2026-03-02T12:00", "--count", "1");

        // Then the first run is Wednesday's, and the policy counts as saved at noon there (20:00Z), not at noon UTC
        run.Error.ShouldBeEmpty();
        run.Out.ShouldContain("saved 2026-03-02 20:00Z");
        run.Out.ShouldContain("1  2026-03-04 18:00Z  2026-03-04 10:00 -08:00");
    }

    [Fact]
    public void Should_ReadADateAsMidnightInThePolicysZone_When_FromIsADate()
    {
        // When
        var run = CliRun.Of("policy", "preview", Sample("standard-weekly.json"), "--from", "2026-03-02", "--count", "1");

        // Then
        run.Error.ShouldBeEmpty();
        run.Out.ShouldContain("saved 2026-03-02 08:00Z");
    }

    [Fact]
    public void Should_ReadTheTimeInTheScenariosZone_When_FromHasNoOffset()
    {
        // Given dst-shift, shown in Europe/Berlin, whose Daily10-Fixed runs at 10:00 there (09:00Z in March)

        // When listed from 09:30 in Berlin on 28 March, before that day's run
        var run = CliRun.Of("policy", "preview", Path.Combine(RepositoryFiles.Scenarios, "dst-shift.yaml"), "--policy", "Daily10-Fixed", "--from", "2026-03-28T09:30", "--count", "1");

        // Then that day's run is listed, as render --at reads the time, not the next day's after 09:30 UTC
        run.Error.ShouldBeEmpty();
        run.Out.ShouldContain("1  2026-03-28 09:00Z  2026-03-28 10:00 +01:00");
    }

    [Fact]
    public void Should_NameThePolicysZone_When_FromIsNotATime()
    {
        // When
        var run = CliRun.Of("policy", "preview", Sample("standard-weekly.json"), "--from", "monday");

        // Then
        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.Error.ShouldBe("vaultsim: --from: 'monday' is not a time; write ISO 8601 like 2026-01-15T09:30:00+01:00, a time in America/Los_Angeles like 2026-01-15T09:00, or a date like 2026-01-15 (00:00 there).\n");
    }

    private static string Sample(string file) => Path.Combine(AppContext.BaseDirectory, "Policies", "Samples", file);
}
