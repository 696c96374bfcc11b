using Simulator.Tests.Support;
using Simulator.Tui.Cli;

namespace Simulator.Tests.Cli;

/// <summary>Standard output that can't take a command's output (a full disk behind a redirection) is said in our words, never as a crash.</summary>
public sealed class StandardOutputFailureTests : IDisposable
{
    private const int NoSpaceLeft = 28;   // ENOSPC on Linux and macOS

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("report")]
    [InlineData("diff")]
    public void Should_SayTheDiskIsFullAndExit2_When_StandardOutputIsOnAFullDisk(string command)
    {
        // Given a recorded run, and standard output redirected to a disk that is full ('> jobs.csv' in a CI job)
        var run = _folder.File("run.db");
        CliRun.Of("run", StoreScenarios.Fleet, "--db", run).ExitCode.ShouldBe(0);
        using var error = new StringWriter();
        var io = new CliIo(new FullDisk(), error, IsInteractive: false);
        var copy = _folder.File("copy.db");
        File.Copy(run, copy);
        string[] args = command == "report" ? ["report", run, "jobs", "--output", "csv"] : ["diff", run, copy];

        // When
        var exitCode = VaultsimCli.Run(args, io);

        // Then
        exitCode.ShouldBe(2);
        error.ToString().ReplaceLineEndings("\n").ShouldBe("vaultsim: standard output: can't write: the disk is full. Free some space, or choose another path.\n");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("run", "--help")]
    [InlineData("report", "-h")]
    public void Should_SayTheDiskIsFullAndExit2_When_HelpIsWrittenToAFullDisk(params string[] args)
    {
        // Given standard output on a full disk ('vaultsim --help > /dev/full')
        using var error = new StringWriter();
        var io = new CliIo(new FullDisk(), error, IsInteractive: false);

        // When
        var exitCode = VaultsimCli.Run(args, io);

        // Then the help's failure is said as every command's is, not thrown as a stack trace
        exitCode.ShouldBe(2);
        error.ToString().ReplaceLineEndings("\n").ShouldBe("vaultsim: standard output: can't write: the disk is full. Free some space, or choose another path.\n");
    }

    [Fact]
    public void Should_SayStandardOutputIsClosedAndExit2_When_ItIsClosed()
    {
        // Given standard output closed ('vaultsim validate FILE >&-'), which .NET reports as access denied
        using var error = new StringWriter();
        var io = new CliIo(new Closed(), error, IsInteractive: false);

        // When
        var exitCode = VaultsimCli.Run(["validate", Path.Combine(RepositoryFiles.Scenarios, "demo.yaml")], io);

        // Then
        exitCode.ShouldBe(2);
        error.ToString().ReplaceLineEndings("\n").ShouldBe("vaultsim: standard output: can't write: it is not open for writing (closed, as '>&-' leaves it). Redirect it to a file or a pipe.\n");
    }

    [Theory]
    [InlineData("run", "--bogus")]
    [InlineData("validate", "no-such-scenario.yaml")]
    public void Should_StillExit2_When_StandardErrorCannotTakeTheRefusal(params string[] args)
    {
        // Given standard error on a full disk ('2>/dev/full'), so that a refusal has nowhere to be said
        var io = new CliIo(new StringWriter(), new FullDisk(), IsInteractive: false);

        // When
        var exitCode = VaultsimCli.Run(args, io);

        // Then the exit code tells it, rather than an abort's 134
        exitCode.ShouldBe(2);
    }

    /// <summary>Takes nothing, as the console does when standard output is closed: access denied, the system's EBADF inside.</summary>
    private sealed class Closed : StringWriter
    {
        private const int BadFileDescriptor = 9;   // EBADF on Linux and macOS; ERROR_INVALID_HANDLE on Windows

        public override void Write(char value) => throw Denied();

        public override void Write(string? value) => throw Denied();

        public override void Write(char[] buffer, int index, int count) => throw Denied();

        public override void WriteLine(string? value) => throw Denied();

        private static UnauthorizedAccessException Denied() =>
            new("Access to the path is denied.", new IOException("Bad file descriptor", OperatingSystem.IsWindows() ? unchecked((int)0x80070006) : BadFileDescriptor));
    }

    /// <summary>Takes nothing, as the console does when the file it is redirected to is on a full disk.</summary>
    private sealed class FullDisk : StringWriter
    {
        public override void Write(char value) => throw Full();

        public override void Write(string? value) => throw Full();

        public override void Write(char[] buffer, int index, int count) => throw Full();

        public override void WriteLine(string? value) => throw Full();

        private static IOException Full() =>
            new("No space left on device", OperatingSystem.IsWindows() ? unchecked((int)0x80070070) : NoSpaceLeft);
    }
}
