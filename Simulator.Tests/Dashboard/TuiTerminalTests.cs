using System.Diagnostics;
using Simulator.Tests.Support;

namespace Simulator.Tests.Dashboard;

/// <summary>Runs <c>.ci/tui-test.sh</c>: the dashboard in a real terminal (tmux at 120×40), driven by keys like a person.</summary>
/// <remarks>
/// It runs the vaultsim this test project was built with. Without tmux it passes on a developer machine but fails
/// under CI (<c>CI=true</c>), where a missing tmux would otherwise hide that the terminal behaviour went untested.
/// </remarks>
public sealed class TuiTerminalTests
{
    [Fact]
    public async Task Should_PassTheRealTerminalScript_When_RunInTmux()
    {
        // Given
        if (!OnPath("tmux"))
        {
            Environment.GetEnvironmentVariable("CI").ShouldNotBe("true", "tmux is required in CI for the real-terminal test of the dashboard; install it (apt-get install -y tmux).");
            return;
        }

        var program = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "vaultsim.exe" : "vaultsim");
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryFiles.Root, ".ci", "tui-test.sh"), program])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        // When
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        // Then
        process.ExitCode.ShouldBe(0, $"{await output}\n{await error}");
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, program)));
}
