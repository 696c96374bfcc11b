using Simulator.Tests.Support;
using Simulator.Tui.Cli;

namespace Simulator.Tests.Cli;

/// <summary>A report file is replaced whole: a CI server, or a second run writing the same path, never reads half of one.</summary>
public sealed class ReportReplaceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_KeepTheOlderReportUntilTheNewOneIsWhole_When_TheReportIsBeingWritten()
    {
        // Given an older report, which was emptied when the writing began
        var path = _folder.File("results.xml");
        File.WriteAllText(path, "<older/>");
        string? seenMeanwhile = null;

        // When
        ReportFile.Write(path, "--junit", writer =>
        {
            writer.Write(new string('x', 20_000));
            writer.Flush();
            seenMeanwhile = File.ReadAllText(path);
        });

        // Then
        seenMeanwhile.ShouldBe("<older/>");
        File.ReadAllText(path).ShouldBe(new string('x', 20_000));
    }

    [Fact]
    public void Should_LeaveOneWholeReport_When_TwoRunsWriteTheSamePathAtOnce()
    {
        // Given two runs in one workspace (a CI matrix) naming the same --junit file: the second's emptying the file
        // while the first wrote left the second's short report, then zeros, then the first's tail
        var path = _folder.File("results.xml");
        var first = new string('1', 20_000);

        // When the second writes its whole report while the first is half-way through its own
        ReportFile.Write(path, "--junit", writer =>
        {
            writer.Write(first[..10_000]);
            writer.Flush();
            ReportFile.Write(path, "--junit", other => other.Write("<second/>"));
            writer.Write(first[10_000..]);
        });

        // Then the file holds the report written last, whole
        File.ReadAllText(path).ShouldBe(first);
    }

    [Fact]
    public void Should_LeaveNothingButTheOlderReport_When_TheNewOneCantBeWritten()
    {
        // Given
        var path = _folder.File("results.json");
        File.WriteAllText(path, "{}");

        // When the writing fails part-way
        Should.Throw<CliInputException>(() => ReportFile.Write(path, "--json", writer =>
        {
            writer.Write("{ \"passed\":");
            writer.Flush();
            throw new IOException("No space left on device", 28);
        }));

        // Then
        Directory.GetFiles(_folder.Path, "*", SearchOption.AllDirectories).ShouldBe([path]);
        File.ReadAllText(path).ShouldBe("{}");
    }

    [Fact]
    public void Should_KeepTheFilesPermissions_When_AnOlderReportIsReplaced()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // Given an older report others may read, and not write
        var path = _folder.File("results.xml");
        File.WriteAllText(path, "<older/>");
        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        File.SetUnixFileMode(path, mode);

        // When
        ReportFile.Write(path, "--junit", writer => writer.Write("<newer/>"));

        // Then
        File.GetUnixFileMode(path).ShouldBe(mode);
    }
}
