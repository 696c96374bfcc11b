using Simulator.Scenarios.Parsing;
using Simulator.Scenarios.Running;
using Simulator.Tests.Support;

namespace Simulator.Tests.Scenarios;

/// <summary>The bundled catalogue: every scenario passes its own expectations, and replays byte for byte.</summary>
public sealed class BundledScenarioTests
{
    public static TheoryData<string> Scenarios() => [.. RepositoryFiles.BundledScenarios().Select(f => Path.GetFileName(f))];

    [Fact]
    public void Should_BundleTheWholeCatalogue()
    {
        var names = RepositoryFiles.BundledScenarios().Select(Path.GetFileNameWithoutExtension).ToList();
        string[] catalogue =
        [
            "vm-deleted", "vm-recreated", "long-transfer-overlap", "dst-shift", "default-policy-steady-state", "stop-retain-then-resume",
            "stop-delete-soft-delete-undelete", "backup-now-before-first-backup", "offline-vm-crash-consistent", "agent-missing",
            "enhanced-hourly", "weekly-policy", "vault-redundancy-lock", "reconfigure-alternate-vault", "fleet-demo", "demo",
            "mars-weekly-role", "enhanced-hourly-dst-newyork", "vm-deleted-stop-resume", "gfs-weekly-two-vms",
            "mars-three-a-day", "policy-retention-change", "policy-switch-enhanced", "vault-settings-soft-delete-crr", "backup-now-daily-limit-cancel",
            "gfs-daily-two-years", "dst-sydney", "mars-weekly-offline-seeding",
        ];

        // Both ways: a lesson lost from the folder, or one added without its line here and in the README's table
        names.Order().ShouldBe(catalogue.Order());
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Scenarios, "README.md"));
        catalogue.Where(n => !readme.Contains($"`{n}.yaml`", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Should_PassItsOwnExpectations(string file)
    {
        var run = CliRun.Of("run", Path.Combine(RepositoryFiles.Scenarios, file));

        run.Error.ShouldBeEmpty();
        run.ExitCode.ShouldBe(0, run.Out);
        run.Out.ShouldContain("1 passed, 0 failed");
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Should_ReplayByteForByte_When_RunTwice(string file)
    {
        var path = Path.Combine(RepositoryFiles.Scenarios, file);
        var reports = Enumerable.Range(0, 2).Select(_ =>
        {
            var json = Path.GetTempFileName();
            try
            {
                var show = CliRun.Of("show", path);
                CliRun.Of("run", path, "--json", json);
                return show.Out + File.ReadAllText(json);
            }
            finally
            {
                File.Delete(json);
            }
        }).ToList();

        reports[0].ShouldBe(reports[1]);
        reports[0].Length.ShouldBeGreaterThan(1000);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Should_NameEachCheckBeforeItIsMade_AsItsRunNamesItOnceMade(string file)
    {
        // Given a scenario not yet run, whose checks are all still to make (as a run stopped by --until reports them)
        var session = new ScenarioSession(ScenarioParser.Load(Path.Combine(RepositoryFiles.Scenarios, file)));
        var before = session.ChecksNotMade().Select(c => $"{c.Location} {c.StatedName}: {c.Expected}").Order(StringComparer.Ordinal).ToList();

        // When it runs to its end
        session.RunToEnd();

        // Then the checks made are those, by name, place and what they expect, and none is left
        session.Outcomes.Select(o => $"{o.Location} {o.StatedName}: {o.Expected}").Order(StringComparer.Ordinal).ShouldBe(before);
        session.ChecksNotMade().ShouldBeEmpty();
    }

    [Fact]
    public void Should_RunTheWholeFolder_AndEndWithTheSummaryLine()
    {
        var run = CliRun.Of("run", RepositoryFiles.Scenarios);

        run.ExitCode.ShouldBe(0, run.Out);
        var count = RepositoryFiles.BundledScenarios().Count;
        run.Out.TrimEnd().Split('\n')[^1].ShouldBe($"{count} passed, 0 failed");
    }
}
