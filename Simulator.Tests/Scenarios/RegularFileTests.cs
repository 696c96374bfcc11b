using Simulator.Scenarios;
using Simulator.Tests.Support;

namespace Simulator.Tests.Scenarios;

/// <summary>Every file the CLI reads as text must be a regular file of at most 1 MiB: a device or a pipe is refused unread.</summary>
public sealed class RegularFileTests : IDisposable
{
    private const string Scenario = """
        name: small
        start: 2026-01-01T00:00:00Z
        duration: 3d
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string> DevicesAndCommands => new()
    {
        { "/dev/zero", "validate" },
        { "/dev/zero", "run" },
        { "/dev/zero", "show" },
        { "/dev/zero", "render" },
        { "/dev/null", "validate" },
        { "/dev/null", "run" },
        { "/dev/null", "show" },
        { "/dev/null", "render" },
    };

    [Theory]
    [MemberData(nameof(DevicesAndCommands))]
    public void Should_SayItIsADeviceWithoutReadingIt_When_AScenarioIsADevice(string device, string command)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Given /dev/zero, which never ends (it was read until memory ran out), or /dev/null, which .NET takes for an empty file

        // When
        var run = command == "render" ? CliRun.Of("render", device, "--at", "+1d") : CliRun.Of(command, device);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"{device}:1:1: this is a device, not a regular file; name a scenario file (for example scenarios/demo.yaml).\n");
    }

    [Fact]
    public void Should_SayItIsAPipeWithoutWaitingForIt_When_AFolderHoldsANamedPipe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Given a folder of a scenario and a named pipe nobody writes to, which reading would wait on for ever
        File.WriteAllText(_folder.File("a.yaml"), Scenario);
        var pipe = MakePipe("b.yaml");

        // When
        var run = WithoutWaitingOn(pipe, () => CliRun.Of("validate", _folder.Path));

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"{pipe}:1:1: this is a pipe, not a regular file; name a scenario file (for example scenarios/demo.yaml).\n");
        run.Out.ShouldEndWith("1 valid, 1 invalid\n");
    }

    [Fact]
    public void Should_SayItIsADevice_When_APolicyPreviewNamesOne()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Given /dev/zero, whose missing extension was blamed ("'' files can't be read here")

        // When
        var run = CliRun.Of("policy", "preview", "/dev/zero", "--from", "2026-03-01");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe("vaultsim: /dev/zero: this is a device, not a regular file; name a policy JSON file (.json) or a scenario file (.yaml).\n");
    }

    [Fact]
    public void Should_SayTheFileCantBeReadInOurWords_When_APolicyPreviewsReadFails()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Given a policy file that is a regular file the system refuses to read: /proc/self/mem, linked under a .json name
        var policy = _folder.File("mem.json");
        File.CreateSymbolicLink(policy, "/proc/self/mem");

        // When
        var run = CliRun.Of("policy", "preview", policy, "--from", "2026-03-01");

        // Then an error, said once without .NET's repeat of the path, and no stack trace
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"vaultsim: {policy}:1:1: the file can't be read (input/output error); name a policy JSON file (for example samples/policies/standard-daily.json).\n");
    }

    [Fact]
    public void Should_SayThePolicyFileIsAPipe_When_AScenarioImportsOne()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Given
        MakePipe("policy.json");
        var scenario = _folder.File("imports.yaml");
        File.WriteAllText(scenario, Scenario + """

            vaults:
              - name: vault-a
                region: westeurope
                policies:
                  - file: policy.json
            """);

        // When
        var run = WithoutWaitingOn(_folder.File("policy.json"), () => CliRun.Of("validate", scenario));

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"{scenario}:8:15: vaults[0].policies[0].file: policy.json:1:1: this is a pipe, not a regular file; name a policy JSON file (for example samples/policies/standard-daily.json).\n");
    }

    [Fact]
    public void Should_SayHowLargeItIsAndTheLimit_When_AScenarioIsLargerThan1MiB()
    {
        // Given a scenario followed by comments, one byte past 1 MiB
        var path = _folder.File("large.yaml");
        var text = Scenario + "\n";
        File.WriteAllText(path, text + new string('#', InputText.MaxBytes + 1 - text.Length));

        // When
        var run = CliRun.Of("validate", path);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"{path}:1:1: the file has 1,048,577 bytes; a scenario file may have at most 1,048,576 (1 MiB). Split it into smaller files.\n");
    }

    private string MakePipe(string name)
    {
        var pipe = _folder.File(name);
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [pipe]);
        mkfifo.WaitForExit();
        return pipe;
    }

    /// <summary>Runs the command; should it wait on the pipe after all, a writer that closes at once lets it go on, so the test fails rather than hangs.</summary>
    private static CliRun WithoutWaitingOn(string pipe, Func<CliRun> command)
    {
        var running = Task.Run(command);
        if (!running.Wait(TimeSpan.FromSeconds(20)))
        {
            using (new FileStream(pipe, FileMode.Open, FileAccess.Write))
            {
            }

            running.Result.ShouldBeNull("the command waited on the named pipe");
        }

        return running.Result;
    }
}
