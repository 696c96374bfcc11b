using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary>A scenario file that may not be read is said to be so in the words a CI log and its reports keep from machine to machine.</summary>
public sealed class UnreadableFileTests : IDisposable
{
    // Read-only even for root: the kernel checks its mode bits for every user.
    private const string KernelWriteOnly = "/proc/sys/vm/compact_memory";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Given(string name) => Path.GetRelativePath(Environment.CurrentDirectory, _folder.File(name));

    [Theory]
    [InlineData("validate")]
    [InlineData("run")]
    public void Should_SayPermissionDeniedWithoutTheMachinesPath_When_AScenarioFileCantBeRead(string command)
    {
        // Given a file this user may not read, which was told as .NET's "Access to the path '/home/runner/…' is
        // denied.": the machine's full path, in the JUnit and JSON reports too
        if (UnreadableFile("locked.yaml") is not { } locked)
        {
            return;
        }

        try
        {
            // When
            var run = CliRun.Of(command, Given("locked.yaml"));

            // Then
            run.ExitCode.ShouldBe(2);
            run.Error.ShouldBe($"{Given("locked.yaml")}:1:1: the file can't be read (permission denied); make it readable, or name a scenario file (for example scenarios/demo.yaml).\n");
        }
        finally
        {
            File.Delete(locked);
        }
    }

    [Fact]
    public void Should_KeepTheMachinesPathOutOfTheReports_When_AScenarioFileCantBeRead()
    {
        // Given
        if (UnreadableFile("locked.yaml") is not { } locked)
        {
            return;
        }

        try
        {
            var json = _folder.File("report.json");
            var junit = _folder.File("report.xml");

            // When
            CliRun.Of("run", Given("locked.yaml"), "--json", json, "--junit", junit).ExitCode.ShouldBe(2);

            // Then
            File.ReadAllText(json).ShouldContain("\"message\": \"the file can't be read (permission denied); make it readable, or name a scenario file (for example scenarios/demo.yaml).\"");
            // The path as it was given, relative, climbs to the folder through its full path when the tests run
            // outside it: only the full path written on its own would be the machine's.
            File.ReadAllText(junit).Replace(Given("locked.yaml"), "given", StringComparison.Ordinal).ShouldNotContain(_folder.Path);
        }
        finally
        {
            File.Delete(locked);
        }
    }

    [Theory]
    [InlineData("report", "FILE", "jobs")]
    [InlineData("diff", "FILE", "FILE")]
    public void Should_SayPermissionDeniedWithoutTheMachinesPath_When_ARunFileCantBeRead(params string[] words)
    {
        // Given a run file this user may not read, which was told as .NET's "Access to the path '/…' is denied."
        if (UnreadableFile("locked.db") is not { } locked)
        {
            return;
        }

        try
        {
            // When
            var run = CliRun.Of([.. words.Select(word => word == "FILE" ? Given("locked.db") : word)]);

            // Then in the words a scenario file gets
            run.ExitCode.ShouldBe(2);
            run.Error.ShouldStartWith($"vaultsim: {Given("locked.db")}: the file can't be read (permission denied); make it readable, or name another file. It was left untouched.\n");
        }
        finally
        {
            File.Delete(locked);
        }
    }

    /// <summary>A file made unreadable, or where this user reads everything (root), a link to a kernel file no one may read; null where neither can be had.</summary>
    private string? UnreadableFile(string name)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var path = _folder.File(name);
        File.WriteAllText(path, "name: locked\n");
        File.SetUnixFileMode(path, UnixFileMode.None);
        if (!CanRead(path))
        {
            return path;
        }

        File.Delete(path);
        if (!File.Exists(KernelWriteOnly) || CanRead(KernelWriteOnly))
        {
            return null;
        }

        File.CreateSymbolicLink(path, KernelWriteOnly);
        return path;
    }

    private static bool CanRead(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
