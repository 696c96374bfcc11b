using NodaTime;
using Simulator.Scenarios.Yaml;
using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary>vaultsim counts time in whole seconds and writes every time so: a time between two seconds is refused
/// where it is read, on the command line as in a file, rather than cut to a second the run then names as its own.</summary>
public sealed class SubSecondTimeTests : IDisposable
{
    private const string Scenario = """
        name: seconds
        seed: 3
        start: 2026-01-01T00:00:00Z
        duration: 3d
        displayTimeZone: Europe/Berlin
        vaults:
          - name: vault-a
            region: westeurope
        vms:
          - name: vm-1
            region: westeurope
            vault: vault-a
        expect:
          - item: vm-1
            protectionState: Protected
        """;

    private const string Refusal = "2026-01-02T00:00:00.5Z has a fraction of a second; vaultsim counts time in whole seconds: write 2026-01-02T00:00:00Z, or the second after it.";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Path(string text = Scenario)
    {
        var path = _folder.File("seconds.yaml");
        File.WriteAllText(path, text);
        return path;
    }

    [Theory]
    [InlineData("run")]
    [InlineData("show")]
    public void Should_RefuseUntilAndWriteNoReport_When_ItHasAFractionOfASecond(string command)
    {
        // Given a run stopped half a second into the second day, which the console, the JUnit message, the JSON
        // stoppedAt and show's suggested command all told as stopped at midnight, and the JSON replay at .5
        var json = _folder.File("report.json");
        string[] reports = command == "run" ? ["--json", json] : [];

        // When
        var run = CliRun.Of([command, Path(), "--until", "2026-01-02T00:00:00.5Z", .. reports]);

        // Then it is refused, naming the whole second to write, before anything runs
        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe($"vaultsim: --until: {Refusal}\n");
        File.Exists(json).ShouldBeFalse();
    }

    [Fact]
    public void Should_RefuseAScenariosTime_WithItsLineAndField_When_ItHasAFractionOfASecond()
    {
        // Given a scenario that starts a quarter of a second past midnight, which was refused as outside itself
        var path = Path(Scenario.Replace("start: 2026-01-01T00:00:00Z", "start: 2026-01-01T00:00:00.25Z", StringComparison.Ordinal));

        // When
        var run = CliRun.Of("validate", path);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain($"{path}:3:8: start: 2026-01-01T00:00:00.25Z has a fraction of a second; vaultsim counts time in whole seconds: write 2026-01-01T00:00:00Z, or the second after it.");
        run.Error.ShouldNotContain("outside");
    }

    [Theory]
    [InlineData("2026-01-15T09:00:00.5", "2026-01-15T09:00:00")]
    [InlineData("2026-01-15T09:00:00,5+01:00", "2026-01-15T09:00:00+01:00")]
    public void Should_NameTheWholeSecond_When_ALocalTimeOrOneWithAnOffsetHasAFraction(string text, string whole)
    {
        // When
        var ok = ScenarioTime.TryParseInstant(text, DateTimeZoneProviders.Tzdb["Europe/Amsterdam"], out _, out var error);

        // Then
        ok.ShouldBeFalse();
        error.ShouldBe($"{text} has a fraction of a second; vaultsim counts time in whole seconds: write {whole}, or the second after it.");
    }

    [Fact]
    public void Should_ReadTheWholeSecond_When_ItsFractionIsZero()
    {
        // When a time is written as a tool that always gives milliseconds writes it
        var ok = ScenarioTime.TryParseInstant("2026-01-15T09:00:00.000Z", DateTimeZone.Utc, out var instant, out _);

        // Then
        ok.ShouldBeTrue();
        instant.ShouldBe(Instant.FromUtc(2026, 1, 15, 9, 0));
    }
}
