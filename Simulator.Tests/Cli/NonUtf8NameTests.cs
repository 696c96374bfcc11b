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
            Shell("rm -rf \"$0\"/caf*");
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
        run.Error.ShouldBe($"{_folder.Path}/caf\uFFFD.yaml:1:1: the file's name is not valid UTF-8 (its bad bytes shown as \uFFFD), so it can't be opened by that name here (rename it); name a scenario file (for example scenarios/demo.yaml).\n");
    }

    [Fact]
    public void Should_RunTheOthers_When_AFolderHoldsAFileNamedOtherThanInUtf8()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Given a folder with a good scenario and one named in Latin-1
        WriteScenario("ok.yaml");
        Shell("printf '' > \"$0/caf$(printf '\\351').yaml\"");

        // When
        var run = CliRun.Of("run", "-q", _folder.Path);

        // Then the bad name is one invalid file among the others, which still run
        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBe("1 passed, 0 failed, 1 invalid\n");
    }

    [Fact]
    public void Should_SayTheFoldersNameIsNotUtf8_When_ASubfolderIsNamedOtherThanInUtf8()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Given a subfolder named in Latin-1 holding a scenario, which was passed over without a word
        WriteScenario("ok.yaml");
        Shell("mkdir \"$0/caf$(printf '\\351')\" && printf 'name: x\\n' > \"$0/caf$(printf '\\351')/in.yaml\"");

        // When
        var run = CliRun.Of("validate", _folder.Path);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"vaultsim: {_folder.Path}/caf\uFFFD: the folder's name is not valid UTF-8 (its bad bytes shown as \uFFFD), so the scenarios in it can't be found; rename it.\n");
    }

    private void WriteScenario(string name) => File.WriteAllText(_folder.File(name), """
        name: ok
        start: 2026-01-01T00:00:00Z
        duration: 1d
        """);
}
