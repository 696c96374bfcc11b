using System.Text.Json;
using System.Xml.Linq;
using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary>A step's check is named by the time the file states for it, which a CI server keys its history on, not by
/// the time the run found (after a happening, or an offset after one, that time moves with the seed).</summary>
public sealed class JUnitStepNameTests : IDisposable
{
    private const string Scenario = """
        name: step-checks
        start: 2026-03-02T00:00:00Z
        duration: 3d
        vaults:
          - name: vault-x
            region: westeurope
        vms:
          - name: vm-a
            resourceGroup: rg
            usedGb: 100
            vault: vault-x
        timeline:
          - after: { jobStarted: vm-a }
            do: deleteBackupData
            item: vm-a
          - at: +1h
            do: deleteBackupData
            item: vm-a
            refused: true
          - at: 2026-03-04T12:00:00Z
            say: Noon on the third day.
          - after: { jobFailed: vm-a, nth: 2 }
            delay: 30m
            do: deleteBackupData
            item: vm-a
            refused: anything

        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private XDocument JUnit(string seed, string text = Scenario)
    {
        var path = _folder.File("steps.yaml");
        File.WriteAllText(path, text);
        var junit = _folder.File($"report-{seed}.xml");
        CliRun.Of("run", path, "--seed", seed, "--junit", junit);
        return XDocument.Load(junit);
    }

    private static List<string> Names(XDocument junit) =>
        [.. junit.Descendants("testcase").Select(t => t.Attribute("name")!.Value)];

    [Fact]
    public void Should_NameAStepCheckTheSame_When_AnotherSeedRunsItAtAnotherTime()
    {
        // Given the step checks, whose first job's start the seed moves
        // When run with two seeds
        var first = JUnit("1");
        var second = JUnit("2");

        // Then the steps ran at other times, and their test cases keep their names
        first.Descendants("failure").First().Value.ShouldNotBe(second.Descendants("failure").First().Value);
        Names(second).ShouldBe(Names(first));
    }

    [Fact]
    public void Should_NameEachCheckTheSame_When_TheScenarioIsNamedByAnotherPathOrALineIsAddedAboveIt()
    {
        // Given the scenario named through './', then by its plain path with a comment line added above it all
        var path = _folder.File("steps.yaml");
        File.WriteAllText(path, Scenario);
        var typed = _folder.File("typed.xml");
        var run = CliRun.Of("run", System.IO.Path.Combine(_folder.Path, ".", "steps.yaml"), "--seed", "1", "--junit", typed);
        File.WriteAllText(path, "# moved down a line\n" + Scenario);
        var full = _folder.File("full.xml");
        CliRun.Of("run", path, "--seed", "1", "--junit", full);

        // When
        var (fromTyped, fromFull) = (Names(XDocument.Load(typed)), Names(XDocument.Load(full)));

        // Then a CI server keeps each check's history: where it is written is in the file and line attributes
        run.Error.ShouldBeEmpty();
        fromFull.ShouldBe(fromTyped);
        XDocument.Load(full).Descendants("testcase").First().Attribute("line")!.Value.ShouldBe("14");
    }

    [Fact]
    public void Should_TellNamesakesApartByTheirPlace_When_TwoChecksOfAScenarioAreStatedAlike()
    {
        // Given two checks of one file stated alike, which a CI server would otherwise take for one test
        var text = Scenario + "expect:\n  - item: vm-a\n    protectionState: Protected\n  - item: vm-a\n    protectionState: Protected\n";

        // When
        var names = Names(JUnit("1", text));

        // Then
        names.Where(n => n.StartsWith("item vm-a", StringComparison.Ordinal)).ShouldBe(["item vm-a protectionState @ 2026-03-05T00:00:00Z", "item vm-a protectionState @ 2026-03-05T00:00:00Z #2"]);
    }

    [Fact]
    public void Should_NameEachStepCheckByTheTimeTheFileStates()
    {
        // Given / When
        var names = Names(JUnit("1"));

        // Then a step after a happening, one at an offset, and one that never ran each say when the file runs it
        names.ShouldBe([
            "step deleteBackupData @ after: jobStarted vm-a",
            "step deleteBackupData @ +1h",
            "step deleteBackupData @ after: jobFailed vm-a nth 2 delay 30m",
        ]);
    }

    [Fact]
    public void Should_NameAStepThatNeverRanAsItsRunWouldBeNamed_When_ItExpectsNoRefusal()
    {
        // Given the last step, which never runs, expecting to be accepted
        var text = Scenario.Replace("    refused: anything\n", string.Empty, StringComparison.Ordinal);

        // When
        var names = Names(JUnit("1", text));

        // Then it is named as its refusal would have been, had it run
        names[^1].ShouldBe("step deleteBackupData @ after: jobFailed vm-a nth 2 delay 30m");
    }

    [Fact]
    public void Should_KeepTheTimeAStepRanAt_InItsTestCasesText()
    {
        // Given / When
        var cases = JUnit("1").Descendants("testcase").ToList();

        // Then the failure says when the step ran, and so does the passed step's output
        cases[0].Element("failure")!.Value.ShouldMatch(@"step deleteBackupData: expected accepted, actual refused: .* at 2026-03-02T\d\d:\d\d:\d\dZ\n");
        cases[1].Element("system-out")!.Value.ShouldMatch(@"step deleteBackupData: refused: .* at 2026-03-02T\d\d:\d\d:\d\dZ$");
    }

    [Fact]
    public void Should_NameEachCheckInTheJsonReportAsJUnitDoes_When_AnotherSeedRunsItAtAnotherTime()
    {
        // Given
        var path = _folder.File("steps.yaml");
        File.WriteAllText(path, Scenario);

        // When
        var first = JsonNames(path, "1");
        var second = JsonNames(path, "2");

        // Then
        first.ShouldBe(Names(JUnit("1")));
        second.ShouldBe(first);
    }

    private List<string> JsonNames(string path, string seed)
    {
        var json = _folder.File($"report-{seed}.json");
        CliRun.Of("run", path, "--seed", seed, "--json", json);
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        return [.. report.RootElement.GetProperty("scenarios")[0].GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()!)];
    }
}
