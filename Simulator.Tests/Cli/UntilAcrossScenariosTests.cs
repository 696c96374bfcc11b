using System.Text.Json;
using System.Xml.Linq;
using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary><c>run FOLDER --until TIME</c> runs each scenario up to the time: one that ends before it whole, one that starts after it not at all, each said so on its line and in the reports.</summary>
public sealed class UntilAcrossScenariosTests : IDisposable
{
    private const string Until = "2026-01-06T00:00:00Z";

    /// <summary>Two checks made at the end: both hold when the scenario runs whole.</summary>
    private const string Scenario = """
        name: NAME
        seed: 3
        start: 2026-01-01T00:00:00Z
        duration: 3d
        vaults:
          - name: vault-a
            region: westeurope
        vms:
          - name: vm-1
            vault: vault-a
        expect:
          - item: vm-1
            protectionState: Protected
          - points: { item: vm-1 }
            count: 3
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>A folder of three scenarios: one ending before <see cref="Until"/>, one running past it, one starting after it.</summary>
    private string Folder()
    {
        var folder = _folder.File("scenarios");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "a-short.yaml"), Scenario.Replace("NAME", "short", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(folder, "b-long.yaml"), Scenario.Replace("NAME", "long", StringComparison.Ordinal).Replace("duration: 3d", "duration: 10d", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(folder, "c-late.yaml"), Scenario.Replace("NAME", "late", StringComparison.Ordinal).Replace("start: 2026-01-01", "start: 2026-02-01", StringComparison.Ordinal));
        return folder;
    }

    [Fact]
    public void Should_RunTheOthersAndTellTheInvalidOne_When_AFolderWithAnInvalidScenarioRunsUntilATime()
    {
        // Given a folder whose second file does not load
        var folder = Folder();
        File.WriteAllText(Path.Combine(folder, "b-bad.yaml"), "name: bad\nstart: nope\n");

        // When
        var run = CliRun.Of("run", folder, "--until", Until);

        // Then the bad file is told as invalid, not a crash, and the others run to the time
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("b-bad.yaml:2:8: start:");
        run.Error.ShouldNotContain("Unhandled exception");
        run.Out.ShouldContain("1 invalid");
    }

    [Fact]
    public void Should_RunOneEndingBeforeItWholeAndSkipOneStartingAfterIt_When_AFolderRunsUntilATime()
    {
        // Given
        var folder = Folder();

        // When
        var run = CliRun.Of("run", folder, "--until", Until);

        // Then each scenario is run up to the time, and none refused for it
        run.Error.ShouldBeEmpty();
        run.ExitCode.ShouldBe(0);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(4);
        lines[0].ShouldStartWith($"PASS  {"short",-36}   2 checks  ");
        lines[0].ShouldEndWith($"a-short.yaml  (ran whole: it ends at 2026-01-04T00:00:00Z, before --until {Until})");
        lines[1].ShouldStartWith($"PASS  {"long",-36}   0 checks  ");
        lines[1].ShouldEndWith($"b-long.yaml  (stopped at {Until}; 2 later checks not made)");
        lines[2].ShouldStartWith($"SKIP  {"late",-36}   0 checks  ");
        lines[2].ShouldEndWith($"c-late.yaml  (starts at 2026-02-01T00:00:00Z, after --until {Until}; 2 checks not made)");
        lines[3].ShouldBe("2 passed, 0 failed, 1 skipped; 4 checks not made (--until)");
    }

    [Fact]
    public void Should_CountTheSkippedScenarioAsTheConsoleDoes_When_TheReportsAreWritten()
    {
        // Given
        var folder = Folder();
        var (json, junit) = (_folder.File("report.json"), _folder.File("report.xml"));

        // When
        CliRun.Of("run", folder, "--until", Until, "--json", json, "--junit", junit).ExitCode.ShouldBe(0);

        // Then JSON: skipped beside passed and failed, the late scenario neither passed nor failed, and never stopped
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        var root = report.RootElement;
        (root.GetProperty("passed").GetInt32(), root.GetProperty("failed").GetInt32(), root.GetProperty("skipped").GetInt32()).ShouldBe((2, 0, 1));
        var late = root.GetProperty("scenarios")[2];
        late.GetProperty("name").GetString().ShouldBe("late");
        late.GetProperty("passed").ValueKind.ShouldBe(JsonValueKind.Null);
        late.GetProperty("stoppedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        late.GetProperty("replay").GetString()!.ShouldNotContain("--until");
        late.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("passed").ValueKind).ShouldBe([JsonValueKind.Null, JsonValueKind.Null]);
        root.GetProperty("scenarios")[0].GetProperty("stoppedAt").GetString().ShouldBe("2026-01-04T00:00:00Z");

        // and JUnit: the late scenario's checks skipped, saying why
        var suite = XDocument.Load(junit).Root!.Elements("testsuite").Single(s => (string?)s.Attribute("name") == "late");
        ((string?)suite.Attribute("skipped")).ShouldBe("2");
        suite.Descendants("skipped").Select(s => (string?)s.Attribute("message")).Distinct()
            .ShouldBe([$"not made: the scenario starts at 2026-02-01T00:00:00Z, after --until {Until}"]);
    }

    [Fact]
    public void Should_RefuseTheTime_When_EveryScenarioStartsAfterIt()
    {
        // Given
        var folder = Folder();

        // When
        var run = CliRun.Of("run", folder, "--until", "2025-12-01T00:00:00Z");

        // Then nothing is run: a CI build would pass having checked nothing
        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe("vaultsim: --until: 2025-12-01T00:00:00Z is before every scenario starts; the first, 'short', starts at 2026-01-01T00:00:00Z.\n");
    }
}
