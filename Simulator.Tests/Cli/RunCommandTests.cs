using System.Text.Json;
using System.Xml.Linq;
using Simulator.Scenarios.Files;
using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

public sealed class RunCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("vaultsim-cli-").FullName;

    private const string Failing = """
        name: failing
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
        expect:
          - item: vm-1
            protectionState: Protected
          - points: { item: vm-1 }
            count: 5
        """;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Should_ExitOne_AndShowExpectedActualTimeAndTheReplayCommand_When_AnExpectationFails()
    {
        var path = Write("failing.yaml", Failing);

        var run = CliRun.Of("run", path);

        run.ExitCode.ShouldBe(1);
        run.Out.ShouldContain("FAIL  failing");
        run.Out.ShouldContain($"{path}:15:5  at 2026-01-04T00:00:00Z  points of vm-1 count: expected 5, actual 3");
        run.Out.ShouldContain($"replay: vaultsim run {path} --seed 3");
        run.Out.ShouldEndWith("0 passed, 1 failed\n");
    }

    [Fact]
    public void Should_TellAFailedChecksTimeInTheDisplayZoneAndInUtc_When_TheScenarioHasADisplayZone()
    {
        // Given: the file's times are read in Tokyo, so its reader looks for the check at 09:00 there
        var path = Write("tokyo.yaml", Failing.Replace("duration: 3d\n", "duration: 3d\ndisplayTimeZone: Asia/Tokyo\n", StringComparison.Ordinal));

        // When
        var run = CliRun.Of("run", path);
        var cut = CliRun.Of("run", path, "--until", "2026-01-03T00:00:00Z");

        // Then
        run.Out.ShouldContain($"{path}:16:5  at 2026-01-04T09:00:00+09:00 (2026-01-04T00:00:00Z)  points of vm-1 count: expected 5, actual 3");
        cut.Out.ShouldContain("(stopped at 2026-01-03T09:00:00+09:00 (2026-01-03T00:00:00Z); 2 later checks not made)");
    }

    [Fact]
    public void Should_CountOneCheckInTheSingular_When_TheOnlyCheckFails()
    {
        // Given a scenario of one check, which fails
        var path = Write("one-check.yaml", Failing.Replace("  - item: vm-1\n    protectionState: Protected\n", string.Empty, StringComparison.Ordinal).Replace("name: failing", "name: one-check", StringComparison.Ordinal));

        // When
        var run = CliRun.Of("run", path);

        // Then
        run.Out.ShouldContain($"FAIL  {"one-check",-36} 1 of 1 check failed  {path}\n");
    }

    [Fact]
    public void Should_WriteAJUnitReportThatNamesEachCheck()
    {
        var path = Write("failing.yaml", Failing);
        var junit = Path.Combine(_folder, "report.xml");

        CliRun.Of("run", path, "--junit", junit);

        var suites = XDocument.Load(junit).Root!;
        suites.Name.LocalName.ShouldBe("testsuites");
        suites.Attribute("tests")!.Value.ShouldBe("2");
        suites.Attribute("failures")!.Value.ShouldBe("1");
        var failure = suites.Descendants("failure").Single();
        failure.Attribute("message")!.Value.ShouldBe("expected 5, actual 3");
    }

    [Fact]
    public void Should_StampEachJUnitSuiteWithTheVirtualStartInTheSchemasFormWithoutAZone()
    {
        // Given: JUnit's schema (Ant's, which CI servers validate against) takes a timestamp with no zone
        var path = Write("failing.yaml", Failing);
        var junit = Path.Combine(_folder, "report.xml");

        // When
        CliRun.Of("run", path, "--junit", junit);

        // Then: the scenario's start, in UTC; never the machine's clock, so the report is the same on every machine
        XDocument.Load(junit).Root!.Element("testsuite")!.Attribute("timestamp")!.Value.ShouldBe("2026-01-01T00:00:00");
    }

    [Fact]
    public void Should_UseTheGivenSeed_InTheReplayCommand()
    {
        var path = Write("failing.yaml", Failing);

        CliRun.Of("run", path, "--seed", "99").Out.ShouldContain("--seed 99");
    }

    [Fact]
    public void Should_StopEarly_When_UntilIsGiven()
    {
        var path = Write("failing.yaml", Failing);

        var path2 = Write("early.yaml", Failing.Replace("  - points: { item: vm-1 }", "  - at: +12h\n    points: { item: vm-1 }", StringComparison.Ordinal));

        var run = CliRun.Of("run", path2, "--until", "+1d");

        run.Out.ShouldContain("at 2026-01-01T12:00:00Z  points of vm-1 count: expected 5, actual 1");
        run.Out.ShouldContain("1 of 1 check failed");
        run.Out.ShouldContain("(stopped at 2026-01-02T00:00:00Z; 1 later check not made)");
        run.Out.ShouldContain("--until +1d");
    }

    [Fact]
    public void Should_RefuseUntil_When_ItIsALonePlus()
    {
        // Given an --until of a '+' alone, which ran nothing at all: it read as +0, the scenario's start
        var path = Write("failing.yaml", Failing);

        // When
        var run = CliRun.Of("run", path, "--until", "+");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--until: '+' is not a duration; write it like +3d, +2h30m or +90s.");
    }

    [Fact]
    public void Should_ExitTwo_AndStillListTheValidFiles_When_OneFileValidatedIsInvalid()
    {
        var good = Write("a-good.yaml", Failing);
        var bad = Write("b-bad.yaml", Failing.Replace("count: 5", "count: many", StringComparison.Ordinal));

        var run = CliRun.Of("validate", good, bad);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"{bad}:16:12: expect[1].count: 'many' is not a whole number.\n");
        run.Out.ShouldStartWith("OK    failing ");
        run.Out.ShouldEndWith($"  {good}\n1 valid, 1 invalid\n");
    }

    [Fact]
    public void Should_ExitTwo_WithFileLineAndColumn_AndRunTheOtherFiles_When_OneFileIsInvalid()
    {
        var good = Write("a-good.yaml", Failing);
        var bad = Write("b-bad.yaml", Failing.Replace("count: 5", "count: many", StringComparison.Ordinal));

        var run = CliRun.Of("run", good, bad);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"{bad}:16:12: expect[1].count: 'many' is not a whole number.\n");
        run.Out.ShouldStartWith("FAIL  failing");
        run.Out.ShouldEndWith("0 passed, 1 failed, 1 invalid\n");
    }

    [Fact]
    public void Should_ReportAnInvalidFileAsATestCaseInError_AndTheOthersAsUsual_When_WritingJUnit()
    {
        // Given
        var good = Write("a-good.yaml", Failing);
        var bad = Write("b-bad.yaml", Failing.Replace("count: 5", "count: many", StringComparison.Ordinal));
        var junit = Path.Combine(_folder, "report.xml");

        // When
        var run = CliRun.Of("run", good, bad, "--junit", junit);

        // Then
        run.ExitCode.ShouldBe(2);
        var suites = XDocument.Load(junit).Root!;
        suites.Attribute("tests")!.Value.ShouldBe("3");
        suites.Attribute("failures")!.Value.ShouldBe("1");
        suites.Attribute("errors")!.Value.ShouldBe("1");
        var invalid = suites.Elements("testsuite").Single(s => s.Attribute("file")!.Value == bad);
        invalid.Attribute("errors")!.Value.ShouldBe("1");
        var error = invalid.Element("testcase")!.Element("error")!;
        error.Attribute("message")!.Value.ShouldBe($"{bad}:16:12: expect[1].count: 'many' is not a whole number.");
        error.Attribute("type")!.Value.ShouldBe("InvalidScenario");
        var ran = suites.Elements("testsuite").Single(s => s.Attribute("file")!.Value == good);
        ran.Descendants("failure").Single().Attribute("message")!.Value.ShouldBe("expected 5, actual 3");
    }

    [Fact]
    public void Should_ListTheSuitesInTheOrderGiven_When_AnInvalidFileComesBetweenOthers()
    {
        // Given
        var first = Write("c-first.yaml", Failing);
        var bad = Write("a-bad.yaml", Failing.Replace("count: 5", "count: many", StringComparison.Ordinal));
        var last = Write("b-last.yaml", Failing.Replace("name: failing", "name: last", StringComparison.Ordinal));
        var junit = Path.Combine(_folder, "report.xml");

        // When
        CliRun.Of("run", "--junit", junit, first, bad, last);

        // Then
        XDocument.Load(junit).Root!.Elements("testsuite").Select(s => s.Attribute("file")!.Value).ShouldBe([first, bad, last]);
    }

    [Theory]
    [InlineData("run", "FAIL  failing ", "FAIL  last ")]
    [InlineData("validate", "OK    failing ", "OK    last ")]
    public void Should_TellEachFileInTheOrderGiven_When_AnInvalidFileComesBetweenOthers(string command, string firstLine, string lastLine)
    {
        // Given
        var first = Write("c-first.yaml", Failing);
        var bad = Write("a-bad.yaml", Failing.Replace("count: 5", "count: many", StringComparison.Ordinal));
        var last = Write("b-last.yaml", Failing.Replace("name: failing", "name: last", StringComparison.Ordinal));

        // When
        var seen = CliRun.Seen(command, first, bad, last);

        // Then: as a terminal shows the output and error streams together
        var lines = seen.Split('\n');
        var firstAt = Array.FindIndex(lines, l => l.StartsWith(firstLine, StringComparison.Ordinal));
        var mistakeAt = Array.IndexOf(lines, $"{bad}:16:12: expect[1].count: 'many' is not a whole number.");
        var lastAt = Array.FindIndex(lines, l => l.StartsWith(lastLine, StringComparison.Ordinal));
        (firstAt >= 0 && firstAt < mistakeAt && mistakeAt < lastAt).ShouldBeTrue(seen);
    }

    [Fact]
    public void Should_GiveInTheReportsAReplayThatStopsWhereTheRunStopped_When_UntilIsGiven()
    {
        // Given: the run stops before the check that fails
        var path = Write("failing.yaml", Failing);
        var json = Path.Combine(_folder, "report.json");
        CliRun.Of("run", path, "--until", "+1d", "--json", json).ExitCode.ShouldBe(0);

        // When
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        var replay = report.RootElement.GetProperty("scenarios")[0].GetProperty("replay").GetString()!;
        var replayed = CliRun.Of(replay.Split(' ')[1..]);

        // Then
        replay.ShouldBe($"vaultsim run {path} --seed 3 --until 2026-01-02T00:00:00Z");
        replayed.ExitCode.ShouldBe(0);
        replayed.Out.ShouldContain("(stopped at 2026-01-02T00:00:00Z; 2 later checks not made)");
    }

    [Fact]
    public void Should_GiveTheScenariosEndBesideWhereItStopped_When_UntilStopsTheRunEarly()
    {
        // Given a three-day scenario run for one day, whose checks at its end are not made
        var path = Write("failing.yaml", Failing);
        var json = Path.Combine(_folder, "report.json");
        CliRun.Of("run", path, "--until", "+1d", "--json", json).ExitCode.ShouldBe(0);

        // When
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        var scenario = report.RootElement.GetProperty("scenarios")[0];

        // Then a tool can tell "passed" with no checks from a run to the end, as the console's "later checks not made" does
        scenario.GetProperty("stoppedAt").GetString().ShouldBe("2026-01-02T00:00:00Z");
        scenario.GetProperty("end").GetString().ShouldBe("2026-01-04T00:00:00Z");
    }

    [Fact]
    public void Should_RunAFileOnce_When_ItIsNamedAgainByItsFolderOrAnotherSpelling()
    {
        // Given
        var path = Write("failing.yaml", Failing);
        var again = Path.Combine(_folder, ".", "failing.yaml");
        var junit = Path.Combine(_folder, "report.xml");

        // When
        var run = CliRun.Of("run", path, _folder, again, "--junit", junit);

        // Then
        run.Out.ShouldEndWith("0 passed, 1 failed\n");
        XDocument.Load(junit).Root!.Elements("testsuite").Single().Attribute("file")!.Value.ShouldBe(path);
    }

    [Fact]
    public void Should_RunAFileOnce_When_ItsFolderHoldsALinkToIt()
    {
        // Given a link beside the file it leads to, which ran the file twice: two suites of the same test cases, which
        // CI servers show as duplicates, and the summary counted it twice
        var path = Write("failing.yaml", Failing);
        File.CreateSymbolicLink(Path.Combine(_folder, "latest.yaml"), "failing.yaml");
        var junit = Path.Combine(_folder, "report.xml");

        // When
        var run = CliRun.Of("run", _folder, "--junit", junit);

        // Then it runs where it is first found in name order
        run.Out.ShouldEndWith("0 passed, 1 failed\n");
        XDocument.Load(junit).Root!.Elements("testsuite").Single().Attribute("file")!.Value.ShouldBe(path);
    }

    [Fact]
    public void Should_GiveEverySuiteAndTestCaseATimeOfZero_When_WritingJUnit()
    {
        // Given
        var good = Write("a-good.yaml", Failing);
        var bad = Write("b-bad.yaml", Failing.Replace("count: 5", "count: many", StringComparison.Ordinal));
        var junit = Path.Combine(_folder, "report.xml");

        // When
        CliRun.Of("run", good, bad, "--junit", junit);

        // Then
        var suites = XDocument.Load(junit).Root!;
        var timed = suites.DescendantsAndSelf().Where(e => e.Name.LocalName is "testsuites" or "testsuite" or "testcase").ToList();
        timed.Count.ShouldBe(1 + 2 + 3);
        timed.ShouldAllBe(e => e.Attribute("time") != null && e.Attribute("time")!.Value == "0");
    }

    [Fact]
    public void Should_ListAnInvalidFileWithItsMistakes_AndTheOthersAsUsual_When_WritingJson()
    {
        // Given
        var good = Write("a-good.yaml", Failing);
        var bad = Write("b-bad.yaml", "name: [unclosed\n");
        var json = Path.Combine(_folder, "report.json");

        // When
        var run = CliRun.Of("run", good, bad, "--json", json);

        // Then
        run.ExitCode.ShouldBe(2);
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        var root = report.RootElement;
        root.GetProperty("failed").GetInt32().ShouldBe(1);
        root.GetProperty("invalid").GetInt32().ShouldBe(1);
        root.GetProperty("scenarios").EnumerateArray().Single().GetProperty("file").GetString().ShouldBe(good);
        var invalid = root.GetProperty("invalidScenarios").EnumerateArray().Single();
        invalid.GetProperty("file").GetString().ShouldBe(bad);
        var mistake = invalid.GetProperty("errors").EnumerateArray().First();
        mistake.GetProperty("location").GetString().ShouldStartWith($"{bad}:");
        mistake.GetProperty("message").GetString().ShouldStartWith("not valid YAML");
    }

    [Theory]
    [InlineData("run", "--seed", "abc", "x.yaml")]
    [InlineData("validate", "--seed", "abc", "x.yaml")]
    [InlineData("run", "--no-such-option", "x.yaml")]
    [InlineData("run")]
    [InlineData("frobnicate")]
    public void Should_ExitTwo_WithAClearMessage_When_TheArgumentsAreWrong(params string[] args)
    {
        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith("vaultsim: ");
        run.Error.ShouldNotContain("   at ");
    }

    [Theory]
    [InlineData("run", "--sed", "--seed")]
    [InlineData("run", "--juint", "--junit")]
    [InlineData("validate", "--seeds", "--seed")]
    public void Should_SayTheOptionMeant_When_AnOptionIsMistyped(string command, string typed, string meant)
    {
        // Given
        Write("failing.yaml", Failing);

        // When
        var run = CliRun.Of(command, typed, "4", _folder);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith($"vaultsim: {typed}: 'vaultsim {command}' has no such option (a path that starts with '-' goes after --). Did you mean '{meant}'?\n");
    }

    [Theory]
    [InlineData("run")]
    [InlineData("validate")]
    public void Should_RefuseAnUnknownOption_RatherThanLookForAFileOfThatName(string command)
    {
        // Given
        Write("failing.yaml", Failing);

        // When
        var run = CliRun.Of(command, _folder, "--frobnicate");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe($"vaultsim: --frobnicate: 'vaultsim {command}' has no such option (a path that starts with '-' goes after --).\nRun 'vaultsim {command} --help' for usage.\n");
    }

    [Theory]
    [InlineData("run")]
    [InlineData("validate")]
    public void Should_ReadAWordThatStartsWithADashAsAPath_When_ItFollowsTheDoubleDash(string command)
    {
        var run = CliRun.Of(command, "--", "-missing.yaml");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe("vaultsim: -missing.yaml: no such file or folder.\n");
    }

    [Fact]
    public void Should_RefuseAReportInAMissingFolder_BeforeRunningAnything()
    {
        var path = Write("failing.yaml", Failing);
        var report = Path.Combine(_folder, "no-such-folder", "report.xml");

        var run = CliRun.Of("run", path, "--junit", report);

        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldContain("the folder");
        run.Error.ShouldContain("does not exist");
    }

    [Fact]
    public void Should_RefuseAReportPathThatIsAFolder_BeforeRunningAnything()
    {
        var path = Write("failing.yaml", Failing);

        var run = CliRun.Of("run", path, "--json", _folder);

        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe($"vaultsim: --json {_folder}: this is a folder; name the report's file (for example {Path.Combine(_folder, "report.json")}).\n");
    }

    [Fact]
    public void Should_RefuseAReportThatWouldReplaceTheScenario_AndLeaveTheScenarioAsItWas()
    {
        var path = Write("failing.yaml", Failing);

        var run = CliRun.Of("run", path, "--json", path);

        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe($"vaultsim: --json {path}: this is a file the run reads (a scenario, or a policy file one imports), and the report would replace it; name another file.\n");
        File.ReadAllText(path).ShouldBe(Failing);
    }

    [Fact]
    public void Should_RefuseAReportThatWouldReplaceTheScenario_When_ItsPathIsASymbolicLinkToIt()
    {
        var path = Write("failing.yaml", Failing);
        var link = Path.Combine(_folder, "report.json");
        File.CreateSymbolicLink(link, path);

        var run = CliRun.Of("run", path, "--json", link);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"vaultsim: --json {link}: this is a file the run reads (a scenario, or a policy file one imports), and the report would replace it; name another file.\n");
        File.ReadAllText(path).ShouldBe(Failing);
    }

    [Fact]
    public void Should_RefuseAReportThatWouldReplaceTheScenario_When_ItsFolderIsReachedThroughALink()
    {
        var path = Write("failing.yaml", Failing);
        var linkedFolder = Path.Combine(_folder, "linked");
        Directory.CreateSymbolicLink(linkedFolder, _folder);

        var run = CliRun.Of("run", Path.Combine(linkedFolder, "failing.yaml"), "--junit", path);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("this is a file the run reads (a scenario, or a policy file one imports), and the report would replace it");
        File.ReadAllText(path).ShouldBe(Failing);
    }

    [Fact]
    public void Should_RefuseAReportThatWouldReplaceAPolicyFileTheScenarioImports()
    {
        // Given a scenario importing its policy from a JSON file beside it
        var policy = Path.Combine(_folder, "standard-daily.json");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Policies", "Samples", "standard-daily.json"), policy);
        var before = File.ReadAllText(policy);
        var path = Write("imports.yaml", Failing.Replace("  - name: vault-a\n    region: westeurope\n", "  - name: vault-a\n    region: westeurope\n    policies:\n      - file: standard-daily.json\n", StringComparison.Ordinal));

        // When the JSON report is pointed at it
        var run = CliRun.Of("run", path, "--json", policy);

        // Then
        run.ExitCode.ShouldBe(2, run.Error);
        run.Error.ShouldBe($"vaultsim: --json {policy}: this is a file the run reads (a scenario, or a policy file one imports), and the report would replace it; name another file.\n");
        File.ReadAllText(policy).ShouldBe(before);
    }

    [Theory]
    [InlineData("--junit", "--json")]
    [InlineData("--db", "--junit")]
    public void Should_RefuseTwoOptionsNamingOneFile_BeforeRunningAnything(string first, string second)
    {
        var path = Write("failing.yaml", Failing);
        var shared = Path.Combine(_folder, "out.file");

        var run = CliRun.Of("run", path, first, shared, second, shared);

        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe($"vaultsim: {second} {shared}: {first} names the same file, and one would replace the other; name another file.\n");
        File.Exists(shared).ShouldBeFalse();
    }

    [Fact]
    public void Should_RefuseAReadOnlyReport_BeforeRunningAnything_AndLeaveItAsItWas()
    {
        // Given
        var path = Write("failing.yaml", Failing);
        var report = Write("report.xml", "<old/>");
        File.SetAttributes(report, FileAttributes.ReadOnly);
        if (!WriteProbe.IsRefused(report, exists: true))
        {
            // Root writes it all the same, as a shell's > would for root.
            return;
        }

        var before = FileSnapshot.Of(report);

        // When
        var run = CliRun.Of("run", path, "--junit", report);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe($"vaultsim: --junit {report}: the file is read-only; make it writable, or choose another path.\n");
        FileSnapshot.Of(report).ShouldBe(before);
    }

    [Fact]
    public void Should_RefuseAReportInAFolderThatCantBeWritten_BeforeRunningAnything()
    {
        // Root may write into any folder whose permissions say read-only; Linux's /sys refuses even root, and on a
        // system without it the path is refused as a missing folder, before the run all the same.
        var path = Write("failing.yaml", Failing);

        var run = CliRun.Of("run", path, "--junit", "/sys/vaultsim-report.xml");

        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldStartWith("vaultsim: --junit /sys/vaultsim-report.xml: ");
        run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldHaveSingleItem();
    }

    [Fact]
    public void Should_LeaveReportsAsTheyWere_When_TheRunIsRefusedAfterTheirPathsWereChecked()
    {
        // Given a report that exists and one that does not, and an --until the scenario refuses once loaded
        var path = Write("failing.yaml", Failing);
        var existing = Write("old.json", "{}");
        var before = FileSnapshot.Of(existing);
        var fresh = Path.Combine(_folder, "new.xml");

        // When
        var run = CliRun.Of("run", path, "--json", existing, "--junit", fresh, "--until", "2030-01-01T00:00:00Z");

        // Then
        run.ExitCode.ShouldBe(2);
        FileSnapshot.Of(existing).ShouldBe(before);
        File.Exists(fresh).ShouldBeFalse();
    }

    [Theory]
    [InlineData("--json", "vaultsim: --json: the path is empty; name the report's file (for example report.json).\nRun 'vaultsim run --help' for usage.\n")]
    [InlineData("--junit", "vaultsim: --junit: the path is empty; name the report's file (for example report.xml).\nRun 'vaultsim run --help' for usage.\n")]
    public void Should_SayThePathIsEmpty_When_AReportPathIsEmpty(string option, string message)
    {
        var path = Write("failing.yaml", Failing);

        var run = CliRun.Of("run", path, option, "");

        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe(message);
    }

    [Fact]
    public void Should_SayWhatToType_When_AnOptionIsNotANumber()
    {
        var run = CliRun.Of("run", "x.yaml", "--seed", "abc");

        // Told as --width, --vms and --days are told, rather than "Cannot parse argument 'abc' for option '--seed'"
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe("vaultsim: --seed: 'abc' is not a whole number.\nRun 'vaultsim run --help' for usage.\n");
    }

    [Theory]
    [InlineData("run SCENARIO --seed -1")]
    [InlineData("show SCENARIO --seed -1")]
    [InlineData("render SCENARIO --at +1d --seed -1")]
    [InlineData("tui SCENARIO --seed -1")]
    [InlineData("validate SCENARIO --seed -1")]
    public void Should_RefuseANegativeSeed_AsAScenarioFileRefusesIt(string commandLine)
    {
        // Given
        var path = Write("failing.yaml", Failing);
        var negative = Write("negative.yaml", Failing.Replace("seed: 3", "seed: -1", StringComparison.Ordinal));

        // When
        var fromFile = CliRun.Of("validate", negative);
        var fromOption = CliRun.Line(commandLine, path);

        // Then
        fromFile.Error.ShouldBe($"{negative}:2:7: seed: -1 is out of range; allowed is 0 to 9223372036854775807.\n");
        fromOption.ExitCode.ShouldBe(2);
        fromOption.Out.ShouldBeEmpty();
        fromOption.Error.ShouldStartWith("vaultsim: --seed: -1 is out of range; allowed is 0 to 9223372036854775807.\n");
    }

    [Fact]
    public void Should_ExitTwo_When_APathDoesNotExist()
    {
        var run = CliRun.Of("run", Path.Combine(_folder, "missing.yaml"));

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("missing.yaml: no such file or folder.");
    }

    [Fact]
    public void Should_ReplaceAnOlderReportWithTheRefusedPaths_When_APathNamesNothing()
    {
        // Given the reports of a run that ran
        var ran = Write("failing.yaml", Failing);
        var junit = Path.Combine(_folder, "report.xml");
        var json = Path.Combine(_folder, "report.json");
        CliRun.Of("run", ran, "--junit", junit, "--json", json);
        File.ReadAllText(junit).ShouldNotContain("<error");

        // When the next run names a file that is not there
        var missing = Path.Combine(_folder, "missing.yaml");
        var run = CliRun.Of("run", missing, ran, "--junit", junit, "--json", json);

        // Then nothing runs, and both reports say why instead of passing for this run
        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        var error = XDocument.Load(junit).Descendants("error").ShouldHaveSingleItem();
        error.Attribute("message")!.Value.ShouldBe($"{missing}: no such file or folder.");
        error.Parent!.Attribute("line").ShouldBeNull();
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        report.RootElement.GetProperty("scenarios").GetArrayLength().ShouldBe(0);
        var refused = report.RootElement.GetProperty("invalidScenarios").EnumerateArray().ShouldHaveSingleItem().GetProperty("errors")[0];
        refused.GetProperty("location").GetString().ShouldBe(missing);
        refused.GetProperty("message").GetString().ShouldBe("no such file or folder.");
    }

    [Fact]
    public void Should_TellTheSecondFile_When_TwoScenariosShareAName()
    {
        // Given two files of one scenario name, whose checks the JUnit report would name alike
        var first = Write("failing.yaml", Failing);
        var second = Write("copy.yaml", Failing);

        // When
        var run = CliRun.Of("run", first, second);

        // Then both still run, and the copy is told
        run.ExitCode.ShouldBe(1);
        run.Out.ShouldEndWith("0 passed, 2 failed\n");
        run.Error.ShouldBe($"vaultsim: {second}: the scenario is named 'failing', as {first} is; the reports name checks by their scenario's name, so give each scenario a name of its own.\n");
    }

    [Fact]
    public void Should_ExitTwo_When_UntilIsOutsideTheScenario()
    {
        var path = Write("failing.yaml", Failing);

        var run = CliRun.Of("run", path, "--until", "2030-01-01T00:00:00Z");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--until: 2030-01-01T00:00:00Z is outside scenario 'failing'");
    }

    [Fact]
    public void Should_TellTheSpanInTheScenariosZoneWithUtcBeside_When_ALocalUntilIsOutsideIt()
    {
        // Given a scenario in Berlin, and an --until written in its zone
        var path = Write("berlin.yaml", Failing.Replace("duration: 3d", "duration: 3d\ndisplayTimeZone: Europe/Berlin", StringComparison.Ordinal));

        // When
        var run = CliRun.Of("run", path, "--until", "2026-01-04T09:00");

        // Then the span as the time was written, not in UTC, an hour off
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe("vaultsim: --until: 2026-01-04T09:00 is outside scenario 'failing', which runs from "
            + "2026-01-01T01:00:00+01:00 (2026-01-01T00:00:00Z) to 2026-01-04T01:00:00+01:00 (2026-01-04T00:00:00Z).\n");
    }

    [Theory]
    [InlineData("run SCENARIO --until ２０２６-01-02")]
    [InlineData("show SCENARIO --until ２０２６-01-02")]
    [InlineData("render SCENARIO --at ２０２６-01-02")]
    public void Should_ExitTwo_WithoutAStackTrace_When_ATimeHasFullWidthDigits(string commandLine)
    {
        // Given a date typed with full-width digits, which ended in an unhandled FormatException
        var path = Write("failing.yaml", Failing);

        // When
        var run = CliRun.Line(commandLine, path);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("'２０２６-01-02' is not a time; write ISO 8601 like ");
    }

    [Fact]
    public void Should_RunAShorterScenarioWhole_When_AnOffsetUntilIsPastItsEnd()
    {
        // Given a second scenario that ends before the first one's --until
        var first = Write("a-long.yaml", Failing.Replace("duration: 3d", "duration: 10d", StringComparison.Ordinal));
        var second = Write("b-short.yaml", Failing.Replace("name: failing", "name: short", StringComparison.Ordinal));

        // When
        var run = CliRun.Of("run", first, second, "--until", "+5d");

        // Then, where the whole run was refused: the first stopped at +5d, the second run to its end, as said on its line
        run.ExitCode.ShouldBe(1);
        run.Error.ShouldBeEmpty();
        run.Out.ShouldContain($"{first}  (stopped at 2026-01-06T00:00:00Z; 2 later checks not made)\n");
        run.Out.ShouldContain($"{second}  (ran whole: it ends at 2026-01-04T00:00:00Z, before --until 2026-01-06T00:00:00Z)\n");
    }

    [Fact]
    public void Should_CountInTheSingularKeepingTheColumns_When_ThereIsOneOfSomething()
    {
        var path = Write("one.yaml", Failing.Replace("  - item: vm-1\n    protectionState: Protected\n", string.Empty, StringComparison.Ordinal).Replace("count: 5", "count: 3", StringComparison.Ordinal));

        var validated = CliRun.Of("validate", path);
        var ran = CliRun.Of("run", path);
        var shown = CliRun.Of("show", path);

        validated.Out.ShouldStartWith($"OK    {"failing",-36}     1 data source    0 steps   1 check   {path}\n");
        ran.Out.ShouldStartWith($"PASS  {"failing",-36}   1 check   {path}\n");
        shown.Out.ShouldEndWith("# 1 check passed\n");
    }

    [Fact]
    public void Should_ValidateWithoutRunning()
    {
        var path = Write("failing.yaml", Failing);

        var run = CliRun.Of("validate", path);

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("OK    failing");
        run.Out.ShouldContain("1 valid");
    }

    [Fact]
    public void Should_PrintOneFixedColumnLinePerEvent_When_Showing()
    {
        var path = Write("failing.yaml", Failing);

        var run = CliRun.Of("show", path);

        run.Out.ShouldContain("vault-a/vm-1");
        run.Out.ShouldContain("Transfer data to vault InProgress");
        run.Out.Split('\n').Where(l => l.StartsWith("2026-", StringComparison.Ordinal)).ShouldAllBe(l => l[20] == ' ' && l[21] == ' ');
    }

    [Fact]
    public void Should_KeepEveryLineOfAMultiLineDescriptionAComment_When_Showing()
    {
        var path = Write("described.yaml", Failing.Replace("name: failing", "name: failing\ndescription: |\n  First line.\n\n  Third line.", StringComparison.Ordinal));

        var run = CliRun.Of("show", path);

        run.ExitCode.ShouldBe(1, run.Error);
        run.Out.Split('\n').Take(4).ShouldBe(["# failing: First line.", "#", "#   Third line.", $"{"# time (UTC)",-20}  {"vault/item",-34} {"job",-8}  {"what",-22} state"]);
    }

    [Fact]
    public void Should_HeadTheTimelineWithTheNameAlone_When_TheScenarioHasNoDescription()
    {
        // Given
        var path = Write("failing.yaml", Failing);

        // When
        var run = CliRun.Of("show", path);

        // Then
        run.Out.Split('\n')[0].ShouldBe("# failing");
    }

    [Fact]
    public void Should_ReplayTheBuiltInDemoHeadless_When_NoArgumentsAndNoTerminal()
    {
        var run = CliRun.Of();

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldStartWith("# demo: ");
        run.Out.ShouldContain("Take Snapshot");
        run.Out.ShouldContain("Narration");
    }

    [Fact]
    public void Should_ExitTwoAndWriteAWholeJUnitReport_When_AStepSaysATerminalEscape()
    {
        // Given
        var path = Write("escape.yaml", Failing + """

              - item: vm-1
                protectionState: Protected
            timeline:
              - at: +1h
                say: "\e[2J\e[H\x01"
            """);
        var junit = Path.Combine(_folder, "report.xml");

        // When
        var run = CliRun.Of("run", path, "--junit", junit);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"{path}:21:10: timeline[0].say: the text holds a control character (U+001B), which can't be shown or written to a report; remove it.\n");
        var report = XDocument.Load(junit);
        report.Root!.Attribute("errors")!.Value.ShouldBe("1");
    }

    [Fact]
    public void Should_SayASeedTooLongIsOutOfRange_InTheSameWordsAsAScenarioFile()
    {
        // Given
        const string seed = "99999999999999999999999";
        var path = Write("failing.yaml", Failing);
        var tooLong = Write("long.yaml", Failing.Replace("seed: 3", $"seed: {seed}", StringComparison.Ordinal));

        // When
        var fromFile = CliRun.Of("validate", tooLong);
        var fromOption = CliRun.Of("show", path, "--seed", seed);

        // Then
        fromFile.Error.ShouldBe($"{tooLong}:2:7: seed: {seed} is out of range; allowed is 0 to 9223372036854775807.\n");
        fromOption.ExitCode.ShouldBe(2);
        fromOption.Error.ShouldBe($"vaultsim: --seed: {seed} is out of range; allowed is 0 to 9223372036854775807.\nRun 'vaultsim show --help' for usage.\n");
    }
}
