using System.Diagnostics;
using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary>Standard output piped to a reader that stops reading, as 'head' does.</summary>
public sealed class BrokenPipeTests
{
    [Fact]
    public async Task Should_StopAndSaySo_When_ThePipesReaderClosesItEarly()
    {
        // Given vaultsim writing a long timeline into a pipe
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "vaultsim.dll"), "show", Path.Combine(RepositoryFiles.Scenarios, "dst-shift.yaml") })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        var error = child.StandardError.ReadToEndAsync();

        // When its reader takes the first line and closes the pipe
        (await child.StandardOutput.ReadLineAsync()).ShouldStartWith("# dst-shift: ");
        child.StandardOutput.Close();

        // Then it stops rather than writing the rest into nothing, and says why, with exit 2 (it exited 0 before)
        child.WaitForExit(TimeSpan.FromSeconds(60)).ShouldBeTrue();
        child.ExitCode.ShouldBe(2);
        (await error).ShouldBe("vaultsim: standard output: can't write: the program reading the pipe closed it before the report was all written (as 'head' does once it has its lines). Let it read the whole report, or write the report to a file.\n");
    }
}
