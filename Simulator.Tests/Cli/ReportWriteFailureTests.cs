using Simulator.Scenarios.Files;
using Simulator.Tests.Support;
using Simulator.Tui.Cli;

namespace Simulator.Tests.Cli;

/// <summary>A report that can't be written after the run (a closed pipe, a full disk) is said in our words, without .NET's.</summary>
public sealed class ReportWriteFailureTests : IDisposable
{
    private const int BrokenPipe = 32;   // EPIPE on Linux and macOS

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_SayTheReaderClosedThePipe_When_WritingTheReportMeetsABrokenPipe()
    {
        // Given a report whose reader goes away part-way, as 'head -1' does with --junit /dev/stdout
        var path = _folder.File("report.xml");

        // When
        var error = Should.Throw<CliInputException>(() => ReportFile.Write(path, "--junit", _ => throw new IOException($"Broken pipe : '{path}'", OperatingSystem.IsWindows() ? unchecked((int)0x8007006D) : BrokenPipe)));

        // Then
        error.Message.ShouldBe($"--junit {path}: can't write the report: the program reading the pipe closed it before everything was written (as 'head' does once it has its lines). Let it read everything, or write to a file.");
    }

    [Fact]
    public void Should_SayTheDiskIsFull_When_TheReportIsWrittenToDevFull()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Given /dev/full, which takes a report as a full disk would
        var scenario = ShortScenario();

        // When
        var run = CliRun.Of("run", scenario, "--json", "/dev/full");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe("vaultsim: --json /dev/full: can't write the report: the disk is full. Free some space, or choose another path.\n");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Should_StillWriteTheOtherReport_AndSayWhichFailed_When_OneReportCantBeWritten(bool junitFails)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Given an older report where the one that can be written goes, and /dev/full for the other
        var scenario = ShortScenario();
        var written = _folder.File(junitFails ? "report.json" : "report.xml");
        File.WriteAllText(written, "an older run's report");
        var (failing, kept) = junitFails ? ("--junit", "--json") : ("--json", "--junit");

        // When
        var run = CliRun.Of("run", scenario, failing, "/dev/full", kept, written);

        // Then the older report is replaced by this run's, and the one that failed is named
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"vaultsim: {failing} /dev/full: can't write the report: the disk is full. Free some space, or choose another path.\n");
        File.ReadAllText(written).ShouldContain("short");
    }

    [Fact]
    public void Should_NameEachReport_When_NeitherCanBeWritten()
    {
        // Given two reports whose readers both go away part-way
        var (junit, json) = (_folder.File("report.xml"), _folder.File("report.json"));
        static void Broken(string path) => throw new IOException($"Broken pipe : '{path}'", OperatingSystem.IsWindows() ? unchecked((int)0x8007006D) : BrokenPipe);

        // When
        var error = Should.Throw<CliInputException>(() => ReportFile.WriteAll((junit, "--junit", _ => Broken(junit)), (json, "--json", _ => Broken(json))));

        // Then each is told on its own line, as the command line prints a refusal
        error.Message.Split(Environment.NewLine).ShouldBe([
            $"--junit {junit}: can't write the report: the program reading the pipe closed it before everything was written (as 'head' does once it has its lines). Let it read everything, or write to a file.",
            $"vaultsim: --json {json}: can't write the report: the program reading the pipe closed it before everything was written (as 'head' does once it has its lines). Let it read everything, or write to a file.",
        ]);
    }

    [Fact]
    public void Should_SayTheFileSystemIsReadOnly_When_ARunFileCantBeCreatedOnOne()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // Given the failure .NET gives when a file is created on a file system mounted read-only (EROFS)
        var failure = new IOException("Read-only file system : '/mnt/ro/run.db'", 30);

        // When
        var said = WriteFailure.Describe(failure);

        // Then it is said in our words, once, without the path .NET repeats
        said.ShouldBe("the file system is read-only. Choose another path.");
    }

    [Fact]
    public void Should_KeepTheSystemsWordsWithoutThePathItRepeats_When_TheFailureIsNoneOfThoseNamed()
    {
        // Given a failure with a number none of our words are for
        var path = _folder.File("report.json");

        // When
        var error = Should.Throw<CliInputException>(() => ReportFile.Write(path, "--json", _ => throw new IOException($"Stale file handle : '{path}'", 116)));

        // Then
        error.Message.ShouldBe($"--json {path}: can't write the report: stale file handle.");
    }

    /// <summary>A scenario of one day with nothing in it, whose run has reports to write.</summary>
    private string ShortScenario()
    {
        var scenario = _folder.File("short.yaml");
        File.WriteAllText(scenario, """
            name: short
            start: 2026-01-01T00:00:00Z
            duration: 1d
            """);
        return scenario;
    }
}
