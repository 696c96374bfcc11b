using Simulator.Store.Reading;
using Simulator.Tests.Support;
using Simulator.Tui.Cli;

namespace Simulator.Tests.Cli;

/// <summary><c>--seed N</c> runs a scenario as a file stating <c>seed: N</c> runs: its fleets drawn from N, as its start delays and job ids are.</summary>
public sealed class SeedOverrideTests : IDisposable
{
    private const string Scenario = """
        name: seeded-fleet
        seed: 4242
        start: 2026-05-04T00:00:00Z
        duration: 2d
        vaults:
          - name: vault-weu
            region: westeurope
        fleets:
          - name: web
            count: 12
            namePattern: "vm-{word}-{n:00}"
            vault: vault-weu
            usedGb: [64, 900]
            agentMissing: 20

        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>The scenario as written (seed 4242), and the same file stating seed 7.</summary>
    private (string Own, string Seven) Files(string expect = "")
    {
        var own = _folder.File("fleet.yaml");
        var seven = _folder.File("fleet7.yaml");
        File.WriteAllText(own, Scenario + expect);
        File.WriteAllText(seven, Scenario.Replace("seed: 4242", "seed: 7", StringComparison.Ordinal) + expect);
        return (own, seven);
    }

    [Fact]
    public void Should_ShowTheSameJournal_When_TheSeedIsGivenByDashDashSeedOrByTheFile()
    {
        // Given
        var (own, seven) = Files();

        // When
        var overridden = CliRun.Of("show", own, "--seed", "7");
        var stated = CliRun.Of("show", seven);

        // Then
        overridden.ExitCode.ShouldBe(0, overridden.Error);
        overridden.Out.ShouldBe(stated.Out);
    }

    [Fact]
    public void Should_GenerateAnotherFleet_When_DashDashSeedDiffersFromTheFilesSeed()
    {
        // Given
        var (own, _) = Files();

        // When
        var added = VmsAdded(CliRun.Of("show", own).Out);
        var reseeded = VmsAdded(CliRun.Of("show", own, "--seed", "7").Out);

        // Then
        added.Count.ShouldBe(12);
        reseeded.ShouldNotBe(added);
    }

    [Fact]
    public void Should_RenderTheSameFrame_When_TheSeedIsGivenByDashDashSeedOrByTheFile()
    {
        // Given
        var (own, seven) = Files();

        // When
        var overridden = CliRun.Of("render", own, "--seed", "7", "--at", "+1d");
        var stated = CliRun.Of("render", seven, "--at", "+1d");

        // Then
        overridden.ExitCode.ShouldBe(0, overridden.Error);
        overridden.Out.ShouldBe(stated.Out);
    }

    [Fact]
    public void Should_RecordIdenticalRuns_When_TheSeedIsGivenByDashDashSeedOrByTheFile()
    {
        // Given
        var (own, seven) = Files();
        var overridden = _folder.File("run2.db");
        var stated = _folder.File("run3.db");
        CliRun.Of("run", own, "--db", overridden, "--seed", "7").ExitCode.ShouldBe(0);
        CliRun.Of("run", seven, "--db", stated).ExitCode.ShouldBe(0);

        // When
        var diff = CliRun.Of("diff", overridden, stated);

        // Then
        diff.Out.ShouldContain("The runs are identical");
    }

    [Fact]
    public void Should_ReopenTheFleetTheRunHad_When_ItWasRecordedWithDashDashSeed()
    {
        // Given a run recorded with --seed 7, and the same run of a file stating seed 7
        var (own, seven) = Files();
        var overridden = _folder.File("run2.db");
        var stated = _folder.File("run3.db");
        CliRun.Of("run", own, "--db", overridden, "--seed", "7").ExitCode.ShouldBe(0);
        CliRun.Of("run", seven, "--db", stated).ExitCode.ShouldBe(0);

        // When both are reopened
        var reopened = Reopened(overridden);
        var reference = Reopened(stated);

        // Then the first rebuilds the fleet it recorded, as the second does
        using var run = RunStore.Open(overridden);
        reopened.Items.ShouldBe(run.Items().Select(i => i.Name).Order(StringComparer.Ordinal));
        reopened.Items.ShouldBe(reference.Items);
        reopened.Jobs.ShouldBe(reference.Jobs);
    }

    [Fact]
    public void Should_SayTheCheckWasStatedForTheFilesSeed_When_ItFailsUnderAnother()
    {
        // Given a check the file states
        var (own, _) = Files("""
            expect:
              - jobs: { operation: Backup, status: Failed }
                count: 999
            """);
        var junit = _folder.File("report.xml");

        // When it fails under --seed 7
        var run = CliRun.Of("run", own, "--seed", "7", "--junit", junit);

        // Then the failure says which seed the file stated it for, in the report too
        run.Out.ShouldContain("jobs Backup Failed count: expected 999 (stated for the file's seed 4242, not this run's 7), actual ");
        File.ReadAllText(junit).ShouldContain("message=\"expected 999 (stated for the file's seed 4242, not this run's 7), actual ");
    }

    [Fact]
    public void Should_GiveTheFilesSeedBesideTheRunsInTheJsonReport_When_DashDashSeedOverridesIt()
    {
        // Given
        var (own, _) = Files();
        var json = _folder.File("report.json");

        // When
        CliRun.Of("run", own, "--seed", "7", "--json", json);

        // Then
        var scenario = System.Text.Json.JsonDocument.Parse(File.ReadAllText(json)).RootElement.GetProperty("scenarios")[0];
        (scenario.GetProperty("seed").GetInt64(), scenario.GetProperty("fileSeed").GetInt64()).ShouldBe((7L, 4242L));
    }

    [Fact]
    public void Should_SayNoOtherSeed_When_ACheckFailsUnderTheFilesOwnSeed()
    {
        // Given
        var (own, _) = Files("""
            expect:
              - jobs: { operation: Backup, status: Failed }
                count: 999
            """);

        // When
        var run = CliRun.Of("run", own, "--seed", "4242");

        // Then
        run.Out.ShouldContain("jobs Backup Failed count: expected 999, actual ");
    }

    [Fact]
    public void Should_TellToRunWithTheSeedShown_When_AShowUnderDashDashSeedFails()
    {
        // Given
        var (own, _) = Files("""
            expect:
              - jobs: { operation: Backup, status: Failed }
                count: 999
            """);

        // When
        var shown = CliRun.Of("show", own, "--seed", "7").Out.Split('\n');

        // Then
        shown[^2].ShouldBe($"# 1 of 1 check failed; run 'vaultsim run {own} --seed 7' for details");
    }

    private static List<string> VmsAdded(string journal) =>
        [.. journal.Split('\n').Where(l => l.Contains("Azure VM added", StringComparison.Ordinal)).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1])];

    /// <summary>A finished run reopened as the dashboard reopens it: its items, and its jobs with their outcomes.</summary>
    private static (IEnumerable<string> Items, string Jobs) Reopened(string path)
    {
        using var lab = LabRecording.Reopen(path);
        lab.CatchUp();
        var simulation = lab.Session.Simulation;
        return (simulation.Items.Select(i => i.Name).Order(StringComparer.Ordinal).ToList(),
            string.Join('\n', simulation.Jobs.Select(j => $"{j.Id} {j.Item.Name} {j.Status} {j.Start}")));
    }
}
