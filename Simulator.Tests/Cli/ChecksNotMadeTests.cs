using System.Text.Json;
using System.Xml.Linq;
using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary>A run stopped by <c>--until</c> tells the checks it did not make, in each report, named as they are made:
/// a CI server shows them skipped, not an empty suite, and a script can count them.</summary>
public sealed class ChecksNotMadeTests : IDisposable
{
    // A check at +12h and one at +1d, the very time --until +1d stops at; a step on the third day that expects its
    // refusal, and a check of two assertions at the end: three checks not made.
    private const string Scenario = """
        name: until-checks
        seed: 3
        start: 2026-01-01T00:00:00Z
        duration: 3d
        vaults:
          - name: vault-a
            region: westeurope
        vms:
          - name: vm-1
            region: westeurope
            vault: vault-a
        timeline:
          - at: 2026-01-03T00:00:00Z
            do: deleteBackupData
            item: vm-1
            refused: true
        expect:
          - at: +12h
            item: vm-1
            protectionState: Protected
          - at: +1d
            points: { item: vm-1 }
            min: 1
          - item: vm-1
            protectionState: Protected
            lastBackupStatus: Healthy
        """;

    private const string NotMade = "not made: the run stopped at 2026-01-02T00:00:00Z (--until)";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Path()
    {
        var path = _folder.File("until.yaml");
        File.WriteAllText(path, Scenario);
        return path;
    }

    private XDocument JUnit(params string[] until)
    {
        var junit = _folder.File("report.xml");
        CliRun.Of(["run", Path(), "--junit", junit, .. until]).ExitCode.ShouldBe(0);
        return XDocument.Load(junit);
    }

    [Fact]
    public void Should_ListEachCheckNotMadeAsASkippedTestCase_NamedAsItsCheck_When_UntilStopsTheRunBeforeIt()
    {
        // Given the test cases of a run to the end
        var whole = JUnit().Descendants("testcase").Select(t => t.Attribute("name")!.Value).ToList();

        // When the run stops at the end of the first day
        var cases = JUnit("--until", "+1d").Descendants("testcase").ToList();

        // Then the same test cases, the last three skipped with the reason
        cases.Select(t => t.Attribute("name")!.Value).ShouldBe(whole);
        cases.Select(t => t.Element("skipped")?.Attribute("message")!.Value).ShouldBe([null, null, NotMade, NotMade, NotMade]);
        whole[2..].ShouldBe([
            "step deleteBackupData @ 2026-01-03T00:00:00Z",
            "item vm-1 protectionState @ 2026-01-04T00:00:00Z",
            "item vm-1 lastBackupStatus @ 2026-01-04T00:00:00Z",
        ]);
    }

    [Fact]
    public void Should_CountTheChecksNotMadeAmongTheTestsAndAsSkipped_When_UntilStopsTheRunBeforeThem()
    {
        // Given / When
        var junit = JUnit("--until", "+1d");

        // Then JUnit counts a skipped test among the tests, in the suite and in the whole
        foreach (var element in new[] { junit.Root!, junit.Root!.Element("testsuite")! })
        {
            (element.Attribute("tests")!.Value, element.Attribute("skipped")!.Value, element.Attribute("failures")!.Value).ShouldBe(("5", "3", "0"));
        }
    }

    [Fact]
    public void Should_WriteNoSkippedCount_When_EveryCheckWasMade()
    {
        // Given / When a run to the end
        var junit = JUnit();

        // Then its report is as it always was
        junit.Descendants().Where(e => e.Attribute("skipped") is not null || e.Name == "skipped").ShouldBeEmpty();
    }

    [Fact]
    public void Should_ListTheChecksNotMadeInTheJsonReport_WithoutAnOutcome_When_UntilStopsTheRunBeforeThem()
    {
        // Given
        var json = _folder.File("report.json");

        // When
        CliRun.Of("run", Path(), "--until", "+1d", "--json", json).ExitCode.ShouldBe(0);

        // Then each check is listed; those not made neither held nor failed, and found nothing
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        var scenario = report.RootElement.GetProperty("scenarios")[0];
        var checks = scenario.GetProperty("checks").EnumerateArray().ToList();
        checks.Select(c => c.GetProperty("passed").ValueKind).ShouldBe([JsonValueKind.True, JsonValueKind.True, JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.Null]);
        scenario.GetProperty("notMade").GetInt32().ShouldBe(3, "counted as JUnit's skipped count is");
        var last = checks[^1];
        (last.GetProperty("name").GetString(), last.GetProperty("expected").GetString(), last.GetProperty("location").GetString())
            .ShouldBe(("item vm-1 lastBackupStatus @ 2026-01-04T00:00:00Z", "Healthy", $"{Path()}:24:5"));
        new[] { "subject", "actual", "at" }.Select(f => last.GetProperty(f).ValueKind).ShouldAllBe(k => k == JsonValueKind.Null);
    }

    [Fact]
    public void Should_CountTheChecksNotMadeOnTheConsole_When_UntilStopsTheRunBeforeThem()
    {
        // Given / When
        var run = CliRun.Of("run", Path(), "--until", "+1d");

        // Then the check due at the --until instant itself is made, as the engine runs what is due by then
        run.Out.ShouldBe($"PASS  until-checks                           2 checks  {Path()}  (stopped at 2026-01-02T00:00:00Z; 3 later checks not made)\n1 passed, 0 failed; 3 checks not made (--until)\n");
    }

    [Fact]
    public void Should_CountTheChecksNotMadeInTheSummary_When_QuietLeavesOnlyIt()
    {
        // Given / When
        var run = CliRun.Of("run", Path(), "--until", "+1d", "--quiet");

        // Then the one line left does not read as a whole run's
        run.Out.ShouldBe("1 passed, 0 failed; 3 checks not made (--until)\n");
    }

    [Fact]
    public void Should_SayNoCheckIsLeft_When_UntilStopsTheRunAfterItsLastCheck()
    {
        // Given a scenario whose checks are all due by the first day's end
        var path = Path();
        File.WriteAllText(path, Scenario[..Scenario.IndexOf("  - item: vm-1\n    protectionState: Protected\n    lastBackupStatus", StringComparison.Ordinal)]
            .Replace("  - at: 2026-01-03T00:00:00Z\n    do: deleteBackupData\n    item: vm-1\n    refused: true\n", "  - at: 2026-01-01T06:00:00Z\n    say: Morning.\n", StringComparison.Ordinal));

        // When
        var run = CliRun.Of("show", path, "--until", "+1d");

        // Then
        run.Out.TrimEnd('\n').Split('\n')[^1].ShouldBe("# 2 checks passed (stopped at 2026-01-02T00:00:00Z; no later checks)");
    }
}
