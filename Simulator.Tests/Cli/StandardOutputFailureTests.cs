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
