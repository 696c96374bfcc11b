using System.Diagnostics;
using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary>A scenario whose file name is not UTF-8 is told so: .NET reads such a name with U+FFFD and then finds no file by it.</summary>
public sealed class NonUtf8NameTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose()
    {
        // .NET can't remove what it can't name: the shell takes the file away first.
        if (OperatingSystem.IsLinux())
        {
            Shell("rm -f \"$0\"/caf*");
        }

        _folder.Dispose();
    }

    private void Shell(string command)
    {
        using var shell = Process.Start("sh", ["-c", command, _folder.Path]);
        shell.WaitForExit();
        shell.ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Should_SayTheNameIsNotUtf8AndCheckTheOthers_When_AFolderHoldsSuchAFile()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Given a folder with a good scenario and one named in Latin-1 ('café.yaml' with é as the byte 0xE9)
        File.WriteAllText(_folder.File("ok.yaml"), """
            name: ok
            start: 2026-01-01T00:00:00Z
            duration: 1d
            """);
        Shell("printf '' > \"$0/caf$(printf '\\351').yaml\"");

        // When
        var run = CliRun.Of("validate", _folder.Path);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Out.ShouldEndWith("1 valid, 1 invalid\n");
        run.Error.ShouldBe($"vaultsim: {_folder.Path}/caf\uFFFD.yaml: the file's name is not valid UTF-8 (its bad bytes shown as \uFFFD), and a file can't be opened by such a name here; rename it.\n");
    }
}
