using System.Diagnostics;
using System.Text;
using System.Xml.Linq;
using Simulator.Tests.Support;
using Simulator.Tui.Cli;

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
        (await error).ShouldBe("vaultsim: standard output: can't write: the program reading the pipe closed it before everything was written (as 'head' does once it has its lines). Let it read everything, or write to a file.\n");
    }

    [Fact]
    public void Should_WriteTheReportsBeforeStopping_When_StandardOutputFailsDuringARun()
    {
        // Given an older report at the path, which must not pass for this run's, and a console that fails after a line
        using var folder = new TempFolder();
        var junit = folder.File("report.xml");
        File.WriteAllText(junit, "<testsuites name=\"older\" tests=\"1\" />");
        using var error = new StringWriter();
        string[] files = [Path.Combine(RepositoryFiles.Scenarios, "agent-missing.yaml"), Path.Combine(RepositoryFiles.Scenarios, "weekly-policy.yaml")];

        // When
        var code = VaultsimCli.Run(["run", .. files, "--junit", junit], new CliIo(new FailingAfterOneLine(), error, IsInteractive: false));

        // Then both scenarios ran and are reported, and the console's failure is still the command's end
        code.ShouldBe(2);
        XDocument.Load(junit).Root!.Attribute("tests")!.Value.ShouldBe("20");
        error.ToString().ShouldStartWith("vaultsim: standard output: can't write");
    }

    /// <summary>A console whose reader goes away once it has a line, as 'head -1' does.</summary>
    private sealed class FailingAfterOneLine : TextWriter
    {
        private int _lines;

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            if (_lines > 0)
            {
                throw new IOException("Broken pipe", 32);
            }

            _lines += value == '\n' ? 1 : 0;
        }
    }
}
