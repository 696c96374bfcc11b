using System.IO.Pipes;
using System.Text;
using Microsoft.Data.Sqlite;
using Simulator.Tests.Support;
using Simulator.Tui.Cli;

namespace Simulator.Tests.Cli;

/// <summary>No command writes over a person's data through a file it is told to write, whatever name reaches that data.</summary>
public sealed class OutputFileTests : IDisposable
{
    private const string Scenario = """
        name: short
        seed: 3
        start: 2026-01-01T00:00:00Z
        duration: 2d
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

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Write(string name, string text)
    {
        var path = _folder.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    private string RecordedRun()
    {
        var scenario = Write("recorded.yaml", Scenario);
        var path = _folder.File("a.db");
        CliRun.Of("run", scenario, "--db", path).ExitCode.ShouldBe(0);
        return path;
    }

    private static void ShouldBeRefusedBeforeRunning(CliRun run, string error)
    {
        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe(error);
    }

    [Fact]
    public void Should_PutTheConsoleLinesOnStandardError_When_AReportIsWrittenToStandardOutput()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Given standard output piped to a program that reads the report, as in 'vaultsim run --json /dev/stdout | jq':
        // the console's lines went into the pipe before the report, and jq could not read it
        var scenario = Write("short.yaml", Scenario);
        using var pipe = new AnonymousPipeServerStream(PipeDirection.In);
        var stdout = _folder.File("stdout");
        File.CreateSymbolicLink(stdout, $"/proc/self/fd/{pipe.GetClientHandleAsString()}");
        using var output = new StringWriter();
        using var error = new StringWriter();

        // When
        var code = VaultsimCli.Run(["run", scenario, "--json", stdout], new CliIo(output, error, IsInteractive: false) { StandardOutput = stdout });

        // Then the report has standard output to itself
        code.ShouldBe(0);
        output.ToString().ShouldBeEmpty();
        error.ToString().ReplaceLineEndings("\n").ShouldEndWith("1 passed, 0 failed\n");
    }

    [Fact]
    public void Should_WriteTheReportIntoThePipe_When_ItIsNamedAsDevStdoutPipedToAnotherProgram()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Given a link that leads, as /dev/stdout does, to /proc/self/fd/N, where N is a pipe's writing end: the
        // kernel opens it, though what its link names ("pipe:[123]") is no file, as in 'run --json /dev/stdout | jq'
        var scenario = Write("short.yaml", Scenario);
        using var pipe = new AnonymousPipeServerStream(PipeDirection.In);
        var stdout = _folder.File("stdout");
        File.CreateSymbolicLink(stdout, $"/proc/self/fd/{pipe.GetClientHandleAsString()}");

        // When
        var run = CliRun.Of("run", scenario, "--quiet", "--json", stdout);

        // Then the report is in the pipe
        run.Error.ShouldBeEmpty();
        run.ExitCode.ShouldBe(0);
        var buffer = new byte[4096];
        var read = pipe.Read(buffer);
        Encoding.UTF8.GetString(buffer, 0, read).ShouldStartWith("{\n  \"passed\": 1,");
    }

    [Fact]
    public async Task Should_WriteTheReportOnceIntoANamedPipe_When_AProgramReadsIt()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Given a named pipe a program reads to its end, as 'mkfifo report; jq . report &' does
        var scenario = Write("short.yaml", Scenario);
        var pipe = _folder.File("report.fifo");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [pipe]))
        {
            mkfifo.WaitForExit();
        }

        var reader = Task.Run(() => File.ReadAllText(pipe));

        // When
        var run = Task.Run(() => CliRun.Of("run", scenario, "--quiet", "--json", pipe));

        // Then the reader gets the report, not an end of file from a look at the pipe before the run
        try
        {
            (await reader.WaitAsync(TimeSpan.FromSeconds(30))).ShouldStartWith("{\n  \"passed\": 1,");
            var result = await run.WaitAsync(TimeSpan.FromSeconds(30));
            result.ExitCode.ShouldBe(0, result.Error);
        }
        finally
        {
            // A report still waiting for a reader is let go, so that no thread waits for ever
            if (!run.IsCompleted)
            {
                await using var drain = new FileStream(pipe, FileMode.Open, FileAccess.Read);
                await drain.CopyToAsync(Stream.Null);
            }
        }
    }

    [Theory]
    [InlineData("--json", "/proc/report.json")]
    [InlineData("--junit", "/proc/report.xml")]
    [InlineData("--json", "/sys/report.json")]
    public void Should_SayTheFolderIsReadOnly_When_AReportIsNamedInAFolderNoOneMayWrite(string option, string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Given /proc, where even root is told "could not find file" of a file to be made, and /sys, "permission denied"
        var scenario = Write("short.yaml", Scenario);

        // When
        var run = CliRun.Of("run", scenario, option, path);

        // Then, as --db says it
        ShouldBeRefusedBeforeRunning(run, $"vaultsim: {option} {path}: the folder '{Path.GetDirectoryName(path)}' is read-only; make it writable, or choose another path.\n");
    }

    [Theory]
    [InlineData("--json")]
    [InlineData("--junit")]
    public void Should_SayThePathGoesThroughAFile_When_AReportIsNamedInsideAFile(string option)
    {
        // Given a report named as if the scenario file were a folder
        var scenario = Write("short.yaml", Scenario);
        var path = Path.Combine(scenario, "report.out");

        // When
        var run = CliRun.Of("run", scenario, option, path);

        // Then the file in the way is named, not a folder to create
        ShouldBeRefusedBeforeRunning(run, $"vaultsim: {option} {path}: '{scenario}' is a file, not a folder, so no path goes on through it; choose another path.\n");
    }

    [Theory]
    [InlineData("--json")]
    [InlineData("--junit")]
    public void Should_RefuseAReport_AndLeaveTheRunFileAsItWas_When_ThePathIsAHardLinkToARunFile(string option)
    {
        // Given a run recorded earlier, and a second name for its file
        var runFile = RecordedRun();
        var before = FileSnapshot.Of(runFile);
        var link = HardLink.Create(_folder.File("report.out"), runFile);

        // When
        var run = CliRun.Of("run", Write("s.yaml", Scenario), option, link);

        // Then
        ShouldBeRefusedBeforeRunning(run, $"vaultsim: {option} {link}: this is a vaultsim run file, and a report never replaces a database; it was left untouched. Name another file.\n");
        FileSnapshot.Of(runFile).ShouldBe(before);
    }

    [Fact]
    public void Should_RefuseAReport_AndLeaveTheRunFileAsItWas_When_ThePathIsASymbolicLinkToARunFile()
    {
        // Given
        var runFile = RecordedRun();
        var before = FileSnapshot.Of(runFile);
        var link = _folder.File("report.json");
        File.CreateSymbolicLink(link, runFile);

        // When
        var run = CliRun.Of("run", Write("s.yaml", Scenario), "--json", link);

        // Then
        ShouldBeRefusedBeforeRunning(run, $"vaultsim: --json {link}: this is a vaultsim run file, and a report never replaces a database; it was left untouched. Name another file.\n");
        FileSnapshot.Of(runFile).ShouldBe(before);
    }

    [Theory]
    [InlineData("--json", "next.yaml")]
    [InlineData("--junit", "next.YML")]
    public void Should_RefuseAReport_AndLeaveTheScenarioAsItWas_When_ThePathNamesAScenarioTheRunDoesNotRead(string option, string name)
    {
        // Given a scenario beside the one run, named as the report where it was meant to be run too
        var other = Write(name, Scenario);
        var before = FileSnapshot.Of(other);

        // When
        var run = CliRun.Of("run", Write("s.yaml", Scenario), option, other);

        // Then
        ShouldBeRefusedBeforeRunning(run, $"vaultsim: {option} {other}: this is a scenario file ({Path.GetExtension(name)}), and a report never replaces one; it was left untouched. Name another file.\n");
        FileSnapshot.Of(other).ShouldBe(before);
    }

    [Theory]
    [InlineData("--json", "results.yaml", "results.json")]
    [InlineData("--junit", "results.YML", "results.xml")]
    public void Should_RefuseAReport_AndSuggestTheReportsName_When_ItIsANewFileWithAScenariosName(string option, string name, string suggested)
    {
        // Given a name no file has yet
        var report = _folder.File(name);

        // When
        var run = CliRun.Of("run", Write("s.yaml", Scenario), option, report);

        // Then nothing is written that the next 'vaultsim run FOLDER' would read as a scenario, and refuse as not YAML
        ShouldBeRefusedBeforeRunning(run, $"vaultsim: {option} {report}: a report is not given a scenario's name ({Path.GetExtension(name)}), which 'vaultsim run FOLDER' would read as a scenario; name it {_folder.File(suggested)}.\n");
        File.Exists(report).ShouldBeFalse();
    }

    [Fact]
    public void Should_RefuseAReport_AndLeaveTheRunFileAsItWas_When_ThePathNamesARunFile()
    {
        // Given
        var runFile = RecordedRun();
        var before = FileSnapshot.Of(runFile);

        // When a run file is named as a report, as a slip of the keyboard would
        var run = CliRun.Of("run", Write("s.yaml", Scenario), "--junit", runFile);

        // Then
        ShouldBeRefusedBeforeRunning(run, $"vaultsim: --junit {runFile}: this is a vaultsim run file, and a report never replaces a database; it was left untouched. Name another file.\n");
        FileSnapshot.Of(runFile).ShouldBe(before);
    }

    [Fact]
    public void Should_RefuseAReport_AndLeaveItAsItWas_When_ThePathIsAnotherProgramsDatabase()
    {
        // Given
        var database = _folder.File("notes.json");
        SqliteFiles.Execute(database, "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('keep me');");
        var before = FileSnapshot.Of(database);

        // When
        var run = CliRun.Of("run", Write("s.yaml", Scenario), "--json", database);

        // Then
        ShouldBeRefusedBeforeRunning(run, $"vaultsim: --json {database}: this is a SQLite database, and a report never replaces a database; it was left untouched. Name another file.\n");
        FileSnapshot.Of(database).ShouldBe(before);
    }

    [Fact]
    public void Should_RefuseAReport_AndLeaveTheLogAsItWas_When_ThePathIsADatabasesWriteAheadLog()
    {
        // Given a database in WAL mode, its log holding what is not yet in the file, as a killed recording leaves it
        var database = _folder.File("notes.db");
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA journal_mode = 'wal'; CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('keep me');";
            command.ExecuteNonQuery();
        }

        var log = database + "-wal";
        var before = FileSnapshot.Of(log);

        // When
        var run = CliRun.Of("run", Write("s.yaml", Scenario), "--json", log);

        // Then
        ShouldBeRefusedBeforeRunning(run, $"vaultsim: --json {log}: this is a SQLite database's write-ahead log (its -wal file), and a report never replaces a database; it was left untouched. Name another file.\n");
        FileSnapshot.Of(log).ShouldBe(before);
    }

    [Theory]
    [InlineData("--json")]
    [InlineData("--junit")]
    public void Should_RefuseAReport_AndLeaveTheScenarioAsItWas_When_ThePathIsAHardLinkToIt(string option)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Given
        var scenario = Write("s.yaml", Scenario);
        var link = HardLink.Create(_folder.File("report.out"), scenario);

        // When
        var run = CliRun.Of("run", scenario, option, link);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe($"vaultsim: {option} {link}: this is a file the run reads (a scenario, or a policy file one imports), reached through a hard link to {scenario}, and the report would replace it; name another file.\n");
        File.ReadAllText(scenario).ShouldBe(Scenario);
    }

    [Fact]
    public void Should_RefuseAReport_AndLeaveThePolicyFileAsItWas_When_ThePathIsAHardLinkToAPolicyTheScenarioImports()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Given a scenario importing its policy from a JSON file beside it, and a second name for that file
        var policy = _folder.File("standard-daily.json");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Policies", "Samples", "standard-daily.json"), policy);
        var before = FileSnapshot.Of(policy);
        var scenario = Write("imports.yaml", Scenario.Replace("    region: westeurope\nvms:", "    region: westeurope\n    policies:\n      - file: standard-daily.json\nvms:", StringComparison.Ordinal));
        var link = HardLink.Create(_folder.File("report.json"), policy);

        // When
        var run = CliRun.Of("run", scenario, "--json", link);

        // Then
        run.ExitCode.ShouldBe(2, run.Error);
        run.Error.ShouldBe($"vaultsim: --json {link}: this is a file the run reads (a scenario, or a policy file one imports), reached through a hard link to {policy}, and the report would replace it; name another file.\n");
        FileSnapshot.Of(policy).ShouldBe(before);
    }

    [Fact]
    public void Should_LeaveAnImportedPolicyFileAsItWas_When_ARunRefusedForAMissingPathWouldReportOverIt()
    {
        // Given a scenario importing its policy from a JSON file beside it, and a path that names nothing
        var policy = _folder.File("standard-daily.json");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Policies", "Samples", "standard-daily.json"), policy);
        var before = FileSnapshot.Of(policy);
        var scenario = Write("imports.yaml", Scenario.Replace("    region: westeurope\nvms:", "    region: westeurope\n    policies:\n      - file: standard-daily.json\nvms:", StringComparison.Ordinal));
        var missing = _folder.File("missing.yaml");

        // When the refused run's report is to go where the policy is
        var run = CliRun.Of("run", missing, scenario, "--json", policy);

        // Then the report is refused too, and the policy file is untouched
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"vaultsim: {missing}: no such file or folder.\nvaultsim: --json {policy}: this is a file the run reads (a scenario, or a policy file one imports), and the report would replace it; name another file.\n");
        FileSnapshot.Of(policy).ShouldBe(before);
    }

    [Fact]
    public void Should_LeaveAnImportedPolicyFileAsItWas_When_ThePolicyHasAMistakeAndTheReportWouldGoThere()
    {
        // Given a scenario importing a policy file with a mistake in it, so that the scenario does not load
        var policy = _folder.File("standard-daily.json");
        File.WriteAllText(policy, "{ \"name\": ");
        var before = FileSnapshot.Of(policy);
        var scenario = Write("imports.yaml", Scenario.Replace("    region: westeurope\nvms:", "    region: westeurope\n    policies:\n      - file: standard-daily.json\nvms:", StringComparison.Ordinal));

        // When the report is to go where the policy is, to be mended
        var run = CliRun.Of("run", scenario, "--junit", policy);

        // Then the report is refused, and the policy the person was mending is untouched
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain($"vaultsim: --junit {policy}: this is a file the run reads (a scenario, or a policy file one imports), and the report would replace it; name another file.\n");
        FileSnapshot.Of(policy).ShouldBe(before);
    }

    [Fact]
    public void Should_RefuseTwoReports_When_TheyAreOneFileUnderTwoNames()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Given
        var junit = Write("report.xml", "<old/>");
        var json = HardLink.Create(_folder.File("report.json"), junit);
        var before = FileSnapshot.Of(junit);

        // When
        var run = CliRun.Of("run", Write("s.yaml", Scenario), "--junit", junit, "--json", json);

        // Then
        ShouldBeRefusedBeforeRunning(run, $"vaultsim: --json {json}: --junit names the same file, and one would replace the other; name another file.\n");
        FileSnapshot.Of(junit).ShouldBe(before);
    }

    [Fact]
    public void Should_RefuseAReport_AndRecordNothing_When_ItIsTheRunFileUnderAnotherName()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Given an empty file to record into (as mktemp makes), and a second name for it
        var db = Write("run.db", string.Empty);
        var json = HardLink.Create(_folder.File("report.json"), db);

        // When
        var run = CliRun.Of("run", Write("s.yaml", Scenario), "--db", db, "--json", json);

        // Then
        ShouldBeRefusedBeforeRunning(run, $"vaultsim: --json {json}: --db names the same file, and one would replace the other; name another file.\n");
        new FileInfo(db).Length.ShouldBe(0);
    }

    [Theory]
    [InlineData("--json", "{ \"passed\": 0 }\n")]
    [InlineData("--junit", "<testsuites/>\n")]
    public void Should_ReplaceAnOlderReport_When_ThePathNamesAnOrdinaryFile(string option, string older)
    {
        // Given
        var report = Write("report.out", older);

        // When
        var run = CliRun.Of("run", Write("s.yaml", Scenario), option, report);

        // Then
        run.ExitCode.ShouldBe(0, run.Error);
        File.ReadAllText(report).ShouldContain("short");
        File.ReadAllText(report).ShouldNotContain(older);
    }

    public static TheoryData<string> Recorders => new() { "run", "bench" };

    private CliRun RecordInto(string command, string db) => command == "run"
        ? CliRun.Of("run", Write("s.yaml", Scenario), "--db", db)
        : CliRun.Of("bench", "--vms", "2", "--days", "1", "--db", db);

    [Theory]
    [MemberData(nameof(Recorders))]
    public void Should_RefuseToRecord_AndLeaveTheRunFileAsItWas_When_TheDbIsAHardLinkToARunFile(string command)
    {
        // Given
        var runFile = RecordedRun();
        var before = FileSnapshot.Of(runFile);
        var link = HardLink.Create(_folder.File("new.db"), runFile);

        // When
        var run = RecordInto(command, link);

        // Then
        ShouldBeRefusedBeforeRunning(run, $"vaultsim: {link}: the file already holds a recorded run; it was left untouched. Record into a new file, or delete this one first.\n");
        FileSnapshot.Of(runFile).ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(Recorders))]
    public void Should_RefuseToRecord_AndLeaveTheRunFileAsItWas_When_TheDbIsASymbolicLinkToARunFile(string command)
    {
        // Given
        var runFile = RecordedRun();
        var before = FileSnapshot.Of(runFile);
        var link = _folder.File("new.db");
        File.CreateSymbolicLink(link, runFile);

        // When
        var run = RecordInto(command, link);

        // Then
        ShouldBeRefusedBeforeRunning(run, $"vaultsim: {link}: the file already holds a recorded run; it was left untouched. Record into a new file, or delete this one first.\n");
        FileSnapshot.Of(runFile).ShouldBe(before);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("tui")]
    public void Should_RefuseToRecord_AndLeaveTheScenarioAsItWas_When_TheDbIsAHardLinkToIt(string command)
    {
        // Given
        var scenario = Write("s.yaml", Scenario);
        var link = HardLink.Create(_folder.File("lab.db"), scenario);

        // When
        var run = CliRun.Of(command, scenario, "--db", link);

        // Then
        ShouldBeRefusedBeforeRunning(run, $"vaultsim: {link}: this is not a vaultsim run file: it is not a SQLite database; it was left untouched.\n");
        File.ReadAllText(scenario).ShouldBe(Scenario);
    }

    [Theory]
    [InlineData("run", "next.yaml")]
    [InlineData("bench", "next.YML")]
    [InlineData("tui", "next.yml")]
    public void Should_RefuseToRecord_AndLeaveTheScenarioAsItWas_When_TheDbNamesAnEmptyScenario(string command, string name)
    {
        // Given an empty scenario, which SQLite would take as a new database
        var empty = Write(name, string.Empty);

        // When
        var run = command switch
        {
            "tui" => CliRun.Of("tui", "--db", empty),
            _ => RecordInto(command, empty),
        };

        // Then
        ShouldBeRefusedBeforeRunning(run, $"vaultsim: --db {empty}: this is a scenario file ({Path.GetExtension(name)}), and a run file never replaces one; it was left untouched. Name another file.\n");
        new FileInfo(empty).Length.ShouldBe(0);
    }

    [Theory]
    [InlineData("run", "new.yaml", "new.db")]
    [InlineData("bench", "new.YML", "new.db")]
    [InlineData("tui", "new.yml", "new.db")]
    public void Should_RefuseToRecord_AndSuggestTheDbName_When_TheDbIsANewFileWithAScenariosName(string command, string name, string suggested)
    {
        // Given a name no file has yet
        var path = _folder.File(name);

        // When
        var run = command switch
        {
            "tui" => CliRun.Of("tui", "--db", path),
            _ => RecordInto(command, path),
        };

        // Then nothing is made that 'vaultsim run FOLDER' would read as a scenario
        ShouldBeRefusedBeforeRunning(run, $"vaultsim: --db {path}: a run file is not given a scenario's name ({Path.GetExtension(name)}), which 'vaultsim run FOLDER' would read as a scenario; name it {_folder.File(suggested)}.\n");
        File.Exists(path).ShouldBeFalse();
    }
}
